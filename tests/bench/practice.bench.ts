// `npm run bench practice`: what the practice form and the welcome page cost
// Prints figures; asserts nothing (docs/contributing.md "Tests").
//  1. Size of the practice and welcome pages' own scripts (raw, gzip).
//  2. In Chromium with the built extension: practice page opened → every field
//     recognized; a typed ID number → the field's error state and the summary
//     line (end to end, a paste or autofill fires input + change, so no typing debounce); last keystroke
//     → saved in the snapshot store (including the 800 ms autosave pause).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchExtension } from '../e2e/harness';

const OUT = path.join(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function pageScripts(page: string): { raw: number; gzip: number } {
  const html = readFileSync(path.join(OUT, `${page}.html`), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?(chunks\/[^"]+\.js)"/g)].map((m) => m[1]!);
  let raw = 0;
  let gzip = 0;
  for (const file of new Set(files)) {
    const bytes = readFileSync(path.join(OUT, file));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { raw, gzip };
}

export default async function (): Promise<void> {
  if (!readdirSync(OUT).includes('practice.html')) {
    console.log(`no build in ${OUT}: run \`npx wxt build\` first`);
    return;
  }
  const rows: [string, string][] = [];
  for (const page of ['practice', 'welcome']) {
    const { raw, gzip } = pageScripts(page);
    rows.push([
      `${page}.html scripts (incl. shared chunks)`,
      `${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip`,
    ]);
  }

  const browser = await launchExtension();
  try {
    const open: number[] = [];
    const flag: number[] = [];
    const summary: number[] = [];
    const save: number[] = [];
    for (let i = 0; i < 5; i++) {
      const page = await browser.context.newPage();
      const t0 = Date.now();
      await page.goto(browser.extensionUrl('practice.html'));
      await page.locator('#practice-contact-postcode[data-exam-assist-field]').waitFor();
      open.push(Date.now() - t0);
      await page.locator('#practice-basic-idType').selectOption({ label: '居民身份证' });
      const id = page.locator('#practice-basic-idNumber');
      const t1 = Date.now();
      await id.fill(`36042619910101007${i}`);
      await page.waitForFunction(
        () =>
          document
            .getElementById('practice-basic-idNumber')
            ?.getAttribute('data-exam-assist-state') === 'error',
      );
      flag.push(Date.now() - t1);
      await page.locator('#summary li[data-field="idNumber"]').waitFor();
      summary.push(Date.now() - t1);
      await page.waitForFunction(
        (since) =>
          Number(
            document.querySelector('[data-testid="save-status"]')?.getAttribute('data-saved-at') ??
              0,
          ) > since,
        t1,
        { timeout: 10_000 },
      );
      save.push(Date.now() - t1);
      await page.close();
    }
    rows.push([
      'practice page opened → every field recognized (median of 5)',
      `${median(open)} ms`,
    ]);
    rows.push(['ID entered (input + change) → field in error state', `${median(flag)} ms`]);
    rows.push(['ID typed → listed in the summary', `${median(summary)} ms`]);
    rows.push([
      'ID typed → saved in the snapshot store (incl. 800 ms pause)',
      `${median(save)} ms`,
    ]);
  } finally {
    await browser.close();
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
}
