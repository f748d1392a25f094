import { describe, expect, it } from 'vitest';
import { jpegComplete } from '../../../src/images/format';

const seg = (marker: number, body: number[]) => [
  0xff,
  marker,
  (body.length + 2) >> 8,
  (body.length + 2) & 255,
  ...body,
];
/** SOI, an APP1 holding a thumbnail's own FF D9, SOF0, SOS header, entropy data (FF 00 stuffing, a restart marker). */
const head = [
  0xff,
  0xd8,
  ...seg(0xe1, [0x45, 0x78, 0xff, 0xd8, 0xff, 0xd9]),
  ...seg(0xc0, [8, 0, 2, 0, 2, 1, 1, 0x11, 0]),
  ...seg(0xda, [1, 1, 0, 0, 63, 0]),
];
const scan = [0x12, 0xff, 0x00, 0x34, 0xd9, 0xff, 0xd0, 0x56, 0xd9];

describe('jpegComplete: a JPEG cut short has no end-of-image marker after its scan', () => {
  it('a whole JPEG', () =>
    expect(jpegComplete(new Uint8Array([...head, ...scan, 0xff, 0xd9]))).toBe(true));
  it('a whole JPEG with data appended after the end (motion photos append a video)', () =>
    expect(
      jpegComplete(
        new Uint8Array([...head, ...scan, 0xff, 0xd9, 0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70]),
      ),
    ).toBe(true));
  it('cut inside the scan, although the EXIF thumbnail before it has an FF D9 and the scan has D9 bytes', () =>
    expect(jpegComplete(new Uint8Array([...head, ...scan]))).toBe(false));
  it('cut inside the headers', () =>
    expect(jpegComplete(new Uint8Array(head.slice(0, 20)))).toBe(false));
  it('not a JPEG, or empty', () => {
    expect(jpegComplete(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBe(false);
    expect(jpegComplete(new Uint8Array())).toBe(false);
  });
});
