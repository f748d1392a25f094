import { describe, expect, it } from 'vitest';
import {
  jpegComplete,
  jpegEndInTail,
  leanJpeg,
  readImageInfo,
  readJpegHeaders,
} from '../../../src/images/format';

const seg = (marker: number, body: number[]) => [
  0xff,
  marker,
  (body.length + 2) >> 8,
  (body.length + 2) & 255,
  ...body,
];
/** EXIF (big-endian) with orientation 6 in IFD0. */
const exif6 = [
  ...[0x45, 0x78, 0x69, 0x66, 0, 0],
  ...[0x4d, 0x4d, 0, 42, 0, 0, 0, 8],
  ...[0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0],
  ...[0, 0, 0, 0],
];
const sof = seg(0xc0, [8, 0x0b, 0xb8, 0x0f, 0xa0, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]); // 4000×3000
const sos = seg(0xda, [1, 1, 0, 0, 63, 0]);
const scan = [0x12, 0xff, 0x00, 0x34, 0xd9, 0xff, 0xd0, 0x56];

/** A JPEG with `bulk` bytes of APP2 segments between the EXIF and the SOF. */
function jpeg(bulk: number): Uint8Array {
  const app2: number[] = [];
  for (let n = 0; n < bulk; n += 60_004) app2.push(...seg(0xe2, new Array(60_000).fill(0x20)));
  return new Uint8Array([
    0xff,
    0xd8,
    ...seg(0xe1, exif6),
    ...app2,
    ...sof,
    ...sos,
    ...scan,
    0xff,
    0xd9,
  ]);
}

const reader = (bytes: Uint8Array, log: number[]) => async (offset: number, length: number) => {
  log.push(length);
  return bytes.slice(offset, offset + length);
};

describe('readJpegHeaders: the size and orientation past megabytes of metadata', () => {
  it('finds the SOF after 3 MB of APP2 segments, in a few 1 MB reads past the first block', async () => {
    const bytes = jpeg(3_000_000);
    const log: number[] = [];
    const headers = await readJpegHeaders(
      bytes.subarray(0, 65_536),
      bytes.length,
      reader(bytes, log),
    );
    const info = readImageInfo(headers.bytes);
    expect(info).toMatchObject({ width: 4000, height: 3000, orientation: 6, components: 3 });
    expect(headers.scanData).toBe(bytes.length - scan.length - 2);
    // Past the first 64 KB: windows of 1 MB, not one read per segment (50 of them).
    expect(log.length).toBeLessThanOrEqual(4);
  });

  it('reads nothing more when the headers are inside the first block', async () => {
    const bytes = jpeg(0);
    const log: number[] = [];
    const headers = await readJpegHeaders(bytes, bytes.length, reader(bytes, log));
    expect(log).toEqual([]);
    expect(readImageInfo(headers.bytes)).toMatchObject({ width: 4000, height: 3000 });
  });
});

describe('leanJpeg: the bytes the DCT-scaled decoder gets', () => {
  const icc = seg(0xe2, [...Array.from('ICC_PROFILE', (c) => c.charCodeAt(0)), 0, 1, 1, 9, 9]);
  const mpf = seg(0xe2, [0x4d, 0x50, 0x46, 0, ...new Array(5000).fill(0x20)]);
  const xmp = seg(0xe1, [...Array.from('http://ns.adobe.com/xap/1.0/', (c) => c.charCodeAt(0)), 0]);
  const file = new Uint8Array([
    0xff,
    0xd8,
    ...seg(0xe1, exif6),
    ...mpf,
    ...icc,
    ...xmp,
    ...sof,
    ...sos,
    ...scan,
    0xff,
    0xd9,
  ]);

  it('drops the MPF and XMP segments, keeps EXIF (orientation), the ICC profile and the scan', async () => {
    const headers = await readJpegHeaders(file, file.length, reader(file, []));
    expect(headers.unread).toHaveLength(2);
    const lean = leanJpeg(file, headers.unread);
    expect(lean.length).toBe(file.length - mpf.length - xmp.length);
    const again = await readJpegHeaders(lean, lean.length, reader(lean, []));
    expect(again.unread).toEqual([]);
    expect(readImageInfo(again.bytes)).toMatchObject({ width: 4000, height: 3000, orientation: 6 });
    // The ICC segment and everything from the SOF on are byte for byte the file's own.
    const text = (b: Uint8Array) => Array.from(b).join(',');
    expect(text(lean)).toContain(text(new Uint8Array(icc)));
    expect(text(lean.subarray(lean.length - sof.length - sos.length - scan.length - 2))).toBe(
      text(file.subarray(file.length - sof.length - sos.length - scan.length - 2)),
    );
    expect(jpegComplete(lean)).toBe(true);
  });

  it('finds nothing to drop in a plain JPEG', async () => {
    const plain = jpeg(0);
    expect((await readJpegHeaders(plain, plain.length, reader(plain, []))).unread).toEqual([]);
  });
});

describe('jpegEndInTail: the end-of-image check on the tail only', () => {
  it('agrees with the whole-file check on a whole and on a cut file', async () => {
    const whole = jpeg(200_000);
    const { scanData } = await readJpegHeaders(whole, whole.length, reader(whole, []));
    const tailStart = whole.length - 1000;
    expect(jpegEndInTail(whole.subarray(tailStart), tailStart, scanData)).toBe(true);
    expect(jpegComplete(whole)).toBe(true);
    const cut = whole.subarray(0, whole.length - 2);
    expect(jpegEndInTail(cut.subarray(tailStart), tailStart, scanData)).toBe(false);
    expect(jpegComplete(cut)).toBe(false);
  });

  it('an FF D9 before the scan (an EXIF thumbnail) does not count', () => {
    const tail = new Uint8Array([0xff, 0xd9, 0x12, 0x34]);
    expect(jpegEndInTail(tail, 100, 200)).toBe(false);
  });
});
