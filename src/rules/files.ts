// File rules (docs/spec/platform-rules.md "Files"): checked on file metadata only, so the
// photo/material code (src/images/) and the page can share them without the DOM.
import type { Rule } from './engine';
import type { MaterialLimits, PhotoLimits, RuleSet } from './rule-sets';
import type { RuleResult } from './types';
import { error, warning } from './util';

export interface FileMeta {
  /** MIME type as the browser reports it (may be empty). */
  type?: string;
  /** File name (extension used when the type is empty). */
  name?: string;
  bytes?: number;
  width?: number;
  height?: number;
}

const EXT_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** The MIME type from `type`, or from the name's extension. */
export function fileType(meta: FileMeta): string | undefined {
  if (meta.type)
    return meta.type.toLowerCase() === 'image/jpg' ? 'image/jpeg' : meta.type.toLowerCase();
  const m = /\.([A-Za-z0-9]{1,5})$/.exec(meta.name ?? '');
  const ext = m?.[1]?.toLowerCase();
  return ext ? (EXT_TYPES[ext] ?? `.${ext}`) : undefined;
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(bytes < 10_000 ? 1 : 0)} KB`;

/** R-PHOTO on a file's metadata; limits from the rule set, or a preset's limits directly. */
export function checkPhotoFile(
  meta: FileMeta,
  ruleSetOrLimits: RuleSet | PhotoLimits,
): RuleResult[] {
  const limits = 'photo' in ruleSetOrLimits ? ruleSetOrLimits.photo : ruleSetOrLimits;
  const out: RuleResult[] = [];
  const type = fileType(meta);
  if (type !== undefined && !limits.types.includes(type))
    out.push(error('照片格式须为 jpg。', 'The photo must be a jpg file.'));
  if (typeof meta.bytes === 'number' && meta.bytes > limits.maxBytes)
    out.push(
      error(
        `照片文件太大：${kb(meta.bytes)}，不能超过 ${kb(limits.maxBytes)}（${limits.maxBytes.toLocaleString('en')} 字节）。`,
        `The photo is too large: ${kb(meta.bytes)}; the limit is ${kb(limits.maxBytes)} ` +
          `(${limits.maxBytes.toLocaleString('en')} bytes).`,
      ),
    );
  const { width, height } = meta;
  if (typeof width === 'number' && typeof height === 'number' && width > 0 && height > 0) {
    if (width < limits.minWidth || height < limits.minHeight)
      out.push(
        error(
          `照片像素太小：${width}×${height}，至少需要 ${limits.minWidth}×${limits.minHeight}。`,
          `The photo is too small: ${width}×${height}; at least ${limits.minWidth}×${limits.minHeight} is needed.`,
        ),
      );
    // 小2寸 is 33×48 mm (height/width ≈ 1.45; 190×254 ≈ 1.34, GA 461 358×441 ≈ 1.23):
    // a landscape or square photo is probably rotated or uncropped.
    const ratio = height / width;
    if (ratio < 1.15 || ratio > 1.7)
      out.push(
        warning(
          `照片比例 ${width}×${height} 不是竖版小2寸（33×48 mm）：请裁剪为竖版证件照，并检查是否旋转。`,
          `The ${width}×${height} photo is not a portrait small 2-inch (33×48 mm) shape: crop it as an ` +
            `upright ID photo and check it is not rotated.`,
        ),
      );
  }
  return out;
}

/** R-MATERIAL on a file's metadata (beijing-2025: jpg/jpeg/png, 单个照片文件大小不超过200k). */
export function checkMaterialFile(
  meta: FileMeta,
  ruleSetOrLimits: RuleSet | MaterialLimits,
): RuleResult[] {
  const limits = 'material' in ruleSetOrLimits ? ruleSetOrLimits.material : ruleSetOrLimits;
  const out: RuleResult[] = [];
  const type = fileType(meta);
  if (type !== undefined && !limits.types.includes(type))
    out.push(
      error('材料图片须为 jpg、jpeg 或 png 格式。', 'Material images must be jpg, jpeg or png.'),
    );
  if (typeof meta.bytes === 'number' && meta.bytes > limits.maxBytes)
    out.push(
      error(
        `图片文件太大：${kb(meta.bytes)}，单个文件不能超过 ${kb(limits.maxBytes)}。`,
        `The image is too large: ${kb(meta.bytes)}; each file may be at most ${kb(limits.maxBytes)}.`,
      ),
    );
  return out;
}

/** The value of a file field: JSON metadata (`{"type","bytes","width","height"}`) or a file name. */
export function parseFileValue(value: string): FileMeta | undefined {
  const s = value.trim();
  if (s === '') return undefined;
  if (s.startsWith('{') && s.length < 2000) {
    try {
      const parsed: unknown = JSON.parse(s);
      if (parsed && typeof parsed === 'object') {
        const o = parsed as Record<string, unknown>;
        const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
        return {
          type: typeof o.type === 'string' ? o.type : undefined,
          name: typeof o.name === 'string' ? o.name : undefined,
          bytes: num(o.bytes ?? o.size),
          width: num(o.width),
          height: num(o.height),
        };
      }
    } catch {
      return { name: s.slice(0, 260) };
    }
  }
  // `C:\fakepath\photo.jpg`: only the name is known.
  return { name: s.slice(-260) };
}

export const R_PHOTO: Rule = {
  id: 'R-PHOTO',
  fields: ['photo'],
  check(value, _field, ctx) {
    const meta = parseFileValue(value);
    return meta ? checkPhotoFile(meta, ctx.ruleSet) : [];
  },
};

export const R_MATERIAL: Rule = {
  id: 'R-MATERIAL',
  fields: ['material'],
  check(value, _field, ctx) {
    const meta = parseFileValue(value);
    return meta ? checkMaterialFile(meta, ctx.ruleSet) : [];
  },
};

export const FILE_RULES: Rule[] = [R_PHOTO, R_MATERIAL];
