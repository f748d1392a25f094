// @vitest-environment happy-dom
// The assist controller in a DOM: checks on load, fields whose label arrives
// after them, rows added later, and stop() leaving no trace.
import { describe, expect, it } from 'vitest';
import { assistOn } from './dom-page';

describe('startPageAssist', () => {
  it('checks prefilled values on load and writes the contract attributes', async () => {
    const assist =
      assistOn(`<table><tr><td>*手机号码：</td><td><input id="m" value="0381234"></td></tr>
      <tr><td>备注</td><td><input id="x" value="abc"></td></tr></table>`);
    const mobile = document.getElementById('m')!;
    await expect.poll(() => mobile.hasAttribute('data-exam-assist-state')).toBe(true);
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
    const assist = assistOn(
      `<h3>教育经历</h3><div id="rows"><div class="r"><span class="l"></span><input id="d0"></div></div>`,
    );
    expect(document.getElementById('d0')!.hasAttribute('data-exam-assist-field')).toBe(false);
    document.querySelector('.l')!.textContent = '毕业证书编号';
    await expect
      .poll(() => document.getElementById('d0')!.getAttribute('data-exam-assist-field'))
      .toBe('diplomaNumber');
    const row = document.createElement('div');
    row.innerHTML = '<span>毕业证书编号</span><input id="d1" value="1075522008000001">';
    document.getElementById('rows')!.append(row);
    await expect
      .poll(() => document.getElementById('d1')?.getAttribute('data-exam-assist-state'))
      .toBeTruthy();
    expect(assist.fields().find((f) => f.element.id === 'd1')?.row).toBe(1);
    expect(document.getElementById('d1')!.getAttribute('data-exam-assist-rules')).toContain(
      'R-DIPLOMA-FORMAT',
    );
  });

  it('stop() removes every attribute it wrote', async () => {
    const assist = assistOn(`<label for="e">电子邮件</label><input id="e" value="a@">`);
    await expect
      .poll(() => document.getElementById('e')!.hasAttribute('data-exam-assist-state'))
      .toBe(true);
    expect(document.getElementById('e')!.getAttribute('aria-invalid')).toBe('true');
    assist.stop();
    const el = document.getElementById('e')!;
    expect(
      el
        .getAttributeNames()
        .filter((n) => n.startsWith('data-exam-assist') || n.startsWith('aria-')),
    ).toEqual([]);
  });
});
