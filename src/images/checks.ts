// Checks on the photo itself, shown as warnings before upload (R-PHOTO: colour photo on white, taken within 6 months).
import type { LocalText } from '../rules/types';
import type { Size } from './geometry';

export interface PhotoWarning {
  code: 'small' | 'landscape' | 'shape' | 'background' | 'old';
  message: LocalText;
}

/** 近期 = within 6 months (R-PHOTO). */
const SIX_MONTHS_MS = 183 * 86_400_000;

export function checkDate(taken: Date | undefined, now: Date): PhotoWarning | undefined {
  if (!taken || now.getTime() - taken.getTime() <= SIX_MONTHS_MS) return undefined;
  const date = taken.toISOString().slice(0, 10);
  return {
    code: 'old',
    message: {
      zh: `照片拍摄于 ${date}，超过 6 个月；报名要求近期（6 个月内）照片。`,
      en:
        `The photo was taken on ${date}, more than 6 months ago; the platform asks for a recent photo ` +
        `(within 6 months).`,
    },
  };
}

/** Share of near-white pixels: bright and nearly grey. */
export function whiteShare(rgba: Uint8ClampedArray): number {
  let white = 0;
  const n = rgba.length / 4;
  for (let i = 0; i < rgba.length; i += 4) {
    const r = rgba[i]!;
    const g = rgba[i + 1]!;
    const b = rgba[i + 2]!;
    if (Math.min(r, g, b) >= 195 && Math.max(r, g, b) - Math.min(r, g, b) <= 35) white++;
  }
  return n ? white / n : 1;
}

/**
 * The background is what shows along the top and the upper sides of a portrait
 * (the shoulders fill the bottom): most of that border should be near white.
 */
export function borderSample(
  get: (x: number, y: number, w: number, h: number) => Uint8ClampedArray,
  size: Size,
): number {
  const bw = Math.max(2, Math.round(size.width * 0.06));
  const bh = Math.max(2, Math.round(size.height * 0.05));
  const sideH = Math.round(size.height * 0.55);
  const top = get(0, 0, size.width, bh);
  const left = get(0, bh, bw, sideH);
  const right = get(size.width - bw, bh, bw, sideH);
  const total = top.length + left.length + right.length;
  return (
    (whiteShare(top) * top.length +
      whiteShare(left) * left.length +
      whiteShare(right) * right.length) /
    total
  );
}

/** A rectangle of RGBA pixels, copied out of a whole image's (what getImageData of it returns). */
export function regionOf(
  img: { data: Uint8ClampedArray; width: number },
  x: number,
  y: number,
  w: number,
  h: number,
): Uint8ClampedArray {
  const out = new Uint8ClampedArray(w * h * 4);
  for (let r = 0; r < h; r++) {
    const from = ((y + r) * img.width + x) * 4;
    out.set(img.data.subarray(from, from + w * 4), r * w * 4);
  }
  return out;
}

/**
 * The background warning, read from the canvas, or from its pixels where the
 * caller has them already (the photo path reads them once for the unsharp mask).
 */
export function checkBorderWhite(
  source: OffscreenCanvasRenderingContext2D | ImageData,
  size: Size,
): PhotoWarning | undefined {
  const share = borderSample(
    'data' in source
      ? (x, y, w, h) => regionOf(source, x, y, w, h)
      : (x, y, w, h) => source.getImageData(x, y, w, h).data,
    size,
  );
  if (share >= 0.6) return undefined;
  return {
    code: 'background',
    message: {
      zh: '背景看起来不是白色。报名照片要求白色背景的彩色正面免冠照片，请在白墙前重新拍摄。',
      en:
        'The background does not look white. The platform asks for a colour photo on a white background; ' +
        'retake it in front of a white wall.',
    },
  };
}
