import { describe, expect, it } from 'vitest';
import { ssim } from '../../../src/images/ssim';

function image(width: number, height: number, f: (x: number, y: number) => number) {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = f(x, y);
      data.set([v, v, v, 255], (y * width + x) * 4);
    }
  }
  return { width, height, data };
}

describe('ssim (chooses between two encoders at the same byte cap)', () => {
  const texture = (x: number, y: number) => 128 + 100 * Math.sin(x / 3) * Math.cos(y / 5);
  it('is 1 for identical images', () => {
    const a = image(64, 64, texture);
    expect(ssim(a, a)).toBeCloseTo(1, 6);
  });
  it('drops more for a stronger distortion', () => {
    const a = image(64, 64, texture);
    const slight = image(64, 64, (x, y) => texture(x, y) + ((x * 7 + y * 13) % 5) - 2);
    const heavy = image(64, 64, (x, y) => texture(x, y) + ((x * 7 + y * 13) % 41) - 20);
    const flat = image(64, 64, () => 128);
    expect(ssim(a, slight)).toBeGreaterThan(ssim(a, heavy));
    expect(ssim(a, heavy)).toBeGreaterThan(ssim(a, flat));
    expect(ssim(a, flat)).toBeLessThan(0.2);
  });
});
