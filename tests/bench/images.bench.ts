// Encoder bench: processImage alone in a loopback page, and
// Chromium's JPEG encoder against MozJPEG on the same pixels (the photo tool's
// second encoder). Not the candidate's wait, nor a comparison with other tools:
// that is tests/bench/photo.bench.ts (end to end, Gaussian SSIM against
// lanczos3). The SSIM here (8×8 windows against a Chromium 'high' downscale)
// only ranks two encoders on identical pixels. Prints figures; asserts nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
// @ts-expect-error plain .mjs script without types
import { fetchTestPhotos, PHOTO_DIR } from '../../scripts/fetch-test-photos.mjs';

const LIMIT = 40_000;
/** As in src/images/mozjpeg.ts. */
const MOZ_OPTIONS = { quant_table: 1, progressive: false };

interface Row {
  name: string;
  sourceBytes: number;
  sourceSize: string;
  decodeMs: number;
  ours: {
    httpMs: number;
    path: string;
    decodeMs: number;
    bytes: number;
    ms: number;
    ssim: number;
    size: string;
    q: number;
    tries: number;
  };
  tool: { bytes: number; ms: number; ssim: number; encoder: string; q: number };
  encoders: {
    chromeQ: number;
    chromeSsim: number;
    chromeOneMs: number;
    mozQ: number;
    mozSsim: number;
    mozOneMs: number;
    mozBytes: number;
  };
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
  // MozJPEG (@jsquash/jpeg, wasm) at the same output size, to decide whether it
  // measurably beats Chromium's encoder.
  const moz = await build({
    stdin: {
      contents: `import encode, { init } from '@jsquash/jpeg/encode';
        window.moz = { init: (bytes) => init(new WebAssembly.Module(bytes)), encode };`,
      resolveDir: path.resolve('.'),
    },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
    logLevel: 'silent',
    // The wasm is handed over compiled; the emscripten glue only needs a base URL to exist.
    define: { 'import.meta.url': '"https://bench.invalid/"' },
  });
  const mozCode = moz.outputFiles[0]!.text;
  const mozWasm = readFileSync(
    path.resolve('node_modules/@jsquash/jpeg/codec/enc/mozjpeg_enc.wasm'),
  ).toString('base64');

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  const rows: Row[] = [];
  const server = createServer((_req, res) =>
    res.end('<!doctype html><meta charset="utf-8"><title>bench</title>'),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const page = await browser.newPage();
    // A secure context (http://127.0.0.1) so WebCodecs' ImageDecoder exists for the decode baseline.
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    // tsx compiles page.evaluate callbacks with esbuild's keepNames helper.
    await page.addScriptTag({ content: 'window.__name = (f) => f;' });
    await page.addScriptTag({ content: ourCode });
    await page.addScriptTag({ content: SSIM_CODE });
    await page.addScriptTag({ content: mozCode });
    await page.evaluate(
      async (b64) => (window as any).moz.init(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))),
      mozWasm,
    );
    for (const name of files) {
      const bytes = readFileSync(path.join(PHOTO_DIR, name));
      const type = name.endsWith('.png') ? 'image/png' : 'image/jpeg';
      const row = await page.evaluate(
        async ({ b64, name, type, limit, MOZ, RUNS }) => {
          const w = window as any;
          const raw = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
          const file = new File([raw], name, { type });
          const { processImage, PRESETS, cropRect } = w.ExamImages;
          // Warm-up (code paths, decoder threads) outside the timings.
          await processImage(file, { preset: PRESETS.guide });

          // Each timing is the median of RUNS runs (the machine is shared), taken in turn.
          const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
          const decodeTimes: number[] = [];
          const ourTimes: number[] = [];
          const httpTimes: number[] = [];
          let res: any;
          for (let run = 0; run < RUNS; run++) {
            // "Merely decode at full size": WebCodecs' ImageDecoder produces every pixel (no lazy or scaled decode).
            let t = performance.now();
            const decoder = new (window as any).ImageDecoder({ data: raw, type });
            const { image } = await decoder.decode();
            image.close();
            decoder.close();
            decodeTimes.push(performance.now() - t);

            t = performance.now();
            res = await processImage(file, { preset: PRESETS.guide });
            ourTimes.push(performance.now() - t);
            if (!res.ok) throw new Error(`${name}: ${res.reason}`);

            // The same on a plain-http page, where WebCodecs' ImageDecoder does not exist (createImageBitmap resize).
            const savedDecoder = w.ImageDecoder;
            w.ImageDecoder = undefined;
            t = performance.now();
            const httpRes = await processImage(file, { preset: PRESETS.guide });
            httpTimes.push(performance.now() - t);
            w.ImageDecoder = savedDecoder;
            if (!httpRes.ok || httpRes.bytes > limit) throw new Error(`${name}: http path failed`);
          }
          const decodeMs = med(decodeTimes);
          const ourMs = med(ourTimes);
          const full = await createImageBitmap(file, { imageOrientation: 'from-image' });

          // References: high-quality stepped downscale of the same region from the full decode.
          // The same region our pipeline cut (whole decoded pixels), from the full-size decode.
          const crop = res.crop ?? cropRect({ width: full.width, height: full.height }, 33 / 48);
          const ourRef = w.referenceDownscale(full, crop, res.width, res.height);
          const ourImg = await createImageBitmap(res.file);
          const ourSsim = w.ssim(ourRef, w.pixels(ourImg));
          // Encoder comparison on the same pixels (the reference at our output size).
          const { searchQuality } = w.ExamImages;
          const refCanvas = new OffscreenCanvas(res.width, res.height);
          refCanvas.getContext('2d')!.putImageData(ourRef, 0, 0);
          const chrome = await searchQuality(async (q: number) => {
            const blob = await refCanvas.convertToBlob({ type: 'image/jpeg', quality: q });
            return { blob, size: blob.size };
          }, limit);
          const mozRes = await searchQuality(async (q: number) => {
            const buf: ArrayBuffer = await w.moz.encode(ourRef, {
              ...MOZ,
              quality: Math.round(q * 100),
            });
            return { blob: new Blob([buf], { type: 'image/jpeg' }), size: buf.byteLength };
          }, limit);
          const t1 = performance.now();
          await w.moz.encode(ourRef, { ...MOZ, quality: mozRes.quality });
          const mozOneMs = performance.now() - t1;
          const t2 = performance.now();
          await refCanvas.convertToBlob({ type: 'image/jpeg', quality: chrome.quality / 100 });
          const chromeOneMs = performance.now() - t2;
          const chromeSsim = w.ssim(ourRef, w.pixels(await createImageBitmap(chrome.best.blob)));
          const mozSsim = w.ssim(ourRef, w.pixels(await createImageBitmap(mozRes.best.blob)));
          // The extension-page path (photo tool): the same pipeline with MozJPEG as the second encoder.
          const altEncoder = {
            name: 'mozjpeg',
            encode: async (img: ImageData, q: number) =>
              new Blob([await w.moz.encode(img, { ...MOZ, quality: Math.round(q * 100) })], {
                type: 'image/jpeg',
              }),
          };
          const t = performance.now();
          const withMoz = await processImage(file, { preset: PRESETS.guide, altEncoder });
          const withMozMs = performance.now() - t;
          const withMozSsim = w.ssim(
            w.referenceDownscale(full, withMoz.crop, withMoz.width, withMoz.height),
            w.pixels(await createImageBitmap(withMoz.file)),
          );
          full.close();
          return {
            name,
            sourceBytes: file.size,
            sourceSize: `${res.source.width}×${res.source.height}`,
            decodeMs,
            ours: {
              httpMs: med(httpTimes),
              path: res.decodePath,
              decodeMs: res.ms.decode,
              bytes: res.bytes,
              ms: ourMs,
              ssim: ourSsim,
              size: `${res.width}×${res.height}`,
              q: res.quality ?? 1,
              tries: res.encodeTries,
            },
            tool: {
              bytes: withMoz.bytes,
              ms: withMozMs,
              ssim: withMozSsim,
              encoder: withMoz.encoder,
              q: withMoz.quality,
            },
            encoders: {
              chromeQ: chrome.quality,
              chromeSsim,
              chromeOneMs,
              mozQ: mozRes.quality,
              mozSsim,
              mozOneMs,
              mozBytes: mozRes.best.size,
            },
          };
        },
        { b64: bytes.toString('base64'), name, type, limit: LIMIT, MOZ: MOZ_OPTIONS, RUNS: 3 },
      );
      rows.push(row);
    }
  } finally {
    await browser.close();
    server.close();
  }

  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log(
    `${'image'.padEnd(26)}${pad('source', 10)}${pad('px', 11)}${pad('decode', 8)} | ` +
      `${pad('our dec', 8)}${pad('ours B', 7)}${pad('ok', 4)}${pad('ms', 7)}${pad('SSIM', 7)}${pad('out px', 9)}` +
      `${pad('q', 5)}${pad('http ms', 8)}`,
  );
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(26)}${pad((r.sourceBytes / 1e6).toFixed(2) + 'MB', 10)}` +
        `${pad(r.sourceSize, 11)}${pad(r.decodeMs.toFixed(0), 8)}` +
        ` | ${pad(r.ours.decodeMs.toFixed(0), 8)}${pad(r.ours.bytes, 7)}${pad(r.ours.bytes <= LIMIT ? 'y' : 'NO', 4)}` +
        `${pad(r.ours.ms.toFixed(0), 7)}${pad(r.ours.ssim.toFixed(4), 7)}` +
        `${pad(r.ours.size, 9)}${pad(r.ours.q.toFixed(2), 5)}` +
        `${pad(r.ours.httpMs.toFixed(0), 8)}`,
    );
  }
  const n = rows.length;
  const oursOk = rows.filter((r) => r.ours.bytes <= LIMIT).length;
  const ourSsimMedian = median(rows.map((r) => r.ours.ssim));
  const vsDecode = median(rows.map((r) => r.ours.ms / r.decodeMs));
  const big = rows.find((r) => r.name.includes('48mp'));
  console.log(
    '\nencoder at our output size, same pixels, largest quality ≤ limit: Chromium (libjpeg-turbo) vs MozJPEG ' +
      '(@jsquash/jpeg)',
  );
  console.log(
    `${'image'.padEnd(26)}${pad('chrome q', 9)}${pad('SSIM', 8)}${pad('ms/enc', 8)} | ` +
      `${pad('moz q', 6)}${pad('SSIM', 8)}${pad('ms/enc', 8)}${pad('bytes', 7)}`,
  );
  for (const r of rows) {
    const e = r.encoders;
    console.log(
      `${r.name.padEnd(26)}${pad(e.chromeQ, 9)}${pad(e.chromeSsim.toFixed(4), 8)}${pad(e.chromeOneMs.toFixed(1), 8)}` +
        ` | ${pad(e.mozQ, 6)}${pad(e.mozSsim.toFixed(4), 8)}${pad(e.mozOneMs.toFixed(1), 8)}${pad(e.mozBytes, 7)}`,
    );
  }
  console.log(
    '\nphoto tool page path (same pipeline + MozJPEG where Chromium needs quality < 0.90, kept only if SSIM is higher)',
  );
  console.log(
    `${'image'.padEnd(26)}${pad('bytes', 7)}${pad('ms', 7)}${pad('SSIM', 8)}${pad('Δ vs content', 14)}  encoder`,
  );
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(26)}${pad(r.tool.bytes, 7)}${pad(r.tool.ms.toFixed(0), 7)}${pad(r.tool.ssim.toFixed(4), 8)}` +
        `${pad((r.tool.ssim - r.ours.ssim >= 0 ? '+' : '') + (r.tool.ssim - r.ours.ssim).toFixed(4), 14)}` +
        `  ${r.tool.encoder} q ${r.tool.q.toFixed(2)}`,
    );
  }
  console.log(
    `  tool path: ${rows.filter((r) => r.tool.bytes <= LIMIT).length}/${rows.length} under the limit; median ` +
      `SSIM ${median(rows.map((r) => r.tool.ssim)).toFixed(4)}; MozJPEG kept on ` +
      `${rows.filter((r) => r.tool.encoder === 'mozjpeg').length}/${rows.length}`,
  );
  console.log(
    `  median SSIM gain MozJPEG − Chromium at equal byte cap: ` +
      `${median(rows.map((r) => r.encoders.mozSsim - r.encoders.chromeSsim)).toFixed(4)}; MozJPEG ` +
      `better on ` +
      `${rows.filter((r) => r.encoders.mozSsim > r.encoders.chromeSsim).length}/${rows.length}`,
  );
  console.log(`\nsummary (limit ${LIMIT} bytes, ${n} images)`);
  console.log(`  compliance: ours ${oursOk}/${n} (${((100 * oursOk) / n).toFixed(0)} %)`);
  console.log(
    `  median SSIM ours ${ourSsimMedian.toFixed(4)} (8×8 box windows against Chromium 'high'; the end-to-end ` +
      `figure is the photo bench's)`,
  );
  console.log(`  median our time / full-size decode time: ${vsDecode.toFixed(2)}`);
  console.log(
    `  without ImageDecoder (an http page's own world): median ours/full decode ` +
      `${median(rows.map((r) => r.ours.httpMs / r.decodeMs)).toFixed(2)}`,
  );
  if (big) {
    console.log(
      `  48 MP: our reduced-size decode (${big.ours.path}) ${big.ours.decodeMs.toFixed(0)} ms vs full decode ` +
        `${big.decodeMs.toFixed(0)} ms; whole pipeline ${big.ours.ms.toFixed(0)} ms ` +
        `(${(big.ours.ms / big.decodeMs).toFixed(2)}× the full decode)`,
    );
  }
  console.log(
    '  times: median of 3 runs each; "decode" = WebCodecs ImageDecoder full-size decode; "our dec" = our ' +
      'reduced-size decode inside the pipeline',
  );
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
  const luma = (d, W) => { const y = new Float32Array(w * h); for (let j = 0; j < h; j++) for (let i = 0;
    i < w; i++) { const k = (j * W + i) * 4;
    y[j * w + i] = 0.299 * d[k] + 0.587 * d[k + 1] + 0.114 * d[k + 2]; } return y; };
  const x = luma(a.data, a.width), z = luma(b.data, b.width);
  const C1 = (0.01 * 255) ** 2, C2 = (0.03 * 255) ** 2;
  let sum = 0, n = 0;
  for (let j = 0; j + 8 <= h; j += 4) for (let i = 0; i + 8 <= w; i += 4) {
    let mx = 0, mz = 0;
    for (let v = 0; v < 8; v++) for (let u = 0; u < 8; u++) { mx += x[(j + v) * w + i + u];
      mz += z[(j + v) * w + i + u]; }
    mx /= 64; mz /= 64;
    let vx = 0, vz = 0, cxz = 0;
    for (let v = 0; v < 8; v++) for (let u = 0; u < 8;
      u++) { const p = x[(j + v) * w + i + u] - mx, q = z[(j + v) * w + i + u] - mz; vx += p * p; vz += q * q;
      cxz += p * q; }
    vx /= 63; vz /= 63; cxz /= 63;
    sum += ((2 * mx * mz + C1) * (2 * cxz + C2)) / ((mx * mx + mz * mz + C1) * (vx + vz + C2));
    n++;
  }
  return sum / n;
};
`;
