// @vitest-environment happy-dom
// The touched gate (src/page/touched.ts) in the checks: a required field the
// candidate has not reached yet is not an error; a first edit or blur in its
// group, or the page's own submit, lets it speak. Filled values speak at once.
import { afterEach, describe, expect, it } from 'vitest';
import { startPageAssist, type PageAssist } from '../../../src/page';

let assist: PageAssist | undefined;
afterEach(() => {
  assist?.stop();
  assist = undefined;
});

const PAGE = `<h3>工作情况</h3><table><tr><td>在岗情况：</td><td><select id="duty"><option value="">请选择</option><option
  selected>在职</option></select></td></tr></table>
  <h3>教育经历</h3><table><tr><td>毕业学校：</td><td><input id="school"></td></tr>
  <tr><td>毕业证书编号：</td><td><input id="diploma"></td></tr>
  <tr><td>手机号码：</td><td><input id="mobile" value="0381234"></td></tr></table>
  <button type="button" id="save">保存</button><button type="button" id="add">+</button>`;

const rules = (id: string) => document.getElementById(id)!.getAttribute('data-exam-assist-rules');
const checked = () => document.documentElement.getAttribute('data-exam-assist-checks') === 'idle';

function type(id: string, value: string) {
  const el = document.getElementById(id) as HTMLInputElement;
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('the touched gate', () => {
  it('an empty required field waits for an edit in its group; a filled one speaks at once', async () => {
    document.body.innerHTML = PAGE;
    assist = startPageAssist(document, { overlay: false });
    await expect.poll(() => rules('diploma') !== null && checked()).toBe(true);
    expect(rules('diploma')).toBe('');
    expect(assist.findings().some((f) => f.ruleId === 'R-DIPLOMA-REQUIRED')).toBe(false);
    // The prefilled wrong mobile number is the candidate's own value: shown at once.
    expect(rules('mobile')).toContain('R-MOBILE');
    type('school', '北京大学');
    await expect.poll(() => rules('diploma')!.includes('R-DIPLOMA-REQUIRED')).toBe(true);
  });

  it('a blur in the group opens it too', async () => {
    document.body.innerHTML = PAGE;
    assist = startPageAssist(document, { overlay: false });
    await expect.poll(() => rules('diploma') !== null && checked()).toBe(true);
    document
      .getElementById('diploma')!
      .dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await expect.poll(() => rules('diploma')!.includes('R-DIPLOMA-REQUIRED')).toBe(true);
  });

  it("the page's own 保存 opens every group; another button does not", async () => {
    document.body.innerHTML = PAGE;
    assist = startPageAssist(document, { overlay: false });
    await expect.poll(() => rules('diploma') !== null && checked()).toBe(true);
    // A submit attempt re-checks synchronously in the click: what a click did is
    // visible right after it (no waiting for "nothing happened").
    document.getElementById('add')!.click();
    expect(rules('diploma')).toBe('');
    document.getElementById('save')!.click();
    expect(rules('diploma')).toContain('R-DIPLOMA-REQUIRED');
  });
});
