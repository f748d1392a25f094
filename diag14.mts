import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import path from 'node:path';
const EXT = path.resolve('.output/chrome-mv3');
const page0 = readFileSync('tests/fixtures/photo/basic.html', 'utf8').replace('<script src="/photo/recorder.js"></script>', '');
const srv = createServer((q, r) => { r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); r.end(page0); });
await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
const port = (srv.address() as any).port;
const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/diag14-'), { executablePath: '/usr/bin/chromium', headless: true,
  args: ['--headless=new', `--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', `--host-resolver-rules=MAP www.nmec.org.cn 127.0.0.1:${port}`] });
const page = await ctx.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text()));
await page.goto('http://www.nmec.org.cn/photo/basic.html');
await page.waitForTimeout(1500);
await page.setInputFiles('#photo', 'tests/.cache/photos/phone-12mp-upright.jpg');
await page.waitForFunction(() => ['processed','failed'].includes(document.querySelector('#photo')?.getAttribute('data-exam-assist-photo') ?? ''), undefined, { timeout: 30000 });
console.log('frames', page.frames().map((f) => f.url()));
console.log('iframe el', await page.evaluate(() => document.querySelectorAll('iframe').length));
const fr = page.frames().find((f) => f.url().startsWith('chrome-extension://'));
if (fr) {
  console.log(await fr.evaluate(async () => {
    const out: any = { dec: typeof (globalThis as any).ImageDecoder, secure: isSecureContext };
    const buf = await (await fetch('data:,')).arrayBuffer();
    return out;
  }));
  const b64 = readFileSync('tests/.cache/photos/phone-12mp-upright.jpg').toString('base64');
  console.log(await fr.evaluate(async (b64) => {
    const raw = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const res: any[] = [];
    for (const w of [780, 1000, 1512, 400]) {
      const d = new (globalThis as any).ImageDecoder({ data: raw, type: 'image/jpeg', desiredWidth: w, desiredHeight: Math.round(w * 4 / 3) });
      const t = performance.now();
      const { image } = await d.decode();
      res.push([w, image.displayWidth, image.displayHeight, image.codedWidth, Math.round(performance.now() - t)]);
      image.close(); d.close();
    }
    const t = performance.now(); const bm = await createImageBitmap(new Blob([raw])); res.push(['full', bm.width, Math.round(performance.now() - t)]);
    return res;
  }, b64));
}
await ctx.close(); srv.close();
