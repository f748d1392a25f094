// Photo pipeline bench (issue 5 item 7), in Chromium, side by side with
// browser-image-compression 2.0.2 run as its README suggests (maxSizeMB 0.04 for
// a 40 KB target, maxWidthOrHeight 1920 as in its example, useWebWorker false).
// Per image: output bytes, under the limit or not, time from the moment the
// page would receive the picked File, and SSIM against a high-quality downscale
// of the same region of the source. Prints figures; asserts nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
// @ts-expect-error plain .mjs script without types
import { fetchTestPhotos, PHOTO_DIR } from '../../scripts/fetch-test-photos.mjs';

const LIMIT = 40_000;

interface Row {
  name: string;
  sourceBytes: number;
  sourceSize: string;
  decodeMs: number;
  ours: { bytes: number; ms: number; ssim: number; size: string; q: number; tries: number };
  anchor: { bytes: number; ms: number; ssim: number; size: string };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export default async function bench(): Promise<void> {
  const manifest = (await fetchTestPhotos()) as { real: string[]; derived: string[] };
  const files = [
    ...manifest.real,
    'phone-12mp-upright.jpg',
    'phone-12mp-rot6.jpg',
    'phone-48mp.jpg',
    'transparent.png',
  ];
  const ours = await build({
    entryPoints: [path.resolve('src/images/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'ExamImages',
    write: false,
    target: 'chrome120',
  });
  const ourCode = ours.outputFiles[0]!.text;
  const anchorCode = readFileSync(path.resolve('node_modules/browser-image-compression/dist/browser-image-compression.js'), 'utf8');

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
  const rows: Row[] = [];
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>bench</title>');
    await page.addScriptTag({ content: ourCode });
    await page.addScriptTag({ content: anchorCode });
    await page.addScriptTag({ content: SSIM_CODE });
    for (const name of files) {
      const bytes = readFileSync(path.join(PHOTO_DIR, name));
      const type = name.endsWith('.png') ? 'image/png' : 'image/jpeg';
      const row = await page.evaluate(
        async ({ b64, name, type, limit }) => {
          const w = window as any;
          const raw = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
          const file = new File([raw], name, { type });
          const { processImage, PRESETS, cropRect } = w.ExamImages;
          // Warm-up (code paths, decoder threads) outside the timings.
          await processImage(file, { preset: PRESETS.guide });

          let t = performance.now();
          const full = await createImageBitmap(file, { imageOrientation: 'from-image' });
          const decodeMs = performance.now() - t;

          t = performance.now();
          const res = await processImage(file, { preset: PRESETS.guide });
          const ourMs = performance.now() - t;
          if (!res.ok) throw new Error(`${name}: ${res.reason}`);

          t = performance.now();
          const anchorFile: Blob = await w.imageCompression(file, { maxSizeMB: limit / 1024 / 1024, maxWidthOrHeight: 1920, useWebWorker: false });
          const anchorMs = performance.now() - t;

          // References: high-quality stepped downscale of the same region from the full decode.
          const crop = cropRect({ width: full.width, height: full.height }, 33 / 48);
          const ourRef = w.referenceDownscale(full, crop, res.width, res.height);
          const ourImg = await createImageBitmap(res.file);
          const ourSsim = w.ssim(ourRef, w.pixels(ourImg));
          const anchorImg = await createImageBitmap(anchorFile);
          const anchorRef = w.referenceDownscale(full, { x: 0, y: 0, width: full.width, height: full.height }, anchorImg.width, anchorImg.height);
          const anchorSsim = w.ssim(anchorRef, w.pixels(anchorImg));
          full.close();
          return {
            name,
            sourceBytes: file.size,
            sourceSize: `${res.source.width}×${res.source.height}`,
            decodeMs,
            ours: { bytes: res.bytes, ms: ourMs, ssim: ourSsim, size: `${res.width}×${res.height}`, q: res.quality ?? 1, tries: res.encodeTries },
            anchor: { bytes: anchorFile.size, ms: anchorMs, ssim: anchorSsim, size: `${anchorImg.width}×${anchorImg.height}` },
          };
        },
        { b64: bytes.toString('base64'), name, type, limit: LIMIT },
      );
      rows.push(row);
    }
  } finally {
    await browser.close();
  }

  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log(
    `${'image'.padEnd(26)}${pad('source', 10)}${pad('px', 11)}${pad('decode', 8)} | ${pad('ours B', 7)}${pad('ok', 4)}${pad('ms', 7)}${pad('SSIM', 7)}${pad('out px', 9)}${pad('q', 5)} | ${pad('anchor B', 9)}${pad('ok', 4)}${pad('ms', 7)}${pad('SSIM', 7)}${pad('out px', 10)}`,
  );
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(26)}${pad((r.sourceBytes / 1e6).toFixed(2) + 'MB', 10)}${pad(r.sourceSize, 11)}${pad(r.decodeMs.toFixed(0), 8)} | ${pad(r.ours.bytes, 7)}${pad(r.ours.bytes <= LIMIT ? 'y' : 'NO', 4)}${pad(r.ours.ms.toFixed(0), 7)}${pad(r.ours.ssim.toFixed(4), 7)}${pad(r.ours.size, 9)}${pad(r.ours.q.toFixed(2), 5)} | ${pad(r.anchor.bytes, 9)}${pad(r.anchor.bytes <= LIMIT ? 'y' : 'NO', 4)}${pad(r.anchor.ms.toFixed(0), 7)}${pad(r.anchor.ssim.toFixed(4), 7)}${pad(r.anchor.size, 10)}`,
    );
  }
  const n = rows.length;
  const oursOk = rows.filter((r) => r.ours.bytes <= LIMIT).length;
  const anchorOk = rows.filter((r) => r.anchor.bytes <= LIMIT).length;
  const timeRatio = median(rows.map((r) => r.ours.ms / r.anchor.ms));
  const ssimDiff = median(rows.map((r) => r.ours.ssim - r.anchor.ssim));
  const ssimAtLeast = rows.filter((r) => r.ours.ssim >= r.anchor.ssim).length;
  const ourSsimMedian = median(rows.map((r) => r.ours.ssim));
  const vsDecode = median(rows.map((r) => r.ours.ms / r.decodeMs));
  const big = rows.find((r) => r.name.includes('48mp'));
  console.log(`\nsummary (limit ${LIMIT} bytes, ${n} images)`);
  console.log(`  compliance: ours ${oursOk}/${n} (${((100 * oursOk) / n).toFixed(0)} %), anchor ${anchorOk}/${n} (${((100 * anchorOk) / n).toFixed(0)} %)   target: ours 100 %`);
  console.log(`  median time ratio ours/anchor: ${timeRatio.toFixed(3)}   target ≤ 0.5`);
  console.log(`  median SSIM ours ${ourSsimMedian.toFixed(4)} (target ≥ 0.98); median difference ours − anchor ${ssimDiff >= 0 ? '+' : ''}${ssimDiff.toFixed(4)}; ours ≥ anchor on ${ssimAtLeast}/${n} (target all)`);
  console.log(`  median our time / full-size decode time: ${vsDecode.toFixed(2)}`);
  if (big) console.log(`  48 MP: ours ${big.ours.ms.toFixed(0)} ms vs full decode ${big.decodeMs.toFixed(0)} ms (${(big.ours.ms / big.decodeMs).toFixed(2)}×)`);
}

/** In-page helpers: pixels, reference downscale and SSIM on luma (8×8 windows, stride 4). */
const SSIM_CODE = `
window.pixels = (img) => {
  const c = new OffscreenCanvas(img.width, img.height);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, img.width, img.height);
  ctx.drawImage(img, 0, 0);
  return ctx.getImageData(0, 0, img.width, img.height);
};
window.referenceDownscale = (src, rect, w, h) => {
  let cur = src, r = rect;
  let cw = rect.width, ch = rect.height;
  while (cw / 2 > w && ch / 2 > h) {
    cw = Math.round(cw / 2); ch = Math.round(ch / 2);
    const c = new OffscreenCanvas(cw, ch); const ctx = c.getContext('2d');
    ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, cw, ch);
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(cur, r.x, r.y, r.width, r.height, 0, 0, cw, ch);
    cur = c; r = { x: 0, y: 0, width: cw, height: ch };
  }
  const c = new OffscreenCanvas(w, h); const ctx = c.getContext('2d');
  ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, w, h);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(cur, r.x, r.y, r.width, r.height, 0, 0, w, h);
  return ctx.getImageData(0, 0, w, h);
};
window.ssim = (a, b) => {
  const w = Math.min(a.width, b.width), h = Math.min(a.height, b.height);
  const luma = (d, W) => { const y = new Float32Array(w * h); for (let j = 0; j < h; j++) for (let i = 0; i < w; i++) { const k = (j * W + i) * 4; y[j * w + i] = 0.299 * d[k] + 0.587 * d[k + 1] + 0.114 * d[k + 2]; } return y; };
  const x = luma(a.data, a.width), z = luma(b.data, b.width);
  const C1 = (0.01 * 255) ** 2, C2 = (0.03 * 255) ** 2;
  let sum = 0, n = 0;
  for (let j = 0; j + 8 <= h; j += 4) for (let i = 0; i + 8 <= w; i += 4) {
    let mx = 0, mz = 0;
    for (let v = 0; v < 8; v++) for (let u = 0; u < 8; u++) { mx += x[(j + v) * w + i + u]; mz += z[(j + v) * w + i + u]; }
    mx /= 64; mz /= 64;
    let vx = 0, vz = 0, cxz = 0;
    for (let v = 0; v < 8; v++) for (let u = 0; u < 8; u++) { const p = x[(j + v) * w + i + u] - mx, q = z[(j + v) * w + i + u] - mz; vx += p * p; vz += q * q; cxz += p * q; }
    vx /= 63; vz /= 63; cxz /= 63;
    sum += ((2 * mx * mz + C1) * (2 * cxz + C2)) / ((mx * mx + mz * mz + C1) * (vx + vz + C2));
    n++;
  }
  return sum / n;
};
`;
