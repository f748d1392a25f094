// Format detection and header reading from the bytes, never from the file name
//: a phone's "IMG_0001.JPG" may be HEIC, a renamed text file
// is not a photo. Pure: no DOM, runs in Node for the unit tests.

export type ImageFormat = 'jpeg' | 'png' | 'gif' | 'webp' | 'bmp' | 'heic' | 'avif' | 'unknown';

const ascii = (b: Uint8Array, from: number, len: number) =>
  String.fromCharCode(...b.subarray(from, Math.min(b.length, from + len)));

/** ISO-BMFF brands of HEIF stills (iPhone photos and friends). */
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

export function detectFormat(bytes: Uint8Array): ImageFormat {
  const b = bytes;
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 8 && ascii(b, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (b.length >= 6 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a')) return 'gif';
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return 'webp';
  if (
    b.length >= 14 &&
    ascii(b, 0, 2) === 'BM' &&
    b[6] === 0 &&
    b[7] === 0 &&
    b[8] === 0 &&
    b[9] === 0
  )
    return 'bmp';
  if (b.length >= 16 && ascii(b, 4, 4) === 'ftyp') {
    const size = ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0;
    const end = Math.min(b.length, Math.max(16, size));
    const brands = [ascii(b, 8, 4)];
    for (let i = 16; i + 4 <= end; i += 4) brands.push(ascii(b, i, 4));
    if (brands.includes('avif') || brands.includes('avis')) return 'avif';
    if (brands.some((brand) => HEIF_BRANDS.has(brand))) return 'heic';
  }
  return 'unknown';
}

/** Formats Chromium's own decoder reads. */
export const BROWSER_DECODABLE: ReadonlySet<ImageFormat> = new Set([
  'jpeg',
  'png',
  'gif',
  'webp',
  'bmp',
  'avif',
]);

export interface ImageInfo {
  format: ImageFormat;
  /** Stored pixel size (before EXIF orientation), when the header says. */
  width?: number;
  height?: number;
  /** EXIF orientation 1–8 (1 when absent). */
  orientation: number;
  /** JPEG: colour components of the frame (1 grey, 3 YCbCr/RGB, 4 CMYK/YCCK). */
  components?: number;
  /** EXIF DateTimeOriginal (or DateTime) as a UTC-less local date, when present. */
  dateTaken?: Date;
}

/** Size as displayed: orientations 5–8 swap width and height. */
export function orientedSize(info: ImageInfo): { width: number; height: number } | undefined {
  if (!info.width || !info.height) return undefined;
  return info.orientation >= 5 && info.orientation <= 8
    ? { width: info.height, height: info.width }
    : { width: info.width, height: info.height };
}

export function readImageInfo(bytes: Uint8Array): ImageInfo {
  const format = detectFormat(bytes);
  const info: ImageInfo = { format, orientation: 1 };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (format === 'png' && bytes.length >= 24 && ascii(bytes, 12, 4) === 'IHDR') {
    info.width = view.getUint32(16);
    info.height = view.getUint32(20);
    readPngExif(bytes, view, info);
  } else if (format === 'jpeg') {
    readJpeg(bytes, view, info);
  } else if (format === 'gif' && bytes.length >= 10) {
    info.width = view.getUint16(6, true);
    info.height = view.getUint16(8, true);
  }
  return info;
}

function readJpeg(bytes: Uint8Array, view: DataView, info: ImageInfo): void {
  let i = 2;
  // Chromium's decoder reads the orientation from the FIRST EXIF block only (IFD0, a
  // single SHORT; a later block or a LONG value is ignored: checked in Chromium). Ours
  // must say the same, or the decode size we ask for has the wrong shape and the photo
  // comes out squeezed (two EXIF blocks: editors often add one and keep the camera's).
  let firstExif = true;
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) {
      i++;
      continue;
    }
    const marker = bytes[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return; // end of image / start of scan: no more headers
    const length = view.getUint16(i + 2);
    const start = i + 4;
    if (marker === 0xe1 && ascii(bytes, start, 6) === 'Exif\0\0') {
      readExif(view, start + 6, Math.min(bytes.length, start + length - 2), info, firstExif);
      firstExif = false;
    }
    // SOF0–SOF15 except DHT (C4), JPG (C8), DAC (CC).
    if (
      marker >= 0xc0 &&
      marker <= 0xcf &&
      marker !== 0xc4 &&
      marker !== 0xc8 &&
      marker !== 0xcc &&
      start + 5 <= bytes.length
    ) {
      info.height = view.getUint16(start + 1);
      info.width = view.getUint16(start + 3);
      if (start + 6 <= bytes.length) info.components = bytes[start + 5];
    }
    i = start + length - 2;
  }
}

/**
 * A PNG's eXIf chunk before the image data: Chromium applies its orientation to
 * PNGs too (checked: a 1800×2400 PNG with eXIf 6 decodes as 2400×1800), so the
 * decode size must be asked for in that shape.
 */
function readPngExif(bytes: Uint8Array, view: DataView, info: ImageInfo): void {
  let i = 8;
  while (i + 12 <= bytes.length) {
    const length = view.getUint32(i);
    const type = ascii(bytes, i + 4, 4);
    if (type === 'IDAT' || type === 'IEND') return;
    if (type === 'eXIf') {
      readExif(view, i + 8, Math.min(bytes.length, i + 8 + length), info, true);
      return;
    }
    i += 12 + length;
  }
}

/** Reads one EXIF block: its date, and its orientation when `takeOrientation` (the first block). */
function readExif(
  view: DataView,
  tiff: number,
  end: number,
  info: ImageInfo,
  takeOrientation: boolean,
): void {
  let orientation: number | undefined;
  try {
    // A TIFF header ("II*\0" or "MM\0*") or nothing: the decoder checks it too.
    const order = view.getUint16(tiff);
    if ((order !== 0x4949 && order !== 0x4d4d) || view.getUint16(tiff + 2, order === 0x4949) !== 42)
      return;
    const little = order === 0x4949;
    const u16 = (o: number) => view.getUint16(tiff + o, little);
    const u32 = (o: number) => view.getUint32(tiff + o, little);
    const readString = (entry: number) => {
      const count = u32(entry + 4);
      const at = count > 4 ? u32(entry + 8) : entry + 8;
      let s = '';
      for (let k = 0; k < count - 1 && tiff + at + k < end; k++)
        s += String.fromCharCode(view.getUint8(tiff + at + k));
      return s;
    };
    let dateTime: string | undefined;
    let dateOriginal: string | undefined;
    const walk = (ifd: number, depth: number) => {
      if (depth > 2 || tiff + ifd + 2 > end) return;
      const n = u16(ifd);
      for (let k = 0; k < n; k++) {
        const entry = ifd + 2 + k * 12;
        if (tiff + entry + 12 > end) return;
        const tag = u16(entry);
        // Orientation counts in IFD0 only, as a single SHORT (what the decoder reads).
        if (tag === 0x0112 && depth === 0 && u16(entry + 2) === 3 && u32(entry + 4) === 1)
          orientation = u16(entry + 8);
        else if (tag === 0x0132) dateTime = readString(entry);
        else if (tag === 0x9003) dateOriginal = readString(entry);
        else if (tag === 0x8769) walk(u32(entry + 8), depth + 1);
      }
    };
    walk(u32(4), 0);
    const date = parseExifDate(dateOriginal ?? dateTime);
    if (date && !info.dateTaken) info.dateTaken = date;
  } catch {
    // A broken EXIF block only loses the hints after the break.
  }
  // Values outside 1–8 are ignored by the decoder: upright.
  if (takeOrientation && orientation !== undefined)
    info.orientation = orientation >= 1 && orientation <= 8 ? orientation : 1;
}

export function parseExifDate(s: string | undefined): Date | undefined {
  const m = s?.match(/^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/);
  if (!m) return undefined;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
  return Number.isNaN(d.getTime()) || +m[1]! < 1990 ? undefined : d;
}

/**
 * Whether a JPEG's bytes reach an end-of-image marker (FF D9) after its first
 * start-of-scan. Inside entropy-coded data an FF byte is always followed by 00
 * or a restart marker, so FF D9 after the scan can only be the real end (or
 * data appended after it, as motion photos append a video). A truncated file
 * has none. Markers before the scan (an EXIF thumbnail's own FF D9) are skipped
 * by walking the segments.
 */
export function jpegComplete(bytes: Uint8Array): boolean {
  if (detectFormat(bytes) !== 'jpeg') return false;
  let i = 2;
  let scan = -1;
  while (i + 4 <= bytes.length) {
    // Stray bytes between segments: skipped, as decoders do (readJpeg above too).
    if (bytes[i] !== 0xff) {
      i++;
      continue;
    }
    const marker = bytes[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    if (marker === 0xd9) return false; // end before any scan: no picture
    const length = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    if (marker === 0xda) {
      scan = i + 2 + length;
      break;
    }
    i += 2 + length;
  }
  if (scan < 0 || scan > bytes.length) return false;
  let at = bytes.length;
  while (at > scan) {
    const d9 = bytes.lastIndexOf(0xd9, at - 1);
    if (d9 <= scan) return false;
    if (bytes[d9 - 1] === 0xff) return true;
    at = d9;
  }
  return false;
}

/** Where a JPEG's headers end: the first start-of-scan segment's offset and the offset after its header. */
export interface JpegHeaders {
  /** SOI + the EXIF and SOF segments found, in file order (what readImageInfo needs). */
  bytes: Uint8Array;
  /** File offset just after the SOS header: the entropy-coded data starts here (-1: none found). */
  scanData: number;
  /**
   * [start, end) of the APPn segments before the scan that no decoder reads for the
   * pixels (MPF previews, XMP, Photoshop blocks…): everything but JFIF, EXIF, the ICC
   * profile and Adobe's colour transform. leanJpeg drops them.
   */
  unread: [number, number][];
}

/** APPn identifiers whose segments change the decoded pixels (orientation, colour) or are JFIF. */
const PIXEL_APPS: [number, string][] = [
  [0xe0, 'JFIF'],
  [0xe1, 'Exif'],
  [0xe2, 'ICC_PROFILE'],
  [0xee, 'Adobe'],
];

const WINDOW = 1024 * 1024;

/** APP1 (EXIF), SOF0–SOF15 except DHT, JPG, DAC: the segments readImageInfo reads. */
const keepSegment = (marker: number) =>
  marker === 0xe1 ||
  (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc);

/**
 * Walks a JPEG's segments from the start to its first scan, reading past `head`
 * (the bytes already read) in 1 MB windows, keeping the EXIF and SOF segments.
 * A phone JPEG may carry megabytes of previews and depth
 * maps (APP2 MPF) before its size marker: the walk skips them instead of
 * reading a fixed amount and giving up.
 */
export async function readJpegHeaders(
  head: Uint8Array,
  total: number,
  read: (offset: number, length: number) => Promise<Uint8Array>,
): Promise<JpegHeaders> {
  // Past `head`, reads go in windows of WINDOW bytes: one read per ~16 segments of 64 KB
  // (a blob read has a fixed cost; a 7 MB preview block then costs 8 reads, not 113).
  let window = head;
  let windowStart = 0;
  const at = async (offset: number, length: number): Promise<Uint8Array> => {
    if (offset >= windowStart && offset + length <= windowStart + window.length)
      return window.subarray(offset - windowStart, offset - windowStart + length);
    const want = Math.min(Math.max(length, WINDOW), total - offset);
    window = await read(offset, want);
    windowStart = offset;
    return window.subarray(0, Math.min(length, window.length));
  };
  const parts: Uint8Array[] = [new Uint8Array([0xff, 0xd8])];
  let i = 2;
  let scanData = -1;
  const unread: [number, number][] = [];
  // A stray byte between segments is skipped one at a time (as decoders do), only inside `head`.
  for (let guard = 0; i + 4 <= total && guard < 100_000; guard++) {
    const h = await at(i, 4);
    if (h.length < 4) break;
    if (h[0] !== 0xff) {
      i++;
      continue;
    }
    const marker = h[1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    if (marker === 0xd9) break;
    const length = (h[2]! << 8) | h[3]!;
    if (marker === 0xda) {
      scanData = i + 2 + length;
      break;
    }
    if (keepSegment(marker)) parts.push(await at(i, 2 + length));
    if (marker >= 0xe0 && marker <= 0xef && length > 2) {
      const id = await at(i + 4, Math.min(12, length - 2));
      const name = String.fromCharCode(...id);
      if (!PIXEL_APPS.some(([m, n]) => m === marker && name.startsWith(n)))
        unread.push([i, i + 2 + length]);
    }
    i += 2 + length;
  }
  const size = parts.reduce((n, p) => n + p.length, 0);
  const bytes = new Uint8Array(size);
  let o = 0;
  for (const p of parts) {
    bytes.set(p, o);
    o += p.length;
  }
  return { bytes, scanData, unread };
}

/**
 * The JPEG without its `unread` segments (readJpegHeaders), for the decoder: Chromium's
 * decoder keeps every APP2 segment it passes (it looks for an ICC profile among them),
 * so 7 MB of MPF previews before the size marker cost a 12 MP photo's DCT-scaled
 * decode 20–30 ms more (photo bench, phone-12mp-bigmeta.jpg). A copy.
 */
export function leanJpeg(bytes: Uint8Array, unread: [number, number][]): Uint8Array<ArrayBuffer> {
  const dropped = unread.reduce((n, [a, b]) => n + (b - a), 0);
  const out = new Uint8Array(bytes.length - dropped);
  let from = 0;
  let o = 0;
  for (const [a, b] of unread) {
    out.set(bytes.subarray(from, a), o);
    o += a - from;
    from = b;
  }
  out.set(bytes.subarray(from), o);
  return out;
}

/**
 * The end-of-image check on the file's tail only: an FF D9 in `tail` (which
 * starts at file offset `tailStart`) after the entropy data began at
 * `scanData` (see jpegComplete for why any such FF D9 is the end). False means
 * "not found here": the caller reads the whole file (data appended after the
 * end, as motion photos append a video, can be long).
 */
export function jpegEndInTail(tail: Uint8Array, tailStart: number, scanData: number): boolean {
  if (scanData < 0) return false;
  let at = tail.length;
  while (at > 0) {
    const d9 = tail.lastIndexOf(0xd9, at - 1);
    if (d9 < 1 || tailStart + d9 - 1 < scanData) return false;
    if (tail[d9 - 1] === 0xff) return true;
    at = d9;
  }
  return false;
}

/**
 * The byte length of padded base64 text (a data URL's payload), without decoding it: the
 * JPEG search needs each try's size only (src/images/pipeline.ts jpegEncoder).
 */
export function base64ByteLength(b64: string): number {
  const pad = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0;
  return (b64.length / 4) * 3 - pad;
}
