// The orientation we read must be the one Chromium's decoder applies (checked in
// Chromium 2026: only the first EXIF block counts, IFD0, a single SHORT), or the
// decode size asked for has the wrong shape and the photo is squeezed.
import { describe, expect, it } from 'vitest';
import { readImageInfo } from '../../../src/images/format';
import {
  exifOrientationSegment,
  pngWithExif,
  rawPng,
  // @ts-expect-error plain .mjs script without types
} from '../../../scripts/fetch-test-photos.mjs';

const sof = new Uint8Array([
  0xff, 0xc0, 0, 17, 8, 0x09, 0x60, 0x07, 0x08, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1,
]); // 1800×2400
const sos = new Uint8Array([0xff, 0xda, 0, 2]);
const jpeg = (...segments: Uint8Array[]) => {
  const parts = [new Uint8Array([0xff, 0xd8]), ...segments, sof, sos];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};
const exif = (n: number, opts?: { little?: boolean; padding?: number }) =>
  new Uint8Array(exifOrientationSegment(n, opts));
/** The same block with the orientation entry turned into another tag, or into a LONG. */
const retagged = (seg: Uint8Array, tag: number) => {
  const s = seg.slice();
  new DataView(s.buffer).setUint16(4 + 6 + 10, tag);
  return s;
};
const asLong = (seg: Uint8Array) => {
  const s = seg.slice();
  const v = new DataView(s.buffer);
  v.setUint16(4 + 6 + 12, 4);
  v.setUint32(4 + 6 + 18, v.getUint16(4 + 6 + 18));
  return s;
};

describe('EXIF orientation as the decoder reads it', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('orientation %i, both byte orders', (n) => {
    expect(readImageInfo(jpeg(exif(n))).orientation).toBe(n);
    expect(readImageInfo(jpeg(exif(n, { little: true }))).orientation).toBe(n);
  });
  it('a 60 KB EXIF block (maker note) still gives its orientation and the size after it', () => {
    const info = readImageInfo(jpeg(exif(6, { little: true, padding: 60_000 })));
    expect([info.orientation, info.width, info.height]).toEqual([6, 1800, 2400]);
  });
  it('two EXIF blocks: the first one counts', () => {
    expect(readImageInfo(jpeg(exif(6), exif(1))).orientation).toBe(6);
    expect(readImageInfo(jpeg(exif(1), exif(6))).orientation).toBe(1);
  });
  it('a first EXIF block without orientation: a second block is ignored (upright as stored)', () => {
    expect(readImageInfo(jpeg(retagged(exif(1), 0x0110), exif(6))).orientation).toBe(1);
  });
  it('an orientation written as LONG, or outside 1–8, is ignored', () => {
    expect(readImageInfo(jpeg(asLong(exif(6)))).orientation).toBe(1);
    expect(readImageInfo(jpeg(exif(9))).orientation).toBe(1);
  });
});

describe('PNG eXIf orientation (Chromium applies it to PNGs too)', () => {
  const png = rawPng(3, 2, 2, 8, Buffer.alloc((3 * 3 + 1) * 2)) as Uint8Array;
  it('a PNG without eXIf is upright; with eXIf 6 it is turned and its upright size swaps', () => {
    expect(readImageInfo(png).orientation).toBe(1);
    const info = readImageInfo(new Uint8Array(pngWithExif(Buffer.from(png), 6)));
    expect([info.orientation, info.width, info.height]).toEqual([6, 3, 2]);
  });
  it('an EXIF block without a TIFF header is ignored', () => {
    const broken = exif(6).slice();
    broken[4 + 6] = 0x58; // "XI" instead of "II"/"MM"
    expect(readImageInfo(jpeg(broken)).orientation).toBe(1);
  });
});

describe('JPEG colour components (a CMYK JPEG is never handed over as it is)', () => {
  it('reads the frame component count', () => {
    expect(readImageInfo(jpeg()).components).toBe(3);
    const cmyk = jpeg().slice();
    cmyk[2 + 9] = 4; // SOF0 right after SOI: Nf
    expect(readImageInfo(cmyk).components).toBe(4);
  });
});
