// Real photographs for the photo tests and the bench, taken at test time from a
// Debian package (never committed: issue 5 item 6), plus phone-like cases
// derived from them with Chromium itself: 12 MP and 48 MP JPEGs, an EXIF-rotated
// (orientation 6) 12 MP photo with coloured corners to check uprightness by
// pixel content, a PNG with transparency, a tiny image, a non-image renamed
// .jpg and a HEIC (heif-enc from libheif-examples when it installs).
//
// Idempotent and cached in tests/.cache/photos (gitignored). Works on a fresh
// machine as root (CI): apt-get download needs no root, apt-get install does.
// Usage: node scripts/fetch-test-photos.mjs   (or import { fetchTestPhotos })
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const PHOTO_DIR = path.resolve('tests/.cache/photos');
const VERSION = 5;
const PACKAGE = 'plasma-workspace-wallpapers';
/** KDE's classic photographic wallpapers (real photos, 2560×1600). */
const REAL = ['Autumn', 'BytheWater', 'ColdRipple', 'ColorfulCups', 'DarkestHour', 'EveningGlow', 'FallenLeaf', 'Kite', 'OneStandsOut', 'Path'];

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };

function sh(cmd, args, opts = {}) {
  return execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env, ...opts });
}

function downloadPackage(dir) {
  const existing = readdirSync(dir).find((f) => f.startsWith(PACKAGE) && f.endsWith('.deb'));
  if (existing) return path.join(dir, existing);
  try {
    sh('apt-get', ['download', PACKAGE], { cwd: dir });
  } catch {
    // Fresh machine: the package lists may be empty.
    if (isRoot()) sh('apt-get', ['update', '-qq']);
    sh('apt-get', ['download', PACKAGE], { cwd: dir });
  }
  const deb = readdirSync(dir).find((f) => f.startsWith(PACKAGE) && f.endsWith('.deb'));
  if (!deb) throw new Error(`apt-get download ${PACKAGE} produced no .deb`);
  return path.join(dir, deb);
}

/** An EXIF APP1 segment with Orientation and DateTimeOriginal (big-endian TIFF). */
export function exifSegment(orientation, dateTimeOriginal) {
  const date = Buffer.from(`${dateTimeOriginal}\0`, 'ascii'); // 20 bytes "YYYY:MM:DD HH:MM:SS\0"
  const tiff = Buffer.alloc(8 + 2 + 2 * 12 + 4 + 2 + 12 + 4 + date.length);
  let o = 0;
  tiff.write('MM', 0, 'ascii');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  o = 8;
  tiff.writeUInt16BE(2, o); // IFD0 entries
  o += 2;
  tiff.writeUInt16BE(0x0112, o); // Orientation
  tiff.writeUInt16BE(3, o + 2); // SHORT
  tiff.writeUInt32BE(1, o + 4);
  tiff.writeUInt16BE(orientation, o + 8);
  o += 12;
  const exifIfd = 8 + 2 + 2 * 12 + 4;
  tiff.writeUInt16BE(0x8769, o); // ExifIFDPointer
  tiff.writeUInt16BE(4, o + 2); // LONG
  tiff.writeUInt32BE(1, o + 4);
  tiff.writeUInt32BE(exifIfd, o + 8);
  o += 12;
  tiff.writeUInt32BE(0, o); // no next IFD
  o = exifIfd;
  tiff.writeUInt16BE(1, o);
  o += 2;
  const dateOffset = exifIfd + 2 + 12 + 4;
  tiff.writeUInt16BE(0x9003, o); // DateTimeOriginal
  tiff.writeUInt16BE(2, o + 2); // ASCII
  tiff.writeUInt32BE(date.length, o + 4);
  tiff.writeUInt32BE(dateOffset, o + 8);
  o += 12;
  tiff.writeUInt32BE(0, o);
  date.copy(tiff, dateOffset);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'binary'), tiff]);
  const head = Buffer.alloc(4);
  head.writeUInt16BE(0xffe1, 0);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
}

/** Inserts an APP1 segment right after SOI, as phones write it. */
export function withExif(jpeg, orientation, date) {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('not a JPEG');
  return Buffer.concat([jpeg.subarray(0, 2), exifSegment(orientation, date), jpeg.subarray(2)]);
}

function exifDate(d) {
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}:${p(d.getUTCMonth() + 1)}:${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

/** Derives phone-like images in Chromium (canvas), returned as base64 by name. */
async function deriveInChromium(sources) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage();
    return await page.evaluate(async (srcs) => {
      const load = async (b64) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        return createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
      };
      const toB64 = async (blob) => {
        const buf = new Uint8Array(await blob.arrayBuffer());
        let s = '';
        for (let i = 0; i < buf.length; i += 0x8000) s += String.fromCharCode(...buf.subarray(i, i + 0x8000));
        return btoa(s);
      };
      // An upright portrait: the photo (cover-cropped) with a red block at the
      // top-left and a blue block at the bottom-right, so uprightness and
      // mirroring can be checked from pixels after any 33:48 crop.
      const paintUpright = (ctx, img, w, h) => {
        const scale = Math.max(w / img.width, h / img.height);
        const sw = w / scale;
        const sh = h / scale;
        ctx.imageSmoothingQuality = 'high';
        ctx.drawImage(img, (img.width - sw) / 2, (img.height - sh) / 2, sw, sh, 0, 0, w, h);
        ctx.fillStyle = 'rgb(230,20,20)';
        ctx.fillRect(Math.round(w * 0.1), 0, Math.round(w * 0.25), Math.round(h * 0.15));
        ctx.fillStyle = 'rgb(20,40,230)';
        ctx.fillRect(Math.round(w * 0.65), Math.round(h * 0.85), Math.round(w * 0.25), Math.round(h * 0.15));
      };
      const out = {};
      const a = await load(srcs[0]);
      const b = await load(srcs[1]);
      // 12 MP upright portrait (4:3), like a phone held upright with orientation applied.
      {
        const c = new OffscreenCanvas(3024, 4032);
        paintUpright(c.getContext('2d'), a, 3024, 4032);
        out['phone-12mp-upright.jpg'] = await toB64(await c.convertToBlob({ type: 'image/jpeg', quality: 0.92 }));
      }
      // 12 MP stored sideways (4032×3024): with EXIF orientation 6 it displays as the upright image.
      {
        const u = new OffscreenCanvas(3024, 4032);
        paintUpright(u.getContext('2d'), a, 3024, 4032);
        const c = new OffscreenCanvas(4032, 3024);
        const ctx = c.getContext('2d');
        ctx.setTransform(0, -1, 1, 0, 0, 3024); // (x, y) of upright -> (y, 3024 - x): 90° counter-clockwise
        ctx.drawImage(u, 0, 0);
        out['phone-12mp-rot6.raw.jpg'] = await toB64(await c.convertToBlob({ type: 'image/jpeg', quality: 0.92 }));
      }
      // 48 MP (6000×8000), the largest phone sensors.
      {
        const c = new OffscreenCanvas(6000, 8000);
        paintUpright(c.getContext('2d'), b, 6000, 8000);
        out['phone-48mp.jpg'] = await toB64(await c.convertToBlob({ type: 'image/jpeg', quality: 0.9 }));
      }
      // PNG with transparency: a portrait cut-out on a transparent background.
      {
        const c = new OffscreenCanvas(900, 1200);
        const ctx = c.getContext('2d');
        ctx.beginPath();
        ctx.ellipse(450, 600, 330, 480, 0, 0, Math.PI * 2);
        ctx.clip();
        paintUpright(ctx, b, 900, 1200);
        out['transparent.png'] = await toB64(await c.convertToBlob({ type: 'image/png' }));
      }
      // A scanned document as PNG (few colours: PNG is smaller than any good JPEG),
      // larger than 200 KB, so the material preset must shrink it and keep PNG.
      {
        const c = new OffscreenCanvas(2480, 3508);
        const ctx = c.getContext('2d');
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, 2480, 3508);
        ctx.fillStyle = '#111';
        ctx.font = '44px sans-serif';
        for (let line = 0; line < 60; line++) {
          let text = '';
          for (let k = 0; k < 70; k++) text += String.fromCharCode(0x4e00 + ((line * 977 + k * 131) % 2000));
          ctx.fillText(text, 160, 260 + line * 52);
        }
        ctx.fillStyle = 'rgb(200,20,20)';
        ctx.beginPath();
        ctx.arc(1900, 3200, 160, 0, Math.PI * 2);
        ctx.fill();
        out['scan.png'] = await toB64(await c.convertToBlob({ type: 'image/png' }));
        // A small scan already under 200 KB: handed over unchanged (PNG kept).
        const small = new OffscreenCanvas(1000, 1400);
        const sctx = small.getContext('2d');
        sctx.fillStyle = '#fff';
        sctx.fillRect(0, 0, 1000, 1400);
        sctx.fillStyle = '#111';
        sctx.font = '28px sans-serif';
        for (let line = 0; line < 8; line++) sctx.fillText('医师资格考试 报名材料 身份证明 扫描件 示例 ' + line, 80, 140 + line * 40);
        out['scan-small.png'] = await toB64(await small.convertToBlob({ type: 'image/png' }));
      }
      // A tiny image (too small to be a usable photo).
      {
        const c = new OffscreenCanvas(40, 52);
        paintUpright(c.getContext('2d'), a, 40, 52);
        out['tiny.jpg'] = await toB64(await c.convertToBlob({ type: 'image/jpeg', quality: 0.9 }));
      }
      return out;
    }, sources);
  } finally {
    await browser.close();
  }
}

function makeHeic(fromJpeg, target) {
  const find = () => {
    try {
      sh('sh', ['-c', 'command -v heif-enc']);
      return true;
    } catch {
      return false;
    }
  };
  if (!find() && isRoot()) {
    try {
      sh('apt-get', ['install', '-y', '-qq', 'libheif-examples']);
    } catch {
      try {
        sh('apt-get', ['update', '-qq']);
        sh('apt-get', ['install', '-y', '-qq', 'libheif-examples']);
      } catch {
        /* fall through */
      }
    }
  }
  if (find()) {
    try {
      sh('heif-enc', ['-q', '50', '-o', target, fromJpeg]);
      if (existsSync(target)) return 'heif-enc';
    } catch {
      /* fall through */
    }
  }
  // No encoder: an ISO-BMFF file with the HEIC brand. Format detection reads only
  // these bytes, so the refusal path is the same one a real iPhone file takes.
  const ftyp = Buffer.from([0, 0, 0, 24, ...Buffer.from('ftypheic'), 0, 0, 0, 0, ...Buffer.from('mif1heic')]);
  writeFileSync(target, Buffer.concat([ftyp, Buffer.alloc(4096, 7)]));
  return 'synthetic-ftyp';
}

export async function fetchTestPhotos() {
  const manifestFile = path.join(PHOTO_DIR, 'manifest.json');
  if (existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    if (manifest.version === VERSION) return manifest;
  }
  mkdirSync(PHOTO_DIR, { recursive: true });
  const debDir = path.join(PHOTO_DIR, 'deb');
  mkdirSync(debDir, { recursive: true });
  const deb = downloadPackage(debDir);
  const extract = path.join(debDir, 'x');
  rmSync(extract, { recursive: true, force: true });
  sh('dpkg-deb', ['-x', deb, extract]);
  const real = [];
  for (const name of REAL) {
    const file = path.join(extract, 'usr/share/wallpapers', name, 'contents/images/2560x1600.jpg');
    if (!existsSync(file)) continue;
    const target = path.join(PHOTO_DIR, `real-${name}.jpg`);
    copyFileSync(file, target);
    real.push(path.basename(target));
  }
  rmSync(extract, { recursive: true, force: true });
  if (real.length < 4) throw new Error(`only ${real.length} photos found in ${PACKAGE}`);

  const srcs = [real[0], real[1]].map((f) => readFileSync(path.join(PHOTO_DIR, f)).toString('base64'));
  const derived = await deriveInChromium(srcs);
  const now = new Date();
  const recent = exifDate(new Date(now.getTime() - 20 * 86_400_000));
  for (const [name, b64] of Object.entries(derived)) {
    const bytes = Buffer.from(b64, 'base64');
    if (name === 'phone-12mp-rot6.raw.jpg') {
      writeFileSync(path.join(PHOTO_DIR, 'phone-12mp-rot6.jpg'), withExif(bytes, 6, recent));
      writeFileSync(path.join(PHOTO_DIR, 'phone-12mp-rot6-old.jpg'), withExif(bytes, 6, '2019:05:01 10:00:00'));
    } else if (name === 'phone-48mp.jpg') {
      writeFileSync(path.join(PHOTO_DIR, name), withExif(bytes, 1, recent));
    } else {
      writeFileSync(path.join(PHOTO_DIR, name), bytes);
    }
  }
  writeFileSync(path.join(PHOTO_DIR, 'not-an-image.jpg'), 'This is a text file renamed to .jpg, not a photo.\n'.repeat(40));
  const heic = makeHeic(path.join(PHOTO_DIR, real[2]), path.join(PHOTO_DIR, 'iphone.heic'));

  const manifest = {
    version: VERSION,
    source: `Debian package ${PACKAGE} (${path.basename(deb)})`,
    real,
    derived: ['phone-12mp-upright.jpg', 'phone-12mp-rot6.jpg', 'phone-12mp-rot6-old.jpg', 'phone-48mp.jpg', 'transparent.png', 'scan.png', 'scan-small.png', 'tiny.jpg'],
    bad: ['not-an-image.jpg', 'iphone.heic'],
    heic,
  };
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  return manifest;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const manifest = await fetchTestPhotos();
  console.log(`[fetch-test-photos] ${PHOTO_DIR}: ${manifest.real.length} real photos, ${manifest.derived.length} derived, HEIC via ${manifest.heic}`);
}
