// @vitest-environment happy-dom
// The assist controller in a DOM: checks on load, fields whose label arrives
// after them, rows added later, and stop() leaving no trace.
import { afterEach, describe, expect, it } from 'vitest';
import { startPageAssist, type PageAssist } from '../../../src/page';

let assist: PageAssist | undefined;
afterEach(() => {
  assist?.stop();
  assist = undefined;
});

const until = async (check: () => boolean, ms = 2000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('startPageAssist', () => {
  it('checks prefilled values on load and writes the contract attributes', async () => {
    document.body.innerHTML = `<table><tr><td>*手机号码：</td><td><input id="m" value="0381234"></td></tr>
      <tr><td>备注</td><td><input id="x" value="abc"></td></tr></table>`;
    assist = startPageAssist(document, { overlay: false });
    const mobile = document.getElementById('m')!;
    await until(() => mobile.hasAttribute('data-exam-assist-state'));
    expect(mobile.getAttribute('data-exam-assist-field')).toBe('mobile');
    expect(mobile.getAttribute('data-exam-assist-state')).toBe('error');
    expect(mobile.getAttribute('data-exam-assist-rules')).toContain('R-MOBILE');
    expect(assist.findings().some((f) => f.ruleId === 'R-MOBILE')).toBe(true);
    expect(
      document
        .getElementById('x')!
        .getAttributeNames()
        .filter((n) => n.startsWith('data-exam-assist')),
    ).toEqual([]);
  });

  it('picks up a field whose label is written after it, and a row added later', async () => {
    document.body.innerHTML = `<h3>教育经历</h3><div id="rows"><div class="r"><span class="l"></span><input id="d0"></div></div>`;
    assist = startPageAssist(document, { overlay: false });
    expect(document.getElementById('d0')!.hasAttribute('data-exam-assist-field')).toBe(false);
    document.querySelector('.l')!.textContent = '毕业证书编号';
    await until(
      () =>
        document.getElementById('d0')!.getAttribute('data-exam-assist-field') === 'diplomaNumber',
    );
    const row = document.createElement('div');
    row.innerHTML = '<span>毕业证书编号</span><input id="d1" value="1075522008000001">';
    document.getElementById('rows')!.append(row);
    await until(
      () => document.getElementById('d1')!.getAttribute('data-exam-assist-state') !== null,
    );
    expect(assist.fields().find((f) => f.element.id === 'd1')?.row).toBe(1);
    expect(document.getElementById('d1')!.getAttribute('data-exam-assist-rules')).toContain(
      'R-DIPLOMA-FORMAT',
    );
  });

  it('stop() removes every attribute it wrote', async () => {
    document.body.innerHTML = `<label for="e">电子邮件</label><input id="e" value="a@">`;
    assist = startPageAssist(document, { overlay: false });
    await until(() => document.getElementById('e')!.hasAttribute('data-exam-assist-state'));
    expect(document.getElementById('e')!.getAttribute('aria-invalid')).toBe('true');
    assist.stop();
    assist = undefined;
    const el = document.getElementById('e')!;
    expect(
      el
        .getAttributeNames()
        .filter((n) => n.startsWith('data-exam-assist') || n.startsWith('aria-')),
    ).toEqual([]);
  });
});
