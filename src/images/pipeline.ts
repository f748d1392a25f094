// The image pipeline: the only canvas/encoder code of the
// extension. Runs where the file is (content script or extension page), with
// Chromium's own decoder and JPEG encoder:
//   bytes → format (from the bytes) → header (size, EXIF orientation, date)
//   → decode at a reduced size directly (createImageBitmap resize: a 48 MP
//     photo never costs a full decode; EXIF orientation applied once, by the
//     decoder) → crop 33:48 (photo) on white → one high-quality draw (photo;
//     a light luma unsharp mask after a large reduction) or a stepped one
//   → largest JPEG quality that fits the byte limit → verify from its headers and end marker.
import type { LocalText } from '../rules/types';
import { checkMaterialFile, checkPhotoFile } from '../rules/files';
import {
  BROWSER_DECODABLE,
  base64ByteLength,
  detectFormat,
  jpegComplete,
  jpegEndInTail,
  leanJpeg,
  orientedSize,
  readImageInfo,
  readJpegHeaders,
  type ImageFormat,
  type ImageInfo,
} from './format';
import {
  CENTRED,
  cropRect,
  downscaleSteps,
  fitWithin,
  type CropChoice,
  type Rect,
  type Size,
} from './geometry';
import { MIN_USABLE_PHOTO, RECOMMENDED_MIN, type Preset } from './presets';
import { qualityGuess, searchQuality, searchQualityFrom } from './search';
import { checkBorderWhite, checkDate, type PhotoWarning } from './checks';
import { ssim } from './ssim';
import { sharpenLuma } from './sharpen';

export type { PhotoWarning } from './checks';

/** A second JPEG encoder (MozJPEG in extension pages), tried where Chromium's needs a low quality. */
export interface AltEncoder {
  name: string;
  encode(image: ImageData, quality: number): Promise<Blob>;
}

export interface ProcessOptions {
  /** Decodes HEIC (extension pages only: libheif wasm, src/images/heic.ts); without it HEIC is refused. */
  heicDecoder?: (file: Blob) => Promise<Blob>;
  /** Tried on detailed images; the result closer to the pixels (SSIM) is kept. */
  altEncoder?: AltEncoder;
  preset: Preset;
  /** Photo crop placement (centred by default, adjustable in the preview). */
  crop?: CropChoice;
  /** For the EXIF-date check; defaults to now. */
  now?: Date;
  onProgress?(step: LocalText, fraction: number): void;
}

export interface ProcessedImage {
  ok: true;
  file: File;
  format: 'jpeg' | 'png';
  width: number;
  height: number;
  bytes: number;
  /** JPEG quality chosen (0–1), absent for PNG or an unchanged file. */
  quality?: number;
  encodeTries: number;
  /** Which encoder produced the file. */
  encoder: string;
  source: { bytes: number; format: ImageFormat; width: number; height: number; name: string };
  /** The crop used, in the upright source's pixels (photo presets). */
  crop?: Rect;
  warnings: PhotoWarning[];
  ms: { decode: number; total: number };
  decodePath?: DecodePath;
}

export type RefusalReason =
  'empty' | 'not-image' | 'heic' | 'unsupported' | 'decode' | 'too-small' | 'cannot-fit' | 'verify';

export interface RefusedImage {
  ok: false;
  reason: RefusalReason;
  message: LocalText;
  warnings: PhotoWarning[];
}

export type ProcessResult = ProcessedImage | RefusedImage;

/**
 * Below this JPEG quality a smaller output size is tried. 0 for photos: the
 * end-to-end bench (tests/bench/photo.bench.ts, Gaussian SSIM against lanczos3)
 * scores 390×567 at a lower quality above 351×511 at a higher one on every photo.
 */
const PHOTO_QUALITY_FLOOR = 0;
// Scans: legible text needs pixels more than a high JPEG quality (R-MATERIAL: 图像清晰).
const MATERIAL_QUALITY_FLOOR = 0.5;
/** Read first; a JPEG's headers past it are walked segment by segment (readJpegHeaders). */
const HEADER_BYTES = 128 * 1024;
/** Up to this size a JPEG whose headers run past HEADER_BYTES is read whole, once. */
const WHOLE_READ_MAX = 64 * 1024 * 1024;
/**
 * From this size up to READ_ONCE_MAX the file is read whole at the start, once, and its
 * head and tail are taken from those bytes: a photo of 8 MP or more (decoded DCT-scaled
 * from its bytes) is rarely smaller, and the whole read is then not a wait after the
 * headers. Head and tail slices read alongside it made it ~2 ms later (three reads of
 * one Blob share the browser's file reading; photo bench, 12 MP: 8.3–10.5 → 6.8–8.5 ms
 * of reads). A smaller file is decoded from the Blob: two slice reads cost about half
 * a whole read of 0.5 MB (photo bench, Chromium 156), and the decoder reads the file itself.
 */
const READ_WHOLE_FROM = 1024 * 1024;
const READ_ONCE_MAX = 16 * 1024 * 1024;
/** From this many bytes of segments no decoder reads, the DCT decoder gets the JPEG without them (leanJpeg). */
const LEAN_FROM = 256 * 1024;
/** The end-of-image check reads this much of the file's end (jpegEndInTail). */
const TAIL_BYTES = 64 * 1024;
/** Below this Chromium quality the image is detailed enough for the second encoder to matter (bench). */
const ALT_ENCODER_BELOW = 0.9;

export const REFUSALS: Record<RefusalReason, LocalText> = {
  empty: {
    zh: '所选文件是空文件（0 字节），里面没有照片，可能没有下载或复制完整。请在手机或相机中重新导出照片后再选择。',
    en:
      'The chosen file is empty (0 bytes): there is no photo in it, it was probably not fully downloaded or ' +
      'copied. Export the photo again from your phone or camera and choose it again.',
  },
  'not-image': {
    zh: '这个文件不是图片（文件内容不是 JPG/PNG 等图片格式，只是扩展名像图片）。请选择相机或手机拍摄的照片文件。',
    en:
      'This file is not an image (its content is not JPG/PNG or another image format, whatever its name says)' +
      '. Choose a photo file from your camera or phone.',
  },
  heic: {
    zh:
      '这是 iPhone 的 HEIC 格式照片，报名页面无法直接使用。可以打开本扩展的“照片工具”（点击浏览器工具栏中的扩展图标 → 照片工具）转换后下载；或在 iPhone 上导出 JPG：设置 → 相机 ' +
      '→ 格式 → 选择“兼容性最佳”后重新拍摄，或共享照片到“文件”时选择“最兼容”。',
    en:
      'This is an iPhone HEIC photo, which the registration page cannot use directly. Convert it in this ' +
      "extension's photo tool (toolbar icon → Photo tool) and download the result, or export a " +
      'JPEG on the iPhone: Settings → Camera → Formats → "Most Compatible" and take it again, or ' +
      'share it to Files choosing "Most Compatible".',
  },
  unsupported: {
    zh: '不支持这种图片格式。请选择 JPG 或 PNG 照片。',
    en: 'This image format is not supported. Choose a JPG or PNG photo.',
  },
  decode: {
    zh: '图片文件已损坏或不完整，无法打开。请重新拍摄或重新导出照片。',
    en: 'The image file is damaged or incomplete and cannot be opened. Take or export the photo again.',
  },
  'too-small': {
    zh: '照片太小，无法生成可用的报名照片。请使用原始照片（不是缩略图或截图）。',
    en:
      'The photo is too small to make a usable registration photo. Use the original photo, not a thumbnail ' +
      'or screenshot.',
  },
  'cannot-fit': {
    zh: '无法在大小限制内生成清晰的照片。请换一张背景简单的照片。',
    en: 'Could not make a clear photo within the size limit. Try a photo with a plainer background.',
  },
  verify: {
    zh: '生成的文件未通过检查（无法重新打开），未上传。请重试或换一张照片。',
    en:
      'The produced file failed its check (it did not re-open), so nothing was uploaded. Try again or use ' +
      'another photo.',
  },
};

const STEP = {
  read: { zh: '正在读取照片…', en: 'Reading the photo…' },
  heic: { zh: '正在转换 HEIC 照片…', en: 'Converting the HEIC photo…' },
  decode: { zh: '正在解码…', en: 'Decoding…' },
  resize: { zh: '正在裁剪和缩放…', en: 'Cropping and resizing…' },
  encode: { zh: '正在压缩到限制以内…', en: 'Compressing under the limit…' },
  verify: { zh: '正在检查结果…', en: 'Checking the result…' },
} satisfies Record<string, LocalText>;

const refuse = (
  reason: RefusalReason,
  warnings: PhotoWarning[] = [],
  message = REFUSALS[reason],
): RefusedImage => ({
  ok: false,
  reason,
  message,
  warnings,
});

type Canvas2D = OffscreenCanvasRenderingContext2D;

function canvas(size: Size, readBack = false): { canvas: OffscreenCanvas; ctx: Canvas2D } {
  const c = new OffscreenCanvas(size.width, size.height);
  const ctx = c.getContext('2d', {
    alpha: false,
    willReadFrequently: readBack,
  }) as Canvas2D | null;
  if (!ctx) throw new Error('2d context unavailable');
  // Transparent pixels would turn black in a JPEG: paint white first (docs/toolchain.md).
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, size.width, size.height);
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  return { canvas: c, ctx };
}

/** Draws `rect` of `src` into `out` size, halving while more than 2× (no single large bilinear step). */
function resample(
  src: CanvasImageSource & { width: number; height: number },
  rect: Rect,
  out: Size,
): OffscreenCanvas {
  const steps = downscaleSteps({ width: rect.width, height: rect.height }, out);
  let current: CanvasImageSource = src;
  let from: Rect = rect;
  let result: OffscreenCanvas | undefined;
  for (const step of steps) {
    const { canvas: c, ctx } = canvas(step);
    ctx.drawImage(current, from.x, from.y, from.width, from.height, 0, 0, step.width, step.height);
    current = c;
    result = c;
    from = { x: 0, y: 0, width: step.width, height: step.height };
  }
  return result!;
}

export function outputName(sourceName: string, format: 'jpeg' | 'png'): string {
  const base =
    sourceName
      .replace(/\.[^.]*$/, '')
      .replace(/[^\w\u4e00-\u9fff-]+/g, '_')
      .slice(0, 60) || 'photo';
  return `${base}.${format === 'png' ? 'png' : 'jpg'}`;
}

/** The DCT-scaled decode is used only when it still leaves this much oversampling (bench: SSIM). */
const DCT_OVERSAMPLE = 4;

/** Which decoder produced the pixels (the bench and the notice report it). */
export type DecodePath = 'jpeg-dct-scaled' | 'resize' | 'full';

/**
 * Decodes at `decodeSize` of the upright image; EXIF orientation is applied by
 * the browser, once. For a JPEG, WebCodecs' ImageDecoder with a desired size
 * decodes at 1/2, 1/4 or 1/8 scale inside libjpeg (DCT scaling), so a 48 MP
 * photo never costs a full decode; it exists in secure contexts (https pages,
 * extension pages). Elsewhere createImageBitmap's resize does the work.
 */
async function decodeAt(
  blob: Blob,
  decodeSize: Size | undefined,
  format: ImageFormat,
  fullSize?: Size,
): Promise<{ bitmap: ImageBitmap; path: DecodePath }> {
  if (
    decodeSize &&
    format === 'jpeg' &&
    fullSize &&
    decodeSize.width * DCT_OVERSAMPLE < fullSize.width
  ) {
    const scaled = await decodeScaledJpeg(blob, decodeSize).catch(() => undefined);
    if (scaled) return { bitmap: scaled, path: 'jpeg-dct-scaled' };
  }
  if (decodeSize) {
    const bitmap = await createImageBitmap(blob, {
      imageOrientation: 'from-image',
      resizeWidth: decodeSize.width,
      resizeHeight: decodeSize.height,
      resizeQuality: 'high',
    });
    return { bitmap, path: 'resize' };
  }
  return {
    bitmap: await createImageBitmap(blob, { imageOrientation: 'from-image' }),
    path: 'full',
  };
}

interface VideoFrameLike {
  displayWidth: number;
  displayHeight: number;
  close(): void;
}
type ImageDecoderCtor = new (init: {
  data: ReadableStream<Uint8Array> | BufferSource;
  type: string;
  desiredWidth?: number;
  desiredHeight?: number;
}) => {
  decode(): Promise<{ image: VideoFrameLike }>;
  close(): void;
};

async function decodeScaledJpeg(blob: Blob, want: Size): Promise<ImageBitmap | undefined> {
  const Decoder = (globalThis as { ImageDecoder?: ImageDecoderCtor }).ImageDecoder;
  if (typeof Decoder !== 'function') return undefined;
  // Ask for DCT_OVERSAMPLE× the size: the DCT-scaled decode only drops coefficients
  // (a crude low-pass); the high-quality resize from 4× keeps detail (SSIM in the bench).
  const decoder = new Decoder({
    data: await blob.arrayBuffer(),
    type: 'image/jpeg',
    desiredWidth: want.width * DCT_OVERSAMPLE,
    desiredHeight: want.height * DCT_OVERSAMPLE,
  });
  try {
    const { image } = await decoder.decode();
    try {
      // Display size = orientation applied; smaller than needed means no useful scaling: take the other path.
      if (image.displayWidth < want.width || image.displayHeight < want.height) return undefined;
      // Drawing a VideoFrame applies its rotation/flip (the EXIF orientation), once.
      const { canvas: c, ctx } = canvas({ width: image.displayWidth, height: image.displayHeight });
      ctx.drawImage(image as unknown as CanvasImageSource, 0, 0);
      return await createImageBitmap(c, {
        resizeWidth: want.width,
        resizeHeight: want.height,
        resizeQuality: 'high',
      });
    } finally {
      image.close();
    }
  } finally {
    decoder.close();
  }
}

/**
 * Below this size a photo's full decode starts with the first reads, not after the
 * headers (the decode done ~2 ms sooner in the photo frame on average, photo bench:
 * its own file read overlaps the head read): a JPEG of 8 MP or more,
 * decoded DCT-scaled instead, is rarely this small, and its early bitmap is then
 * closed unused. Photos only: a scan may be large in pixels and is decoded resized.
 */
const EARLY_DECODE_BELOW = 1024 * 1024;

export async function processImage(
  input: Blob & { name?: string },
  options: ProcessOptions,
): Promise<ProcessResult> {
  const early =
    options.preset.kind === 'photo' && input.size > 0 && input.size < EARLY_DECODE_BELOW
      ? createImageBitmap(input, { imageOrientation: 'from-image' })
      : undefined;
  early?.catch(() => {});
  let taken = false;
  const takeEarly = early
    ? () => {
        taken = true;
        return early;
      }
    : undefined;
  try {
    return await processNow(input, options, takeEarly);
  } finally {
    if (!taken)
      void early?.then(
        (bitmap) => bitmap.close(),
        () => {},
      );
  }
}

async function processNow(
  input: Blob & { name?: string },
  options: ProcessOptions,
  /** The full decode begun with the reads (processImage), when there is one. */
  takeEarly: (() => Promise<ImageBitmap>) | undefined,
): Promise<ProcessResult> {
  const started = performance.now();
  const { preset } = options;
  const progress = (step: LocalText, f: number) => options.onProgress?.(step, f);
  const name = input.name ?? 'photo';
  progress(STEP.read, 0.05);
  // A 0-byte file (an interrupted copy or download) is not "not an image": say what happened.
  if (input.size === 0) return refuse('empty');
  // The head and the end (a JPEG's end-of-image check) are read at once, in parallel;
  // a file of READ_WHOLE_FROM to READ_ONCE_MAX bytes is read whole instead (the
  // DCT-scaled decoder's bytes, headers past the head), head and end taken from it.
  // Reads not needed are dropped.
  const tailStart = Math.max(0, input.size - TAIL_BYTES);
  const bytesOf = (blob: Blob) => blob.arrayBuffer().then((b) => new Uint8Array(b));
  let wholeRead =
    input.size >= READ_WHOLE_FROM && input.size <= READ_ONCE_MAX ? bytesOf(input) : undefined;
  const headRead = wholeRead
    ? wholeRead.then((b) => b.subarray(0, HEADER_BYTES))
    : bytesOf(input.slice(0, HEADER_BYTES));
  const tailRead =
    input.size <= HEADER_BYTES
      ? undefined
      : wholeRead
        ? wholeRead.then((b) => b.subarray(tailStart))
        : bytesOf(input.slice(tailStart));
  for (const read of [wholeRead, tailRead]) read?.catch(() => {});
  const head = await headRead;
  let whole: Uint8Array<ArrayBuffer> | undefined = input.size <= HEADER_BYTES ? head : undefined;
  const readWhole = async () => (whole ??= await (wholeRead ??= bytesOf(input)));
  const format = detectFormat(head);
  if (format === 'heic') {
    if (!options.heicDecoder) return refuse('heic');
    progress(STEP.heic, 0.1);
    const converted = await options.heicDecoder(input).catch(() => undefined);
    if (!converted) return refuse('heic');
    const result = await processImage(Object.assign(converted, { name }), {
      ...options,
      heicDecoder: undefined,
    });
    // Report the candidate's own file as the source.
    if (result.ok) result.source = { ...result.source, bytes: input.size, format: 'heic' };
    return result;
  }
  if (format === 'unknown') return refuse('not-image');
  // GIF, WebP, BMP and AVIF are decoded by Chromium and re-encoded as JPEG like any other
  // source: the page only ever receives a JPEG (page-contract "Photo inputs"); a GIF's
  // first frame is the picture.
  if (!BROWSER_DECODABLE.has(format)) return refuse('unsupported');
  // A JPEG cut short (interrupted download or copy) has no end-of-image marker after its
  // scan. Chromium may still decode the part it has (a progressive one at low detail, the
  // rest grey), so the decoder's success is no proof: refuse it as damaged.
  let info: ImageInfo;
  // The bytes the DCT-scaled decoder gets: the whole file, less megabytes of metadata it would only copy.
  let decoderBytes = readWhole;
  // A larger file is read whole where the headers run past `head` (megabytes of
  // previews before the size marker): then the tail check and the decoder use it too.
  if (format === 'jpeg') {
    const headers = await readJpegHeaders(head, input.size, async (offset, length) => {
      if (!whole && (wholeRead || input.size <= WHOLE_READ_MAX)) await readWhole();
      return whole
        ? whole.subarray(offset, offset + length)
        : new Uint8Array(await input.slice(offset, offset + length).arrayBuffer());
    });
    const tail = whole ? whole.subarray(tailStart) : await tailRead!;
    // Only the tail is read; a file with data appended after its end (a motion photo's
    // video) whose tail holds no end marker is checked whole.
    if (!jpegEndInTail(tail, tailStart, headers.scanData) && !jpegComplete(await readWhole()))
      return refuse('decode');
    info = readImageInfo(headers.bytes);
    const { unread } = headers;
    if (unread.reduce((n, [a, b]) => n + (b - a), 0) >= LEAN_FROM)
      decoderBytes = async () => leanJpeg(await readWhole(), unread);
  } else info = readImageInfo(head);
  const warnings: PhotoWarning[] = [];
  const dateWarning = checkDate(info.dateTaken, options.now ?? new Date());
  if (preset.kind === 'photo' && dateWarning) warnings.push(dateWarning);

  // Material already compliant and upright: hand it over untouched (no generation loss).
  // Not a CMYK/YCCK JPEG (4 components, as print scanners and Photoshop write): many
  // server-side readers (Java ImageIO among them) cannot open those, so it is re-encoded.
  if (
    preset.kind === 'material' &&
    (format === 'jpeg' || format === 'png') &&
    !(format === 'jpeg' && info.components === 4) &&
    input.size <= preset.maxBytes &&
    info.orientation === 1 &&
    info.width
  ) {
    progress(STEP.verify, 0.9);
    const bitmap = await createImageBitmap(input).catch(() => undefined);
    if (!bitmap) return refuse('decode', warnings);
    const size = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    const file = new File([input], outputName(name, format), {
      type: format === 'png' ? 'image/png' : 'image/jpeg',
    });
    return {
      ok: true,
      file,
      format,
      ...size,
      bytes: file.size,
      encodeTries: 0,
      encoder: 'none (unchanged)',
      source: { bytes: input.size, format, ...size, name },
      warnings,
      ms: { decode: 0, total: performance.now() - started },
    };
  }

  // A photo already compliant (JPEG, 33:48, under the cap, upright, not CMYK, at least the
  // preset's minimum, no larger than its target) and no crop asked for: handed over
  // untouched, as the candidate made it (a re-encode would only lose detail).
  const centred =
    !options.crop ||
    (options.crop.cx === CENTRED.cx &&
      options.crop.cy === CENTRED.cy &&
      options.crop.zoom === CENTRED.zoom);
  if (
    preset.kind === 'photo' &&
    centred &&
    format === 'jpeg' &&
    input.size <= preset.maxBytes &&
    info.orientation === 1 &&
    info.components !== 4 &&
    info.width &&
    info.height &&
    Math.abs(info.width / info.height / (preset.aspect ?? 33 / 48) - 1) < 0.005 &&
    info.width >= Math.max(preset.minWidth, RECOMMENDED_MIN.width) &&
    info.height >= Math.max(preset.minHeight, RECOMMENDED_MIN.height) &&
    info.width <= preset.targetWidth &&
    info.height <= preset.targetHeight + 1
  ) {
    progress(STEP.verify, 0.9);
    const bitmap = await (takeEarly?.() ?? createImageBitmap(input)).catch(() => undefined);
    if (!bitmap) return refuse('decode', warnings);
    const size = { width: bitmap.width, height: bitmap.height };
    const { ctx } = canvas(size);
    ctx.drawImage(bitmap, 0, 0);
    bitmap.close();
    const border = checkBorderWhite(ctx, size);
    if (border) warnings.push(border);
    const file = new File([input], outputName(name, 'jpeg'), { type: 'image/jpeg' });
    return {
      ok: true,
      file,
      format: 'jpeg',
      ...size,
      bytes: file.size,
      encodeTries: 0,
      encoder: 'none (unchanged)',
      source: { bytes: input.size, format, ...size, name },
      crop: { x: 0, y: 0, ...size },
      warnings,
      ms: { decode: 0, total: performance.now() - started },
    };
  }

  progress(STEP.decode, 0.15);
  const upright = orientedSize(info);
  const t0 = performance.now();
  let bitmap: ImageBitmap | OffscreenCanvas;
  let decodePath: DecodePath;
  let full: Size;
  let crop: Rect;
  let outMax: Size;
  // Decoded pixels per upright source pixel (x, y): the decoder rounds the size.
  let scaleX = 1;
  let scaleY = 1;
  try {
    if (upright && preset.kind === 'photo') {
      full = upright;
      ({ crop, outMax } = plan(full, preset, options.crop));
      ({ bitmap, path: decodePath } = await decodePhoto(
        input,
        format,
        full,
        crop,
        outMax,
        decoderBytes,
        takeEarly,
      ));
      scaleX = bitmap.width / full.width;
      scaleY = bitmap.height / full.height;
    } else if (upright) {
      full = upright;
      ({ crop, outMax } = plan(full, preset, options.crop));
      // Decode straight at the output scale: the decoder's own high-quality
      // reduction (DCT scaling + Skia's high filter) is one well-filtered step,
      // and a 48 MP photo never needs its full-size pixels.
      const s = Math.min(outMax.width / crop.width, outMax.height / crop.height);
      const decodeSize =
        s < 1
          ? {
              width: Math.max(1, Math.round(full.width * s)),
              height: Math.max(1, Math.round(full.height * s)),
            }
          : undefined;
      ({ bitmap, path: decodePath } = await decodeAt(input, decodeSize, format, full));
      scaleX = bitmap.width / full.width;
      scaleY = bitmap.height / full.height;
    } else {
      ({ bitmap, path: decodePath } = await decodeAt(input, undefined, format));
      full = { width: bitmap.width, height: bitmap.height };
      ({ crop, outMax } = plan(full, preset, options.crop));
    }
  } catch {
    return refuse('decode', warnings);
  }
  const decodeMs = performance.now() - t0;
  const source = { bytes: input.size, format, width: full.width, height: full.height, name };

  if (preset.kind === 'photo') {
    if (crop.width < MIN_USABLE_PHOTO.width || crop.height < MIN_USABLE_PHOTO.height) {
      if ('close' in bitmap) bitmap.close();
      // Say how small it is: a 1×1 tracking pixel and a 100×140 thumbnail need the same advice.
      const px = `${full.width}×${full.height}`;
      return refuse('too-small', warnings, {
        zh:
          `${REFUSALS['too-small'].zh}（所选图片只有 ${px} 像素，至少需要约 ` +
          `${MIN_USABLE_PHOTO.width}×${MIN_USABLE_PHOTO.height}，建议 ` +
          `${RECOMMENDED_MIN.width}×${RECOMMENDED_MIN.height} 以上。）`,
        en:
          `${REFUSALS['too-small'].en} (The chosen image is only ${px} px; about ` +
          `${MIN_USABLE_PHOTO.width}×${MIN_USABLE_PHOTO.height} is the least, ` +
          `${RECOMMENDED_MIN.width}×${RECOMMENDED_MIN.height} or more is advised.)`,
      });
    }
    const min = preset.minWidth
      ? { width: preset.minWidth, height: preset.minHeight }
      : RECOMMENDED_MIN;
    if (crop.width < min.width || crop.height < min.height) {
      warnings.push({
        code: 'small',
        message: {
          zh:
            `原图太小（裁剪后 ${Math.round(crop.width)}×${Math.round(crop.height)} 像素，要求至少 ` +
            `${min.width}×${min.height}），照片会不清晰。请用原始照片。`,
          en:
            `The source is small (${Math.round(crop.width)}×${Math.round(crop.height)} px after cropping; ` +
            `at least ${min.width}×${min.height} needed), so the photo will be blurry. Use the ` +
            `original photo.`,
        },
      });
    }
    const ratio = full.width / full.height;
    if (ratio > 1.05) {
      warnings.push({
        code: 'landscape',
        message: {
          zh: '原图是横向的，已从中间裁剪成竖向 33:48；请在预览中确认头像完整居中，或使用竖拍的证件照。',
          en:
            'The source is landscape; its middle was cropped to portrait 33:48. Check in the preview that ' +
            'the head is whole and centred, or use a portrait ID photo.',
        },
      });
    } else if (Math.abs(ratio / preset.aspect! - 1) > 0.12) {
      warnings.push({
        code: 'shape',
        message: {
          zh: '原图比例与小2寸（33:48）不同，已裁剪；请在预览中确认头像完整。',
          en: 'The source shape differs from 33:48 (小2寸) and was cropped; check the head is whole in the preview.',
        },
      });
    }
  }

  progress(STEP.resize, 0.35);
  let scaledCrop: Rect = {
    x: crop.x * scaleX,
    y: crop.y * scaleY,
    width: crop.width * scaleX,
    height: crop.height * scaleY,
  };
  if (
    preset.kind !== 'photo' &&
    scaleX < 1 &&
    Math.abs(scaledCrop.width - outMax.width) < 2 &&
    Math.abs(scaledCrop.height - outMax.height) < 2
  ) {
    // Already at the output scale: cut whole pixels (no second resampling, no sub-pixel blur).
    const width = Math.min(outMax.width, bitmap.width);
    const height = Math.min(outMax.height, bitmap.height);
    scaledCrop = {
      x: Math.max(0, Math.min(bitmap.width - width, Math.round(scaledCrop.x))),
      y: Math.max(0, Math.min(bitmap.height - height, Math.round(scaledCrop.y))),
      width,
      height,
    };
    outMax = { width, height };
    crop = {
      x: scaledCrop.x / scaleX,
      y: scaledCrop.y / scaleY,
      width: width / scaleX,
      height: height / scaleY,
    };
  }
  const rungs = sizeLadder(outMax, preset);
  let chosen:
    | {
        blob: Blob;
        /** The blob's bytes where the encoder had them (verified without reading the blob). */
        bytes?: Uint8Array<ArrayBuffer>;
        /** The canvas's pixels where they were read already (the photo path's first rung). */
        pixels?: ImageData;
        quality?: number;
        size: Size;
        format: 'jpeg' | 'png';
        canvas: OffscreenCanvas;
        encoder: string;
      }
    | undefined;
  let tries = 0;
  let guess: number | undefined;
  let base: OffscreenCanvas | undefined;
  for (let r = 0; r < rungs.length; r++) {
    const size = rungs[r]!;
    // The photo path's first rung: its pixels, read once (mask, border check, encoder).
    let pixels: ImageData | undefined;
    let c: OffscreenCanvas;
    // Smaller rungs come from the first one (a reduction of less than 2×, high quality).
    if (base) c = resample(base, { x: 0, y: 0, width: base.width, height: base.height }, size);
    else if (preset.kind === 'photo') {
      ({ canvas: c, pixels } = photoPixels(bitmap, scaledCrop, size, crop.height / size.height));
      base = c;
      const w = checkBorderWhite(pixels, size);
      if (w) warnings.push(w);
    } else c = base = resample(bitmap, scaledCrop, size);
    progress(STEP.encode, 0.45 + (0.4 * r) / rungs.length);
    const encode = jpegEncoder(c, pixels);
    const minQuality = r === rungs.length - 1 ? 10 : 30;
    const search =
      preset.kind === 'photo'
        ? await searchQualityFrom(
            encode,
            preset.maxBytes,
            guess !== undefined
              ? guess * 100
              : qualityGuess(preset.maxBytes, size.width * size.height),
            { minQuality, maxQuality: 100 },
          )
        : await searchQuality(encode, preset.maxBytes, { guess, minQuality, maxQuality: 95 });
    tries += search.tries;
    const floor = preset.kind === 'photo' ? PHOTO_QUALITY_FLOOR : MATERIAL_QUALITY_FLOOR;
    if (search.best && search.quality !== undefined) {
      const best = search.best;
      let candidate: NonNullable<typeof chosen> = {
        // Made when read: the File is made from the bytes (a Blob is a copy sent to the browser).
        get blob() {
          return best.blob;
        },
        bytes: best.bytes,
        pixels,
        quality: search.quality / 100,
        size,
        format: 'jpeg',
        canvas: c,
        encoder: 'chromium',
      };
      if (preset.formats.includes('png') && format === 'png') {
        // R-MATERIAL: PNG is kept only where it is smaller than the JPEG.
        const png = await c.convertToBlob({ type: 'image/png' });
        tries++;
        if (png.size <= preset.maxBytes && png.size <= candidate.blob.size)
          candidate = { blob: png, size, format: 'png', canvas: c, encoder: 'chromium' };
      }
      chosen = candidate;
      if (candidate.format === 'png' || search.quality / 100 >= floor || r === rungs.length - 1)
        break;
      guess = search.quality / 100 + 0.08;
    }
  }
  if ('close' in bitmap) bitmap.close();
  if (!chosen) return refuse('cannot-fit', warnings);
  if (options.altEncoder && chosen.format === 'jpeg' && (chosen.quality ?? 1) < ALT_ENCODER_BELOW) {
    const alt = options.altEncoder;
    const ref =
      chosen.pixels ??
      (chosen.canvas.getContext('2d') as Canvas2D).getImageData(
        0,
        0,
        chosen.size.width,
        chosen.size.height,
      );
    try {
      const search = await searchQuality(
        async (q) => {
          const blob = await alt.encode(ref, q);
          return { blob, size: blob.size };
        },
        preset.maxBytes,
        { guess: chosen.quality, minQuality: 30, maxQuality: 95 },
      );
      tries += search.tries;
      if (search.best && search.quality !== undefined) {
        const [ours, theirs] = await Promise.all([
          pixelsOf(chosen.blob),
          pixelsOf(search.best.blob),
        ]);
        if (ssim(ref, theirs) > ssim(ref, ours))
          chosen = {
            ...chosen,
            blob: search.best.blob,
            bytes: undefined,
            quality: search.quality / 100,
            encoder: alt.name,
          };
      }
    } catch {
      // The second encoder is an improvement only: Chromium's result stands.
    }
  }

  progress(STEP.verify, 0.92);
  const type = chosen.format === 'png' ? 'image/png' : 'image/jpeg';
  const file = new File([chosen.bytes ?? chosen.blob], outputName(name, chosen.format), { type });
  const verified = await verify(file, chosen.size, preset.maxBytes, chosen.format, chosen.bytes);
  if (!verified) return refuse('verify', warnings);
  // The same R-PHOTO / R-MATERIAL checks the page's field rules use (src/rules/files.ts), as a last gate.
  const meta = { type: file.type, name: file.name, bytes: file.size, ...chosen.size };
  const types = preset.formats.map((f) => (f === 'png' ? 'image/png' : 'image/jpeg'));
  const ruleErrors = (
    preset.kind === 'photo'
      ? checkPhotoFile(meta, {
          maxBytes: preset.maxBytes,
          minWidth: preset.minWidth,
          minHeight: preset.minHeight,
          types,
        })
      : checkMaterialFile(meta, { maxBytes: preset.maxBytes, types })
  ).filter((r) => r.severity === 'error');
  if (ruleErrors.length > 0) return refuse('verify', warnings, ruleErrors[0]!.message);
  progress(STEP.verify, 1);
  return {
    ok: true,
    file,
    format: chosen.format,
    width: chosen.size.width,
    height: chosen.size.height,
    bytes: file.size,
    quality: chosen.quality,
    encodeTries: tries,
    encoder: chosen.encoder,
    source,
    crop: preset.kind === 'photo' ? crop : undefined,
    warnings,
    ms: { decode: decodeMs, total: performance.now() - started },
    decodePath,
  };
}

/**
 * The photo path's output: one high-quality draw of `rect` into `out` (see
 * decodePhoto), the unsharp mask from SHARPEN_FROM× (see below), and its pixels,
 * read back once: the border check and the encoder's canvas take them from here.
 * The canvas asks to be CPU-backed (willReadFrequently): on a machine with canvas
 * acceleration a GPU canvas would add a readback and an upload per pick.
 */
function photoPixels(
  src: CanvasImageSource,
  rect: Rect,
  out: Size,
  reduction: number,
): { canvas: OffscreenCanvas; pixels: ImageData } {
  const { canvas: c, ctx } = canvas(out, true);
  ctx.drawImage(src, rect.x, rect.y, rect.width, rect.height, 0, 0, out.width, out.height);
  const pixels = ctx.getImageData(0, 0, out.width, out.height);
  if (reduction >= SHARPEN_FROM) {
    sharpenLuma(pixels, SHARPEN_AMOUNT);
    // The canvas too: smaller rungs and the second encoder (photo tool) start from it.
    ctx.putImageData(pixels, 0, 0);
  }
  return { canvas: c, pixels };
}

/**
 * The 'high' draw of a large reduction is softer than the lanczos3 the bench
 * scores against: from SHARPEN_FROM× (12 and 48 MP phone photos to 390×567) a
 * light luma unsharp mask (src/images/sharpen.ts) is applied before the JPEG
 * search. Photo bench, SSIM after encoding under 40,000 bytes: 12 MP (5.3×, DCT
 * 1/2 decode) 0.9675 vs the baseline's 0.9665, 48 MP (10.7×, 1/4) 0.9761 vs
 * 0.9753. Not below 5×: the same mask lost SSIM on 3 of the 12 smaller photos
 * (2.8× and, portrait 1622×2880, 4.2×): the bytes it costs lower the JPEG
 * quality more than it gains.
 */
const SHARPEN_FROM = 5;
const SHARPEN_AMOUNT = 0.2;

/**
 * Runs the unsharp mask once on a blank output-sized image (the photo frame calls
 * it on load): its first run in a fresh frame took 12–20 ms before V8 optimized
 * it, later runs 3–5 ms (Chromium 156, 390×567), and the first pick is the one a
 * candidate makes.
 */
export function warmPhotoPipeline(): void {
  const width = 390;
  const height = 567;
  sharpenLuma({ data: new Uint8ClampedArray(width * height * 4), width, height }, SHARPEN_AMOUNT);
}

/**
 * Encodes a canvas as JPEG. Where there is a document (content script, extension
 * pages) a canvas element's synchronous toDataURL does it: OffscreenCanvas
 * convertToBlob is scheduled with rendering, and in a tab behind another one a
 * call can wait for the next ~1 s frame (engineering-notes.md). Same encoder,
 * same bytes. In a worker, convertToBlob.
 */
function jpegEncoder(
  c: OffscreenCanvas,
  /** The canvas's pixels where the caller read them: put, not drawn (no second copy of the canvas). */
  pixels?: ImageData,
): (q: number) => Promise<EncodedJpeg> {
  const doc = (globalThis as { document?: Document }).document;
  const el = doc?.createElement?.('canvas');
  const ctx = el?.getContext('2d', { alpha: false, willReadFrequently: true });
  if (el && ctx) {
    el.width = c.width;
    el.height = c.height;
    if (pixels) ctx.putImageData(pixels, 0, 0);
    else ctx.drawImage(c, 0, 0);
    return async (q) => {
      const url = el.toDataURL('image/jpeg', q);
      const b64 = url.slice(url.indexOf(',') + 1);
      // The size from the base64 text; the bytes and the Blob only for the try kept (one per pick).
      const size = base64ByteLength(b64);
      let bytes: Uint8Array<ArrayBuffer> | undefined;
      let blob: Blob | undefined;
      const decoded = () => {
        if (!bytes) {
          const bin = atob(b64);
          bytes = new Uint8Array(bin.length);
          for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
        }
        return bytes;
      };
      return {
        size,
        get bytes() {
          return decoded();
        },
        get blob() {
          return (blob ??= new Blob([decoded()], { type: 'image/jpeg' }));
        },
      };
    };
  }
  return async (q) => {
    const blob = await c.convertToBlob({ type: 'image/jpeg', quality: q });
    return { blob, size: blob.size };
  };
}

/** One encode: its size; its Blob made when read; its bytes where they are at hand (no blob read). */
interface EncodedJpeg {
  size: number;
  readonly blob: Blob;
  readonly bytes?: Uint8Array<ArrayBuffer>;
}

/**
 * The photo path's decode. A full decode followed by ONE 'high' drawImage to the
 * output is sharper than the decoder's own resize (createImageBitmap resize, or a
 * DCT-scaled decode straight to the output size): bench SSIM 0.994 vs 0.977
 * before JPEG. Where WebCodecs' ImageDecoder exists (secure contexts: https
 * pages, extension pages) a large JPEG is decoded DCT-scaled to no less than
 * DCT_FLOOR× the output (a 12 or 48 MP photo then costs a fraction of a full
 * decode) and the one 'high' draw (plus the unsharp mask, see photoPixels) does the rest.
 */
async function decodePhoto(
  blob: Blob,
  format: ImageFormat,
  full: Size,
  crop: Rect,
  out: Size,
  readBytes: () => Promise<Uint8Array<ArrayBuffer>>,
  takeEarly?: () => Promise<ImageBitmap>,
): Promise<{ bitmap: ImageBitmap | OffscreenCanvas; path: DecodePath }> {
  const s = Math.min(out.width / crop.width, out.height / crop.height);
  // libjpeg scales by 1/2, 1/4 or 1/8, and Chromium's ImageDecoder takes the largest
  // scale NOT above the desired size: ask for exactly the smallest one that still
  // leaves DCT_FLOOR× the output (checked in Chromium: desired 1008 of 4032 gives 1008×756).
  const k = DCT_SCALES.find((d) => s * DCT_FLOOR * d <= 1);
  // WebCodecs' ImageDecoder: secure contexts only (the photo frame, https pages).
  const Decoder = (globalThis as { ImageDecoder?: ImageDecoderCtor }).ImageDecoder;
  if (
    typeof Decoder === 'function' &&
    format === 'jpeg' &&
    k &&
    full.width * full.height >= DCT_MIN_PIXELS
  ) {
    const want = { width: Math.ceil(full.width / k), height: Math.ceil(full.height / k) };
    // A square request: the decoder compares it with the stored (not yet rotated) size.
    const side = Math.max(want.width, want.height);
    const scaled = await readBytes()
      .then((bytes) => decodeDct(Decoder, bytes, want, side))
      .catch(() => undefined);
    if (scaled) return { bitmap: scaled, path: 'jpeg-dct-scaled' };
  }
  return {
    bitmap: await (takeEarly?.() ?? createImageBitmap(blob, { imageOrientation: 'from-image' })),
    path: 'full',
  };
}

/**
 * Oversampling kept by the DCT-scaled decode before the one 'high' draw, the
 * scales used, and the least source size. Photo bench (SSIM after the unsharp
 * mask, see SHARPEN_FROM, and the JPEG search): 12 MP at 1/4 (1.33× the output)
 * 0.9675, the same as at 1/2 and above a full decode's 0.9665 without the mask;
 * 48 MP at 1/8 0.9761, as at 1/4. The 12 smaller photos (4–5 MP) decoded at 1/2
 * lost SSIM on 5 and decode fast whole: below 8 MP no DCT scaling.
 */
const DCT_FLOOR = 1.3;
const DCT_SCALES = [8, 4, 2];
const DCT_MIN_PIXELS = 8_000_000;

/** A DCT-scaled JPEG decode of at least `want` (upright), orientation applied (or undefined). */
async function decodeDct(
  Decoder: ImageDecoderCtor,
  bytes: Uint8Array<ArrayBuffer>,
  want: Size,
  side: number,
): Promise<ImageBitmap | undefined> {
  const decoder = new Decoder({
    data: bytes,
    type: 'image/jpeg',
    desiredWidth: side,
    desiredHeight: side,
  });
  try {
    const { image } = await decoder.decode();
    try {
      // Rounding: the decoder's size may be a pixel short of ceil(full / k).
      if (image.displayWidth < want.width - 1 || image.displayHeight < want.height - 1)
        return undefined;
      // An ImageBitmap of a VideoFrame applies its rotation/flip (the EXIF orientation), once,
      // 1:1; faster than drawing the frame into a canvas first (photo bench, 12 MP).
      return await createImageBitmap(image as unknown as ImageBitmapSource);
    } finally {
      image.close();
    }
  } finally {
    decoder.close();
  }
}

async function pixelsOf(blob: Blob): Promise<ImageData> {
  const bitmap = await createImageBitmap(blob);
  const { canvas: c, ctx } = canvas({ width: bitmap.width, height: bitmap.height });
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  return ctx.getImageData(0, 0, c.width, c.height);
}

/** Crop (upright source pixels) and the largest output size for the preset. */
function plan(
  full: Size,
  preset: Preset,
  choice: CropChoice | undefined,
): { crop: Rect; outMax: Size } {
  if (preset.kind === 'material') {
    const crop = { x: 0, y: 0, ...full };
    const long = preset.maxLongSide ?? 2400;
    return { crop, outMax: fitWithin(full, { width: long, height: long }) };
  }
  const aspect = preset.aspect ?? 33 / 48;
  const crop = cropRect(full, aspect, choice ?? CENTRED);
  let width = Math.min(preset.targetWidth, Math.floor(crop.width));
  // The platform's minimum is a hard requirement: enlarge a small source to it (with a warning).
  width = Math.max(width, preset.minWidth, Math.ceil(preset.minHeight * aspect));
  const height = Math.max(Math.round(width / aspect), preset.minHeight);
  return { crop, outMax: { width, height } };
}

/** Output sizes to try, largest first, never below the preset's minimum. */
function sizeLadder(outMax: Size, preset: Preset): Size[] {
  const rungs: Size[] = [outMax];
  const minW = Math.max(
    preset.minWidth,
    preset.kind === 'photo' ? 165 : Math.min(outMax.width, 700),
  );
  const minH = Math.max(
    preset.minHeight,
    preset.kind === 'photo' ? 240 : Math.min(outMax.height, 700),
  );
  for (let f = 0.9; f > 0.2; f -= 0.1) {
    const w = Math.round(outMax.width * f);
    const h = preset.aspect ? Math.round(w / preset.aspect) : Math.round(outMax.height * f);
    if (w < minW || h < minH) break;
    rungs.push({ width: w, height: h });
  }
  return rungs;
}

/**
 * Checks the output without decoding it again: byte size, type and magic bytes,
 * the dimensions its own header states (JPEG SOF, PNG IHDR) and a complete
 * stream (a JPEG's end-of-image marker after its scan, a PNG's closing IEND).
 * The bytes are the encoder's own, from a canvas of the chosen size (Chromium's
 * toDataURL/convertToBlob; a MozJPEG result was already decoded for its SSIM):
 * what can go wrong is a truncated or mis-copied buffer or a wrong size, which
 * the headers show. A re-decode cost 5–15 ms per pick (photo bench) for no more.
 */
async function verify(
  file: File,
  size: Size,
  maxBytes: number,
  format: 'jpeg' | 'png',
  written?: Uint8Array,
): Promise<boolean> {
  if (file.size > maxBytes || file.size === 0) return false;
  // The encoder's own bytes when it gave them (the File was made from them), else read back.
  const bytes = written?.length === file.size ? written : new Uint8Array(await file.arrayBuffer());
  if (detectFormat(bytes) !== format) return false;
  const complete =
    format === 'jpeg'
      ? jpegComplete(bytes)
      : bytes.length >= 12 && ascii(bytes, bytes.length - 8, 4) === 'IEND';
  if (!complete) return false;
  const info = readImageInfo(bytes);
  return info.width === size.width && info.height === size.height;
}

const ascii = (bytes: Uint8Array, at: number, length: number) =>
  String.fromCharCode(...bytes.subarray(at, at + length));
