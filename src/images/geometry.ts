// Crop and size arithmetic (pure, unit-tested).

export interface Size {
  width: number;
  height: number;
}
export interface Rect extends Size {
  x: number;
  y: number;
}

/** Where the candidate placed the crop: centre as a fraction of the image, zoom ≥ 1. */
export interface CropChoice {
  cx: number;
  cy: number;
  zoom: number;
}
export const CENTRED: CropChoice = { cx: 0.5, cy: 0.5, zoom: 1 };

/** The largest `aspect` (w/h) rectangle inside `source`, shrunk by zoom, centred where asked, kept inside. */
export function cropRect(source: Size, aspect: number, choice: CropChoice = CENTRED): Rect {
  let width = source.width;
  let height = width / aspect;
  if (height > source.height) {
    height = source.height;
    width = height * aspect;
  }
  const zoom = Math.max(1, Math.min(8, choice.zoom || 1));
  width /= zoom;
  height /= zoom;
  const x = clamp(choice.cx * source.width - width / 2, 0, source.width - width);
  const y = clamp(choice.cy * source.height - height / 2, 0, source.height - height);
  return { x, y, width, height };
}

export function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** Fits `size` inside `max` (keeping its aspect), never enlarging. */
export function fitWithin(size: Size, max: Size): Size {
  const s = Math.min(1, max.width / size.width, max.height / size.height);
  return {
    width: Math.max(1, Math.round(size.width * s)),
    height: Math.max(1, Math.round(size.height * s)),
  };
}

/**
 * The sizes of a stepped downscale from `from` to `to`: halve while more than
 * twice the target, then one last step (docs/toolchain.md: one large bilinear
 * step aliases).
 */
export function downscaleSteps(from: Size, to: Size): Size[] {
  const steps: Size[] = [];
  let w = from.width;
  let h = from.height;
  while (
    w / 2 >= to.width * 1.0001 &&
    h / 2 >= to.height * 1.0001 &&
    w > 2 * to.width &&
    h > 2 * to.height
  ) {
    w = Math.round(w / 2);
    h = Math.round(h / 2);
    steps.push({ width: w, height: h });
  }
  steps.push({ width: to.width, height: to.height });
  return steps;
}
