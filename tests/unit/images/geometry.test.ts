import { describe, expect, it } from 'vitest';
import { cropRect, downscaleSteps, fitWithin } from '../../../src/images/geometry';
import { PRESETS, resolvePhotoPreset } from '../../../src/images/presets';
import {
  borderSample,
  checkBorderWhite,
  checkDate,
  regionOf,
  whiteShare,
} from '../../../src/images/checks';

describe('cropRect 33:48', () => {
  const aspect = 33 / 48;
  it('centres the largest 33:48 rectangle in a 3:4 portrait', () => {
    const r = cropRect({ width: 3024, height: 4032 }, aspect);
    expect(r.height).toBe(4032);
    expect(r.width).toBeCloseTo(2772, 0);
    expect(r.x).toBeCloseTo(126, 0);
    expect(r.y).toBe(0);
  });
  it('takes the middle of a landscape photo', () => {
    const r = cropRect({ width: 2560, height: 1600 }, aspect);
    expect(r.height).toBe(1600);
    expect(r.x).toBeCloseTo((2560 - 1100) / 2, 0);
  });
  it('moves and zooms as asked, but stays inside the image', () => {
    const r = cropRect({ width: 3000, height: 4000 }, aspect, { cx: 0, cy: 0.2, zoom: 2 });
    expect(r.x).toBe(0);
    expect(r.width).toBeCloseTo(1375, 0);
    // centre 800 px from the top with a 2000 px tall crop would start above the image: clamped to 0
    expect(r.y).toBe(0);
    const far = cropRect({ width: 3000, height: 4000 }, aspect, { cx: 5, cy: 5, zoom: 1.5 });
    expect(far.x + far.width).toBeCloseTo(3000, 5);
    expect(far.y + far.height).toBeCloseTo(4000, 5);
  });
});

describe('downscaleSteps never does one large step', () => {
  it('halves 3024 → 390 as 1512, 756, then 390', () => {
    expect(
      downscaleSteps({ width: 3024, height: 4400 }, { width: 390, height: 567 }).map(
        (s) => s.width,
      ),
    ).toEqual([1512, 756, 390]);
  });
  it('every step is at most 2× smaller', () => {
    const steps = downscaleSteps({ width: 6000, height: 8727 }, { width: 390, height: 567 });
    let prev = 6000;
    for (const s of steps) {
      expect(prev / s.width).toBeLessThanOrEqual(2.01);
      prev = s.width;
    }
    expect(steps.at(-1)).toEqual({ width: 390, height: 567 });
  });
  it('fitWithin never enlarges', () => {
    expect(fitWithin({ width: 100, height: 50 }, { width: 2400, height: 2400 })).toEqual({
      width: 100,
      height: 50,
    });
    expect(fitWithin({ width: 4800, height: 3600 }, { width: 2400, height: 2400 })).toEqual({
      width: 2400,
      height: 1800,
    });
  });
});

describe('presets', () => {
  it('default follows the rule set: guide 40,000 bytes, notice < 30 KB with 190×254 minimum', () => {
    expect(resolvePhotoPreset('ruleSet', 'guide-2014').maxBytes).toBe(40_000);
    expect(resolvePhotoPreset(undefined, undefined).id).toBe('guide');
    const notice = resolvePhotoPreset('ruleSet', 'notice-2022');
    expect(notice.maxBytes).toBeLessThan(30_000);
    expect([notice.minWidth, notice.minHeight]).toEqual([190, 254]);
    expect(resolvePhotoPreset('notice', 'guide-2014').id).toBe('notice');
    expect(resolvePhotoPreset('bogus', 'guide-2014').id).toBe('guide');
    expect(PRESETS.material).toMatchObject({ maxBytes: 200_000, formats: ['jpeg', 'png'] });
  });
});

describe('photo checks', () => {
  const now = new Date('2026-11-22T00:00:00Z');
  it('warns when the EXIF date is older than 6 months, not when recent or absent', () => {
    expect(checkDate(new Date('2026-01-10T00:00:00Z'), now)?.code).toBe('old');
    expect(checkDate(new Date('2026-08-01T00:00:00Z'), now)).toBeUndefined();
    expect(checkDate(undefined, now)).toBeUndefined();
  });
  it('whiteShare counts bright, nearly grey pixels', () => {
    const px = new Uint8ClampedArray([
      255, 255, 255, 255, 250, 245, 240, 255, 200, 40, 40, 255, 30, 30, 30, 255,
    ]);
    expect(whiteShare(px)).toBe(0.5);
  });
  it('borderSample looks at the top and upper sides', () => {
    const size = { width: 100, height: 140 };
    const white = (_x: number, _y: number, w: number, h: number) =>
      new Uint8ClampedArray(w * h * 4).fill(255);
    expect(borderSample(white, size)).toBe(1);
    const blue = (_x: number, _y: number, w: number, h: number) => {
      const a = new Uint8ClampedArray(w * h * 4);
      for (let i = 0; i < a.length; i += 4) a.set([30, 60, 200, 255], i);
      return a;
    };
    expect(borderSample(blue, size)).toBe(0);
  });
  it('regionOf copies a rectangle out of whole-image pixels, row by row', () => {
    // 4×3 image whose pixel (x, y) has red = 10·y + x.
    const width = 4;
    const data = new Uint8ClampedArray(width * 3 * 4);
    for (let y = 0; y < 3; y++)
      for (let x = 0; x < width; x++) data[(y * width + x) * 4] = 10 * y + x;
    const reds = (a: Uint8ClampedArray) => Array.from(a).filter((_, i) => i % 4 === 0);
    expect(reds(regionOf({ data, width }, 1, 1, 2, 2))).toEqual([11, 12, 21, 22]);
    expect(reds(regionOf({ data, width }, 3, 0, 1, 3))).toEqual([3, 13, 23]);
  });
  it('checkBorderWhite warns from pixels already read: blue wall yes, white wall no', () => {
    const size = { width: 100, height: 140 };
    const image = (rgb: number[]) => {
      const data = new Uint8ClampedArray(size.width * size.height * 4);
      for (let i = 0; i < data.length; i += 4) data.set([...rgb, 255], i);
      // A dark subject in the middle, away from the sampled border.
      for (let y = 30; y < 140; y++)
        for (let x = 20; x < 80; x++) data.set([40, 30, 20, 255], (y * size.width + x) * 4);
      return { data, ...size, colorSpace: 'srgb' } as ImageData;
    };
    expect(checkBorderWhite(image([250, 250, 248]), size)).toBeUndefined();
    expect(checkBorderWhite(image([30, 60, 200]), size)?.code).toBe('background');
  });
});
