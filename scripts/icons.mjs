// Renders scripts/icon.svg into the PNG sizes Chrome asks for (16, 32, 48, 128)
// under public/icon/, where WXT picks them up for the manifest. Uses the same
// Chromium as the e2e tests, so no image library is needed. Run: node scripts/icons.mjs
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ensureChromium } from './ensure-chromium.mjs';

const SIZES = [16, 32, 48, 128];
const svg = readFileSync(new URL('./icon.svg', import.meta.url), 'utf8');
mkdirSync('public/icon', { recursive: true });

const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: ['--no-sandbox', '--headless=new'],
});
try {
  for (const size of SIZES) {
    const page = await browser.newPage({
      viewport: { width: size, height: size },
      deviceScaleFactor: 1,
    });
    const sized = svg.replace('width="128" height="128"', `width="${size}" height="${size}"`);
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${sized}</body></html>`,
    );
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    writeFileSync(`public/icon/${size}.png`, png);
    await page.close();
    console.log(`public/icon/${size}.png (${png.length} bytes)`);
  }
} finally {
  await browser.close();
}
