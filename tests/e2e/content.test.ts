// The content script on the platform's replica pages, in Chromium with the built
// extension, on the real hostname. Values are typed with the
// keyboard; fixes are clicked with the mouse; the overlay is read through the
// accessibility tree (tests/e2e/content-overlay.ts).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { attr, byId, checksIdle, rulesOf, typeInto, useExtension } from './harness';
import {
  axButtons,
  clickAxButton,
  messageBoxes,
  overlayHostCount,
  overlayText,
} from './content-overlay';

const browser = useExtension();

async function open(rel: string): Promise<Page> {
  const page = await browser.open(browser.platformUrl(rel));
  // The content script marks recognized fields: wait for the first one.
  await page.waitForSelector('[data-exam-assist-state]', { timeout: 10_000 });
  return page;
}

const U = (suffix: string) => `Edit:SP_User.0$${suffix}`;

describe('on the 注册 page (platform markup)', () => {
  it('recognizes the fields and marks nothing it does not know', async () => {
    const page = await open('platform/register.html');
    await expect
      .poll(attr(byId(page, U('Certificate_No')), 'data-exam-assist-field'))
      .toBe('idNumber');
    await expect
      .poll(attr(byId(page, U('Certificate_TypeID')), 'data-exam-assist-field'))
      .toBe('idType');
    await expect.poll(attr(byId(page, U('Name')), 'data-exam-assist-field')).toBe('name');
    // Buttons and the image are not fields; nothing else of the page changed.
    expect(await page.locator('#create').getAttribute('data-exam-assist-field')).toBeNull();
    expect(await overlayHostCount(page)).toBe(1);
  });

  it('R-ID-CN: a wrong check character is an error that says which character it should be', async () => {
    const page = await open('platform/register.html');
    const id = byId(page, U('Certificate_No'));
    await typeInto(id, '360426199101010072');
    await expect.poll(attr(id, 'data-exam-assist-state')).toBe('error');
    await expect.poll(rulesOf(id)).toContain('R-ID-CN');
    expect(await id.getAttribute('aria-invalid')).toBe('true');
    // The check character of 36042619910101007 is 1 (GB 11643-1999).
    const text = await overlayText(page);
    expect(text).toMatch(/校验码[^。]*应为「1」/);
    // The same message is the field's accessible description.
    const describedBy = (await id.getAttribute('aria-describedby'))!;
    const description = await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent();
    expect(description).toMatch(/校验/);
  });

  it('R-ID-CN: a valid 身份证 number stays quiet; aria-invalid goes away', async () => {
    const page = await open('platform/register.html');
    const id = byId(page, U('Certificate_No'));
    await typeInto(id, '36042619910101007');
    await page.keyboard.type('2');
    await expect.poll(attr(id, 'data-exam-assist-state')).toBe('error');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('1');
    await expect.poll(attr(id, 'data-exam-assist-state')).toBe('ok');
    expect(await id.getAttribute('data-exam-assist-rules')).toBe('');
    expect(await id.getAttribute('aria-invalid')).toBeNull();
  });

  it('R-ID-CN fix: a lower-case x is fixed to X by clicking the fix button', async () => {
    const page = await open('platform/register.html');
    const id = byId(page, U('Certificate_No'));
    await typeInto(id, '11010219900301100x');
    await expect.poll(rulesOf(id)).toContain('R-ID-CN');
    await expect.poll(async () => (await axButtons(page, /修正/)).length).toBeGreaterThan(0);
    await clickAxButton(page, /修正/);
    await expect.poll(() => id.inputValue()).toBe('11010219900301100X');
    await expect.poll(attr(id, 'data-exam-assist-state')).toBe('ok');
  });

  it('cross-field: changing 证件类型 re-checks 证件编号 (R-ID-HK)', async () => {
    const page = await open('platform/register.html');
    const id = byId(page, U('Certificate_No'));
    await typeInto(id, 'A1234563');
    await expect.poll(attr(id, 'data-exam-assist-state')).toBe('error');
    await byId(page, U('Certificate_TypeID')).selectOption({ label: '香港身份证' });
    await expect.poll(attr(id, 'data-exam-assist-state')).toBe('ok');
  });

  it('R-PASSWORD: checked for format, the password is not in any message and gets no fix', async () => {
    const page = await open('platform/register.html');
    const pw = byId(page, U('Passwd'));
    await typeInto(pw, 'ab!');
    await expect.poll(rulesOf(pw)).toContain('R-PASSWORD');
    const text = await overlayText(page);
    expect(text).not.toContain('ab!');
    await typeInto(pw, 'abc12345');
    await expect.poll(attr(pw, 'data-exam-assist-state')).toBe('ok');
  });

  it('R-EMAIL warns on a broken address and stays quiet on a good one', async () => {
    const page = await open('platform/register.html');
    const email = byId(page, U('Email'));
    await typeInto(email, 'wang@');
    await expect.poll(rulesOf(email)).toContain('R-EMAIL');
    await typeInto(email, 'wang.yang@example.com');
    await expect.poll(attr(email, 'data-exam-assist-state')).toBe('ok');
  });

  it('R-NAME-CN: letters in a mainland name are flagged; a Chinese name is fine', async () => {
    const page = await open('platform/register.html');
    const name = byId(page, U('Name'));
    await typeInto(name, 'Wang洋');
    await expect.poll(rulesOf(name)).toContain('R-NAME-CN');
    await typeInto(name, '王洋');
    await expect.poll(attr(name, 'data-exam-assist-state')).toBe('ok');
  });
});

describe('on the 个人信息 page (six groups, rows)', () => {
  const E = (n: number, s: string) => `Edit:SP_Edu.${n}$${s}`;
  const W = (s: string) => `Edit:SP_Work.0$${s}`;
  const C = (s: string) => `Edit:SP_Contact.0$${s}`;

  it(
    'R-DIPLOMA-REQUIRED: empty 毕业证书编号 warns with 在职 once the education group is touched, not with ' +
      '当年毕业研究生',
    async () => {
      const page = await open('platform/profile.html');
      const diploma = byId(page, E(0, 'Diploma_No'));
      const school = byId(page, E(0, 'School'));
      await byId(page, W('OnDuty')).selectOption({ label: '在职' });
      await page.waitForSelector('html[data-exam-assist-checks="idle"]');
      // Not reached yet: no "missing" finding on a group the candidate has not touched.
      expect(await rulesOf(diploma)()).not.toContain('R-DIPLOMA-REQUIRED');
      await typeInto(school, '北京大学');
      await expect.poll(rulesOf(diploma)).toContain('R-DIPLOMA-REQUIRED');
      // Its message is drawn when the field is focused.
      await diploma.focus();
      await expect.poll(() => overlayText(page)).toMatch(/毕业证书编号/);
      await byId(page, W('OnDuty')).selectOption({ label: '当年毕业研究生' });
      await expect.poll(rulesOf(diploma)).not.toContain('R-DIPLOMA-REQUIRED');
    },
  );

  it('R-DIPLOMA-FORMAT: a 16-digit degree number is flagged; a valid 电子注册号 is not', async () => {
    const page = await open('platform/profile.html');
    const diploma = byId(page, E(0, 'Diploma_No'));
    await typeInto(diploma, '1075522008000001');
    await expect.poll(rulesOf(diploma)).toContain('R-DIPLOMA-FORMAT');
    await typeInto(diploma, '104765201605701784');
    await expect.poll(rulesOf(diploma)).not.toContain('R-DIPLOMA-FORMAT');
  });

  it('R-YEARMONTH: 2009.6 offers a fix to 2009-06, applied by clicking', async () => {
    const page = await open('platform/profile.html');
    const grad = byId(page, E(0, 'GraduateDate'));
    await typeInto(grad, '2009.6');
    await expect.poll(rulesOf(grad)).toContain('R-YEARMONTH');
    await clickAxButton(page, /修正.*2009-06/);
    await expect.poll(() => grad.inputValue()).toBe('2009-06');
    await expect.poll(rulesOf(grad)).not.toContain('R-YEARMONTH');
  });

  it('R-MOBILE and R-HALFWIDTH: full-width digits are fixed to half-width; a valid number is quiet', async () => {
    const page = await open('platform/profile.html');
    const mobile = byId(page, C('Mobile'));
    await typeInto(mobile, '1381234567');
    await expect.poll(rulesOf(mobile)).toContain('R-MOBILE');
    await mobile.fill('１３８１２３４５６７８');
    await mobile.press('End');
    await page.keyboard.type(' ');
    await page.keyboard.press('Backspace');
    await expect.poll(rulesOf(mobile)).toContain('R-HALFWIDTH');
    await clickAxButton(page, /修正/);
    await expect.poll(() => mobile.inputValue()).toBe('13812345678');
    await expect.poll(attr(mobile, 'data-exam-assist-state')).toBe('ok');
  });

  it('R-PHONE-FIXED: a landline without the area-code hyphen is flagged; 010-62345678 is fine', async () => {
    const page = await open('platform/profile.html');
    const phone = byId(page, C('HomePhone'));
    await typeInto(phone, '01012345678');
    await expect.poll(rulesOf(phone)).toContain('R-PHONE-FIXED');
    await typeInto(phone, '010-62345678');
    await expect.poll(attr(phone, 'data-exam-assist-state')).toBe('ok');
  });

  it('R-WORKUNIT: pinyin search initials left in 工作单位名称 warn; the unit’s Chinese name is fine', async () => {
    const page = await open('platform/profile.html');
    const unit = byId(page, W('WorkUnit'));
    await typeInto(unit, 'bjdx');
    await expect.poll(rulesOf(unit)).toContain('R-WORKUNIT');
    expect(await unit.getAttribute('data-exam-assist-state')).toBe('warning');
    expect(await unit.getAttribute('aria-invalid')).toBeNull();
    await typeInto(unit, '北京大学第一医院');
    await expect.poll(rulesOf(unit)).not.toContain('R-WORKUNIT');
  });

  it('R-POSTCODE: 5 digits are flagged, 6 are fine', async () => {
    const page = await open('platform/profile.html');
    const pc = byId(page, C('PostCode'));
    await typeInto(pc, '10008');
    await expect.poll(rulesOf(pc)).toContain('R-POSTCODE');
    await page.keyboard.type('3');
    await expect.poll(attr(pc, 'data-exam-assist-state')).toBe('ok');
  });

  it('R-CERT-TYPE: 执业助理医师(乡镇) says why it does not qualify; 执业助理医师 is fine', async () => {
    const page = await open('platform/profile.html');
    const type = byId(page, 'Edit:SP_Cert.0$CertType');
    await type.scrollIntoViewIfNeeded();
    await type.selectOption({ label: '执业助理医师(乡镇)' });
    await expect.poll(rulesOf(type)).toContain('R-CERT-TYPE');
    // The full message is drawn for the field under the pointer (or focused).
    await type.hover();
    await expect.poll(() => overlayText(page)).toMatch(/乡镇/);
    await type.selectOption({ label: '执业助理医师' });
    await expect.poll(rulesOf(type)).not.toContain('R-CERT-TYPE');
  });

  it('rows added with "+" are picked up without a reload and checked per row', async () => {
    const page = await open('platform/profile.html');
    await page.locator('[data-add-row="education"]').click();
    const diploma1 = byId(page, E(1, 'Diploma_No'));
    await expect.poll(attr(diploma1, 'data-exam-assist-field')).toBe('diplomaNumber');
    await typeInto(diploma1, '12345');
    await expect.poll(rulesOf(diploma1)).toContain('R-DIPLOMA-FORMAT');
    // Row 0 is unaffected by row 1's value.
    expect(
      await byId(page, E(0, 'Diploma_No')).getAttribute('data-exam-assist-rules'),
    ).not.toContain('R-DIPLOMA-FORMAT');
    await page.locator('[data-add-row="certificates"]').click();
    const cert1 = byId(page, 'Edit:SP_Cert.1$CertType');
    await cert1.selectOption({ label: '执业助理医师(乡镇)' });
    await expect.poll(rulesOf(cert1)).toContain('R-CERT-TYPE');
  });

  it("keeps the page's own red marking working", async () => {
    const page = await open('platform/profile.html');
    const mobile = byId(page, C('Mobile'));
    await mobile.click();
    await page.keyboard.press('Tab');
    await expect
      .poll(() => mobile.evaluate((el) => (el as HTMLElement).style.borderColor))
      .toBe('red');
    expect(
      await page.evaluate(
        () => (window as unknown as { __platformChecks: number }).__platformChecks,
      ),
    ).toBeGreaterThan(0);
  });

  it('the summary badge counts findings and jumps to the next one', async () => {
    const page = await open('platform/profile.html');
    await typeInto(byId(page, C('PostCode')), '10008');
    await typeInto(byId(page, C('Mobile')), '1381234567');
    await expect
      .poll(async () => (await axButtons(page, /处错误/)).map((b) => b.name).join())
      .toMatch(/2 处错误 · \d+ 处提醒/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await clickAxButton(page, /处错误/);
    const focused = await page.evaluate(() =>
      document.activeElement?.getAttribute('data-exam-assist-field'),
    );
    expect(['mobile', 'postcode']).toContain(focused);
  });

  it(
    "only the focused field's message is drawn, covering no other field, and it follows its field on " +
      'scroll',
    async () => {
      const page = await open('platform/profile.html');
      const mobile = byId(page, C('Mobile'));
      await typeInto(mobile, '1381234567');
      await expect.poll(rulesOf(mobile)).toContain('R-MOBILE');
      await expect.poll(async () => (await messageBoxes(page)).length).toBe(1);
      const covers = async () => {
        const [box] = await messageBoxes(page);
        if (!box) return [];
        return page.evaluate((b) => {
          const hit: string[] = [];
          for (const el of document.querySelectorAll('input, select, button, td.lbl')) {
            const r = el.getBoundingClientRect();
            if (r.left < b.x + b.width && r.right > b.x && r.top < b.y + b.height && r.bottom > b.y)
              hit.push(el.id || el.textContent || el.tagName);
          }
          return hit;
        }, box);
      };
      expect(await covers()).toEqual([]);
      // Another field gets the focus: the mobile's message goes, its marker stays.
      const address = byId(page, C('Address'));
      await address.click();
      await expect.poll(async () => (await messageBoxes(page)).length).toBe(0);
      // Scrolling: the message stays beside its field (re-placed in a free spot).
      await mobile.focus();
      await page.setViewportSize({ width: 1280, height: 500 });
      await mobile.scrollIntoViewIfNeeded();
      await expect.poll(async () => (await messageBoxes(page)).length).toBe(1);
      // Re-placed after each scroll (no polling interval): it moves with the page,
      // stays on screen and covers nothing (placement may pick another free spot).
      const boxY = async () => (await messageBoxes(page))[0]?.y ?? NaN;
      const onScreen = async () => {
        const [box] = await messageBoxes(page);
        return !!box && box.y >= 0 && box.y + box.height <= 500;
      };
      const before = await boxY();
      await page.evaluate(() => window.scrollBy(0, 60));
      await expect.poll(boxY).not.toBe(before);
      await expect.poll(onScreen).toBe(true);
      expect(await covers()).toEqual([]);
      const moved = await boxY();
      await page.evaluate(() => window.scrollBy(0, -60));
      await expect.poll(boxY).not.toBe(moved);
      await expect.poll(onScreen).toBe(true);
      expect(await covers()).toEqual([]);
    },
  );

  it(
    'keyboard: Alt+Enter in the field applies its fix (announced on the field); Alt+Shift+N goes to the next ' +
      'problem',
    async () => {
      const page = await open('platform/profile.html');
      const grad = byId(page, E(0, 'GraduateDate'));
      await typeInto(grad, '2009.6');
      await expect.poll(rulesOf(grad)).toContain('R-YEARMONTH');
      expect(await grad.getAttribute('aria-keyshortcuts')).toBe('Alt+Enter');
      const describedBy = (await grad.getAttribute('aria-describedby'))!.split(' ').pop()!;
      expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain('Alt+Enter');
      await page.keyboard.press('Alt+Enter');
      await expect.poll(() => grad.inputValue()).toBe('2009-06');
      await expect.poll(rulesOf(grad)).not.toContain('R-YEARMONTH');
      expect(await grad.getAttribute('aria-keyshortcuts')).toBeNull();
      const pc = byId(page, C('PostCode'));
      await typeInto(pc, '10008');
      await expect.poll(rulesOf(pc)).toContain('R-POSTCODE');
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('Alt+Shift+N');
      await expect
        .poll(() =>
          page.evaluate(() => document.activeElement?.getAttribute('data-exam-assist-field')),
        )
        .toBe('postcode');
    },
  );

  it('typing does not move focus, and the host element comes back when the page removes it', async () => {
    const page = await open('platform/profile.html');
    const pc = byId(page, C('PostCode'));
    await typeInto(pc, '10008');
    await expect.poll(attr(pc, 'data-exam-assist-state')).not.toBe('ok');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      'Edit:SP_Contact.0$PostCode',
    );
    await page.evaluate(() => document.querySelector('[data-exam-assist-overlay]')?.remove());
    await expect.poll(() => overlayHostCount(page)).toBe(1);
    await expect.poll(() => overlayText(page)).toMatch(/邮政编码|邮编|postcode|6/i);
  });
});

describe('on the 考试报名 steps', () => {
  it('step 6: R-ATTEMPTS flags 0 and accepts 1', async () => {
    const page = await open('platform/apply-step6.html');
    const attempts = byId(page, 'Edit:SP_Apply.0$ExamCount');
    await typeInto(attempts, '0');
    await expect.poll(rulesOf(attempts)).toContain('R-ATTEMPTS');
    await typeInto(attempts, '1');
    await expect.poll(rulesOf(attempts)).not.toContain('R-ATTEMPTS');
  });

  it(
    'steps loaded into the page without a reload are picked up; fields of the step that left are ' +
      'forgotten',
    async () => {
      const page = await open('platform/apply.html');
      await expect.poll(() => page.locator('[data-exam-assist-field="idNumber"]').count()).toBe(1);
      for (let i = 0; i < 3; i++) await page.locator('#next').click();
      await expect.poll(() => page.getAttribute('body', 'data-step')).toBe('5');
      await expect.poll(() => page.locator('[data-exam-assist-field="idNumber"]').count()).toBe(0);
      const type = byId(page, 'Edit:SP_Cert.0$CertType');
      await expect.poll(attr(type, 'data-exam-assist-field')).toBe('certificateType');
      await type.selectOption({ label: '执业助理医师(乡镇)' });
      await expect.poll(rulesOf(type)).toContain('R-CERT-TYPE');
      // The badge counts this step's findings (R-CERT-TYPE is an error or, without the
      // education of the other steps known, a warning).
      const total = async () => {
        const m = /(\d+) 处错误 · (\d+) 处提醒/.exec(
          (await axButtons(page, /处错误/)).map((b) => b.name).join(),
        );
        return m ? Number(m[1]) + Number(m[2]) : 0;
      };
      await expect.poll(total).toBeGreaterThan(0);
    },
  );

  it('step 4: 选择 checkboxes of education and training rows are told apart', async () => {
    const page = await open('platform/apply-step4.html');
    await expect
      .poll(attr(byId(page, 'Edit:SP_Edu.1$IsSelected'), 'data-exam-assist-field'))
      .toBe('educationSelected');
    await expect
      .poll(attr(byId(page, 'Edit:SP_Train.0$IsSelected'), 'data-exam-assist-field'))
      .toBe('trainingSelected');
  });
});

describe('on other markups and in frames', () => {
  it('labels above fields with meaningless ids: 证件号码 is checked, 备注 is left alone', async () => {
    const page = await open('platform/alt/labels-above.html');
    const id = page.locator('#f_17');
    await page.locator('#f_3').selectOption({ label: '居民身份证' });
    await typeInto(id, '360426199101010072');
    await expect.poll(rulesOf(id)).toContain('R-ID-CN');
    await checksIdle(page);
    expect(
      await page
        .locator('#f_30')
        .evaluate((el) => el.getAttributeNames().filter((n) => n.startsWith('data-exam-assist'))),
    ).toEqual([]);
    expect(await page.locator('#f_31').getAttribute('data-exam-assist-field')).toBeNull();
    // Cards of rows added by the page's own script.
    await page.locator('#add-edu').click();
    await expect
      .poll(() => page.locator('[data-exam-assist-field="diplomaNumber"]').count())
      .toBe(2);
  });

  it('a radio group for 性别 is checked against the ID number (R-SEX-FROM-ID)', async () => {
    const page = await open('platform/alt/labels-above.html');
    await page.locator('#f_3').selectOption({ label: '居民身份证' });
    await typeInto(page.locator('#f_17'), '110102199101010078'); // digit 17 odd: male
    const first = page.locator('#f_5');
    await expect.poll(attr(first, 'data-exam-assist-field')).toBe('sex');
    await page.locator('#f_6').click();
    await expect.poll(rulesOf(first)).toContain('R-SEX-FROM-ID');
    await page.locator('#f_5').click();
    await expect.poll(rulesOf(first)).not.toContain('R-SEX-FROM-ID');
    await checksIdle(page);
    expect(await page.locator('#f_6').getAttribute('data-exam-assist-field')).toBeNull();
  });

  it('checks fields inside a same-origin iframe and an about:srcdoc iframe', async () => {
    const page = await open('platform/alt/frames.html');
    const inner = page.frameLocator('#cert-frame');
    await inner.locator('#x1').selectOption({ label: '执业助理医师(乡镇)' });
    await expect
      .poll(async () => inner.locator('#x1').getAttribute('data-exam-assist-rules'))
      .toContain('R-CERT-TYPE');
    const srcdoc = page.frameLocator('#srcdoc-frame');
    const id = srcdoc.locator('#s1');
    await id.click();
    await id.pressSequentially('360426199101010072');
    await expect.poll(async () => id.getAttribute('data-exam-assist-rules')).toContain('R-ID-CN');
  });
});

describe('the page is not broken', () => {
  it('no console errors on any page opened, and no request left the computer', () => {
    expect(browser.opened().length).toBeGreaterThan(0);
    for (const { page, errors } of browser.opened()) expect(errors, page.url()).toEqual([]);
    expect(browser.foreignRequests).toEqual([]);
  });
});
