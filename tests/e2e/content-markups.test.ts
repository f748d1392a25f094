// The content script on markups of the platform's forms that the replica pages
// do not use (tests/fixtures/unseen/: ElementUI, old tables with title rows and
// name-only ids, Bootstrap steps 2–6, a provincial 考生服务系统), in Chromium with
// the built extension. The fixtures mark what a person reading the page would call
// each field (data-expect="key" or "key@row"); every other control must carry no
// data-exam-assist-* attribute. Unit twin: tests/unit/page/classifier-markups.test.ts.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checksIdle, rulesOf, typeInto, useExtension } from './harness';

const browser = useExtension();

async function open(rel: string): Promise<Page> {
  const page = await browser.open(browser.platformUrl(rel));
  await page.waitForSelector('[data-exam-assist-state]', { timeout: 10_000 });
  return page;
}

/** Controls whose data-exam-assist-field differs from the fixture's mark (rows are not visible on the page). */
async function differences(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const radios = new Set<string>();
    for (const el of document.querySelectorAll('input,select,textarea')) {
      const type = el.getAttribute('type') ?? '';
      if (['hidden', 'submit', 'button', 'reset', 'image'].includes(type)) continue;
      const name = el.getAttribute('name') ?? '';
      if (type === 'radio' && name && radios.has(name)) {
        // Only the first radio of a group stands for it; the others stay unmarked.
        if (el.hasAttribute('data-exam-assist-field'))
          out.push(`radio ${name}: a second radio is marked`);
        continue;
      }
      if (type === 'radio') radios.add(name);
      const want = (el.getAttribute('data-expect') ?? '').split('@')[0] || null;
      const got = el.getAttribute('data-exam-assist-field');
      if (want !== got) out.push(`${el.outerHTML.slice(0, 90)}: expected ${want}, got ${got}`);
    }
    return out;
  });
}

describe('unseen markups in Chromium', () => {
  it(
    'ElementUI sign-up: fields found through wrappers and the +86 prefix; R-MOBILE on a number starting with ' +
      '0',
    async () => {
      const page = await open('unseen/elementui-register.html');
      await expect.poll(() => differences(page)).toEqual([]);
      const mobile = page.locator('[data-expect=mobile]');
      await typeInto(mobile, '0138123456');
      await expect.poll(rulesOf(mobile)).toContain('R-MOBILE');
      // The site search box is not a platform field, whatever is typed into it.
      const search = page.locator('input[name=keyword]');
      await typeInto(search, '１２３');
      await checksIdle(page);
      expect(await search.getAttribute('data-exam-assist-state')).toBeNull();
    },
  );

  it('old table 个人信息 with name-only ids: R-ID-CN on the ID cell, no R-ONDUTY for an untouched "--请选择--"', async () => {
    const page = await open('unseen/table-profile.html');
    await expect.poll(() => differences(page)).toEqual([]);
    const onDuty = page.locator('select[name="SP_Work.0$OnDuty"]');
    await expect.poll(() => onDuty.getAttribute('data-exam-assist-state')).not.toBeNull();
    await checksIdle(page);
    expect(await rulesOf(onDuty)()).not.toContain('R-ONDUTY');
    const id = page.locator('input[name="SP_User.0$Certificate_No"]');
    await typeInto(id, '360426199101010072');
    await expect.poll(rulesOf(id)).toContain('R-ID-CN');
    // A diploma number in the second fieldset row is checked as a diploma number.
    const diploma = page.locator('input[name=edu_no_1]');
    await typeInto(diploma, '1075522008000001');
    await expect.poll(rulesOf(diploma)).toContain('R-DIPLOMA-FORMAT');
  });

  it('Bootstrap 考试报名 steps 2–6 and the provincial 考生服务系统: fields found, unrelated boxes left alone', async () => {
    const apply = await open('unseen/bootstrap-apply.html');
    await expect.poll(() => differences(apply)).toEqual([]);
    const province = await open('unseen/province.html');
    await expect.poll(() => differences(province)).toEqual([]);
    // The either-or query box (证件号码/报名号) takes an application number without a word.
    const query = province.locator('#q1');
    await typeInto(query, '110123456');
    // Once the checks are done after the last key, the box still carries no mark.
    await checksIdle(province);
    expect(await query.getAttribute('data-exam-assist-state')).toBeNull();
  });
});

describe('static-markup gaps in Chromium', () => {
  it('one 教育及培训 step: the education rows found beside the training rows; R-DIPLOMA-FORMAT in row 1', async () => {
    const page = await open('unseen/step-edu-training.html');
    await expect.poll(() => differences(page)).toEqual([]);
    // A 16-digit degree number typed where the diploma number goes (the mission's own mistake).
    const diploma = page.locator('[data-expect="diplomaNumber@0"]');
    await typeInto(diploma, '1075522008000001');
    await expect.poll(rulesOf(diploma)).toContain('R-DIPLOMA-FORMAT');
  });

  it('one label over two boxes, either-or labels: fields found; the phone checked as one number', async () => {
    const page = await open('unseen/split-either.html');
    await expect.poll(() => differences(page)).toEqual([]);
    // 固定电话: area code and number in two boxes; a 4-digit number is too short as a whole.
    const area = page.locator('input[name=gh1]');
    await typeInto(area, '010');
    await typeInto(page.locator('input[name=gh2]'), '1234');
    await expect.poll(rulesOf(area)).toContain('R-PHONE-FIXED');
    await typeInto(page.locator('input[name=gh2]'), '62345678');
    await expect.poll(rulesOf(area)).not.toContain('R-PHONE-FIXED');
  });
});

describe('the page is not broken', () => {
  it('no console errors on any page opened, and no request left the computer', () => {
    expect(browser.opened().length).toBeGreaterThan(0);
    for (const { page, errors } of browser.opened()) expect(errors, page.url()).toEqual([]);
    expect(browser.foreignRequests).toEqual([]);
  });
});
