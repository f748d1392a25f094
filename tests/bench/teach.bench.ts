// `npm run bench teach`: the cost of teach-a-field in Chromium, on
// unknown-markup pages of 100 and 5,000 fields. Prints figures; asserts
// nothing (docs/contributing.md "Tests").
//  - detection with 0 / 50 taught mappings (each verified: one match, kind fits);
//  - robustSelector for a field with an id and for one without id or name;
//  - the page outline of the whole page (what "导出页面结构" builds);
//  - with the real extension: teach a field → its contract attribute is set.
import { launchWithPages, pageBundle, percentile } from './support/page-bench';

const LABELS = [
  '申请人称谓',
  '身份凭证代码',
  '本人常用电话',
  '收件地点',
  '证书号码(学历)',
  '补充说明',
];

function makePage(fields: number): string {
  const rows: string[] = [];
  for (let i = 0; i < fields; i++) {
    const label = `${LABELS[i % LABELS.length]}${Math.floor(i / LABELS.length) || ''}`;
    // Every tenth field has neither id nor name: a structural selector is needed.
    const attrs = i % 10 === 9 ? '' : `id="u${i.toString(36)}x" name="c${i}"`;
    rows.push(`<div class="r"><span class="t">${label}</span><input type="text" ${attrs}></div>`);
  }
  return (
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,` +
    `"><title>bench</title></head><body><form><fieldset><legend>资料</legend>${rows.join('\n')}</fiel` +
    `dset></form></body></html>`
  );
}

function stats(samples: number[]): { p50: string; p95: string } {
  const at = (q: number) => `${percentile(samples, q).toFixed(2)} ms`;
  return { p50: at(50), p95: at(95) };
}

export default async function (): Promise<void> {
  const js = new TextDecoder().decode(
    await pageBundle(
      "import { detectFields } from './src/page/index.ts'; import { buildOutline } from " +
        "'./src/page/outline.ts'; import { robustSelector } from './src/page/taught.ts'; " +
        'Object.assign(window, { __teach: { detectFields, buildOutline, robustSelector } });' +
        // tsx names the evaluated arrow functions through a __name helper that the page does not have.
        ' window.__name = (f) => f;',
    ),
  );
  const browser = await launchWithPages('teach-bench', {
    '100.html': makePage(100),
    '5000.html': makePage(5000),
  });
  const rows: Record<string, Record<string, string>> = {};
  try {
    for (const n of [100, 5000]) {
      // Other host: the extension's own content script does not run there, so only the bundle is measured.
      const page = await browser.context.newPage();
      await page.goto(browser.otherHostUrl(`teach-bench/${n}.html`));
      await page.addScriptTag({ content: js });
      const figures = await page.evaluate((count) => {
        const t = (window as unknown as { __teach: any }).__teach;
        const time = (fn: () => void, runs: number) => {
          const out: number[] = [];
          for (let i = 0; i < runs; i++) {
            const start = performance.now();
            fn();
            out.push(performance.now() - start);
          }
          return out;
        };
        const inputs = [...document.querySelectorAll('input')];
        const taught = Array.from({ length: 50 }, (_, i) => {
          const el = inputs[Math.floor((i * inputs.length) / 50)]!;
          return {
            host: location.hostname,
            path: location.pathname,
            selector: t.robustSelector(el),
            key: 'diplomaNumber',
          };
        });
        const runs = count > 1000 ? 5 : 30;
        return {
          detect0: time(() => t.detectFields(document), runs),
          detect50: time(() => t.detectFields(document, { taught }), runs),
          selectorId: time(() => t.robustSelector(inputs[0]), 50),
          selectorPath: time(() => t.robustSelector(inputs[9]), 50),
          outline: time(() => t.buildOutline(document), runs),
          outlineBytes: [JSON.stringify(t.buildOutline(document)).length],
        };
      }, n);
      const fmt = (k: keyof typeof figures) => {
        const s = stats(figures[k]);
        return `${s.p50} (p95 ${s.p95})`;
      };
      rows[`${n} fields`] = {
        'detect, 0 taught': fmt('detect0'),
        'detect, 50 taught': fmt('detect50'),
        'selector (id)': fmt('selectorId'),
        'selector (path)': fmt('selectorPath'),
        outline: fmt('outline'),
        'outline size': `${(figures.outlineBytes[0]! / 1024).toFixed(1)} KB`,
      };
      await page.close();
    }
    console.log('Teach-a-field in Chromium (bundle of src/page + src/teach, p50 with p95)');
    console.table(rows);

    // With the real extension: teach via storage on the 5,000-field page, time until the attribute shows.
    const page = await browser.context.newPage();
    await page.goto(browser.platformUrl('teach-bench/5000.html'));
    await page.waitForSelector('[data-exam-assist-overlay]', { state: 'attached' });
    const [worker] = browser.context.serviceWorkers();
    const start = Date.now();
    await worker!.evaluate(async () => {
      const c = (globalThis as any).chrome;
      await c.storage.local.set({
        taught: [
          {
            host: 'www.nmec.org.cn',
            path: '/teach-bench/5000.html',
            selector: 'input[type="text" i][id="u3e8x"]',
            key: 'diplomaNumber',
          },
        ],
      });
    });
    await page.waitForSelector('#u3e8x[data-exam-assist-field="diplomaNumber"]', {
      state: 'attached',
    });
    console.log(
      `Real extension, 5,000-field page: stored mapping → field marked in ${Date.now() - start} ms (incl. ` +
        `storage event and a full re-detection)`,
    );
    await page.close();
  } finally {
    await browser.close();
  }
}
