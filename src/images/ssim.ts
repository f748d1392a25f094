// Structural similarity on luma (8×8 windows, stride 4): used to pick between
// two encoders' results at the same byte cap (pipeline.ts), pure for tests.

export interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray | Uint8Array;
}

function luma(p: Pixels, w: number, h: number): Float32Array {
  const y = new Float32Array(w * h);
  for (let j = 0; j < h; j++) {
    for (let i = 0; i < w; i++) {
      const k = (j * p.width + i) * 4;
      y[j * w + i] = 0.299 * p.data[k]! + 0.587 * p.data[k + 1]! + 0.114 * p.data[k + 2]!;
    }
  }
  return y;
}

export function ssim(a: Pixels, b: Pixels): number {
  const w = Math.min(a.width, b.width);
  const h = Math.min(a.height, b.height);
  const x = luma(a, w, h);
  const z = luma(b, w, h);
  const C1 = (0.01 * 255) ** 2;
  const C2 = (0.03 * 255) ** 2;
  let sum = 0;
  let n = 0;
  for (let j = 0; j + 8 <= h; j += 4) {
    for (let i = 0; i + 8 <= w; i += 4) {
      let mx = 0;
      let mz = 0;
      for (let v = 0; v < 8; v++) {
        for (let u = 0; u < 8; u++) {
          mx += x[(j + v) * w + i + u]!;
          mz += z[(j + v) * w + i + u]!;
        }
      }
      mx /= 64;
      mz /= 64;
      let vx = 0;
      let vz = 0;
      let cxz = 0;
      for (let v = 0; v < 8; v++) {
        for (let u = 0; u < 8; u++) {
          const p = x[(j + v) * w + i + u]! - mx;
          const q = z[(j + v) * w + i + u]! - mz;
          vx += p * p;
          vz += q * q;
          cxz += p * q;
        }
      }
      vx /= 63;
      vz /= 63;
      cxz /= 63;
      sum += ((2 * mx * mz + C1) * (2 * cxz + C2)) / ((mx * mx + mz * mz + C1) * (vx + vz + C2));
      n++;
    }
  }
  return n ? sum / n : 1;
}
