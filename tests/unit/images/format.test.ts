import { describe, expect, it } from 'vitest';
import { detectFormat, orientedSize, readImageInfo } from '../../../src/images/format';
// @ts-expect-error plain .mjs script without types
import { exifSegment } from '../../../scripts/fetch-test-photos.mjs';

const bytes = (...parts: (number[] | string | Uint8Array)[]) =>
  new Uint8Array(
    parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : [...p])),
  );

/** A JPEG header: SOI, optional segments, SOF0 with the given size, then SOS. */
function jpeg(width: number, height: number, ...segments: Uint8Array[]): Uint8Array {
  const sof = [
    0xff,
    0xc0,
    0,
    17,
    8,
    height >> 8,
    height & 255,
    width >> 8,
    width & 255,
    3,
    1,
    0x22,
    0,
    2,
    0x11,
    1,
    3,
    0x11,
    1,
  ];
  return bytes([0xff, 0xd8], ...segments, sof, [0xff, 0xda, 0, 2], [1, 2, 3]);
}

/** A little-endian ("II") EXIF block with only Orientation, as many Android phones write it. */
function exifLittle(orientation: number): Uint8Array {
  const tiff = [
    0x49,
    0x49,
    42,
    0,
    8,
    0,
    0,
    0,
    1,
    0,
    0x12,
    0x01,
    3,
    0,
    1,
    0,
    0,
    0,
    orientation,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
  ];
  const body = [...bytes('Exif\0\0'), ...tiff];
  const len = body.length + 2;
  return bytes([0xff, 0xe1, len >> 8, len & 255], body);
}

describe('detectFormat reads the bytes, not the name', () => {
  it.each([
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16])],
    ['png', bytes('\x89PNG\r\n\x1a\n', [0, 0, 0, 13], 'IHDR')],
    ['gif', bytes('GIF89a', [1, 0, 1, 0])],
    ['webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')],
    ['bmp', bytes('BM', [0x36, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0])],
    ['heic', bytes([0, 0, 0, 24], 'ftypheic', [0, 0, 0, 0], 'mif1heic')],
    ['heic', bytes([0, 0, 0, 24], 'ftypmif1', [0, 0, 0, 0], 'mif1miaf')],
    ['avif', bytes([0, 0, 0, 28], 'ftypavif', [0, 0, 0, 0], 'avifmif1miaf')],
    ['unknown', bytes('This is a text file renamed to .jpg')],
    ['unknown', bytes([0xff, 0xd8])],
    ['unknown', new Uint8Array()],
    ['unknown', bytes([0, 0, 0, 24], 'ftypmp42', [0, 0, 0, 0], 'isommp42')],
  ])('%s', (format, b) => {
    expect(detectFormat(b)).toBe(format);
  });
});

describe('readImageInfo', () => {
  it('reads the SOF size of a JPEG without EXIF as orientation 1', () => {
    const info = readImageInfo(jpeg(4032, 3024));
    expect(info).toMatchObject({ format: 'jpeg', width: 4032, height: 3024, orientation: 1 });
    expect(info.dateTaken).toBeUndefined();
  });

  it('reads big-endian EXIF orientation 6 and DateTimeOriginal; the upright size swaps', () => {
    const exif = new Uint8Array(exifSegment(6, '2025:03:04 05:06:07'));
    const info = readImageInfo(jpeg(4032, 3024, exif));
    expect(info.orientation).toBe(6);
    expect(info.dateTaken?.toISOString()).toBe('2025-03-04T05:06:07.000Z');
    expect(orientedSize(info)).toEqual({ width: 3024, height: 4032 });
  });

  it('reads little-endian EXIF orientation 8', () => {
    const info = readImageInfo(jpeg(800, 600, exifLittle(8)));
    expect(info.orientation).toBe(8);
    expect(orientedSize(info)).toEqual({ width: 600, height: 800 });
  });

  it('orientation 3 keeps the size; out-of-range orientation reads as 1', () => {
    expect(orientedSize(readImageInfo(jpeg(800, 600, exifLittle(3))))).toEqual({
      width: 800,
      height: 600,
    });
    expect(readImageInfo(jpeg(800, 600, exifLittle(42))).orientation).toBe(1);
  });

  it('a truncated EXIF block does not throw', () => {
    const exif = new Uint8Array(exifSegment(6, '2025:03:04 05:06:07')).slice(0, 30);
    expect(() => readImageInfo(bytes([0xff, 0xd8], exif))).not.toThrow();
  });

  it('reads the PNG IHDR size', () => {
    const png = bytes(
      '\x89PNG\r\n\x1a\n',
      [0, 0, 0, 13],
      'IHDR',
      [0, 0, 3, 0x84, 0, 0, 4, 0xb0],
      [8, 6, 0, 0, 0],
    );
    expect(readImageInfo(png)).toMatchObject({
      format: 'png',
      width: 900,
      height: 1200,
      orientation: 1,
    });
  });
});
