// A light unsharp mask on luma (pure over RGBA pixels, unit-tested): restores the
// detail a large 'high' canvas reduction softens (src/images/pipeline.ts, photo path).
// Luma only, the same offset added to R, G and B: SSIM is measured on luma, and
// sharpened chroma would only cost JPEG bytes.

export interface Pixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/**
 * In place: Y' = Y + amount·(Y − blur(Y)), blur the 3×3 binomial kernel (1 2 1 / 16),
 * edges repeated. amount 0 leaves the pixels unchanged.
 */
export function sharpenLuma(img: Pixels, amount: number): void {
  if (!(amount > 0)) return;
  const { data, width: w, height: h } = img;
  const n = w * h;
  const y = new Float32Array(n);
  for (let i = 0, p = 0; i < n; i++, p += 4)
    y[i] = 0.299 * data[p]! + 0.587 * data[p + 1]! + 0.114 * data[p + 2]!;
  // Horizontal pass (1 2 1), then vertical (1 2 1) with the offset written out.
  const row = new Float32Array(n);
  for (let r = 0; r < h; r++) {
    const o = r * w;
    for (let x = 0; x < w; x++) {
      const left = y[o + (x > 0 ? x - 1 : 0)]!;
      const right = y[o + (x < w - 1 ? x + 1 : x)]!;
      row[o + x] = left + 2 * y[o + x]! + right;
    }
  }
  for (let r = 0; r < h; r++) {
    const up = (r > 0 ? r - 1 : 0) * w;
    const o = r * w;
    const down = (r < h - 1 ? r + 1 : r) * w;
    for (let x = 0; x < w; x++) {
      const blur = (row[up + x]! + 2 * row[o + x]! + row[down + x]!) / 16;
      const d = amount * (y[o + x]! - blur);
      const p = (o + x) * 4;
      // Uint8ClampedArray rounds and clamps to 0–255.
      data[p] = data[p]! + d;
      data[p + 1] = data[p + 1]! + d;
      data[p + 2] = data[p + 2]! + d;
    }
  }
}
