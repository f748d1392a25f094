import { describe, expect, it } from 'vitest';
import { sharpenLuma } from '../../../src/images/sharpen';

function image(width: number, height: number, f: (x: number, y: number) => number[]) {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) data.set([...f(x, y), 255], (y * width + x) * 4);
  return { width, height, data };
}
const px = (img: ReturnType<typeof image>, x: number, y: number) =>
  Array.from(img.data.subarray((y * img.width + x) * 4, (y * img.width + x) * 4 + 4));

describe('sharpenLuma (the unsharp mask after a large photo reduction)', () => {
  it('leaves a flat colour and an amount of 0 unchanged', () => {
    const flat = image(8, 8, () => [200, 120, 40]);
    sharpenLuma(flat, 0.5);
    expect(px(flat, 3, 4)).toEqual([200, 120, 40, 255]);
    expect(px(flat, 0, 0)).toEqual([200, 120, 40, 255]);
    const edge = image(8, 8, (x) => (x < 4 ? [50, 50, 50] : [150, 150, 150]));
    const before = Array.from(edge.data);
    sharpenLuma(edge, 0);
    expect(Array.from(edge.data)).toEqual(before);
  });

  it('steepens an edge on both sides and keeps the pixels away from it', () => {
    const edge = image(8, 4, (x) => (x < 4 ? [50, 50, 50] : [150, 150, 150]));
    sharpenLuma(edge, 0.2);
    // Next to the edge: blur is 75 on the dark side, 125 on the light side → 50 − 5, 150 + 5.
    expect(px(edge, 3, 1)).toEqual([45, 45, 45, 255]);
    expect(px(edge, 4, 1)).toEqual([155, 155, 155, 255]);
    expect(px(edge, 1, 1)).toEqual([50, 50, 50, 255]);
    expect(px(edge, 6, 1)).toEqual([150, 150, 150, 255]);
  });

  it('adds the same offset to R, G and B (chroma untouched) and clamps to 0–255', () => {
    const edge = image(6, 3, (x) => (x < 3 ? [10, 0, 0] : [240, 100, 150]));
    sharpenLuma(edge, 1);
    const [r, g, b] = px(edge, 3, 1);
    expect(r).toBe(255);
    expect(b! - g!).toBe(50);
    const [r0, g0, b0] = px(edge, 2, 1);
    expect([r0, g0, b0]).toEqual([0, 0, 0]);
  });
});
