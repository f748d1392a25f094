// The practice form reproduces the platform's 个人信息 and
// 考试报名 (guide-2014), is checked live by the same rules and overlay, lists what
// is still wrong, and what the candidate types is the profile (kept locally).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checksIdle, useExtension, watchPageErrors } from './harness';

describe('practice form', () => {
  const browser = useExtension({ openShadowRoots: true });
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    page = await browser.context.newPage();
    errors = watchPageErrors(page);
    await page.goto(browser.extensionUrl('practice.html'));
    await page.locator('#practice-basic-idNumber[data-exam-assist-field="idNumber"]').waitFor();
  });

  it('shows the six 个人信息 groups and the 考试报名 steps in the guide’s order', async () => {
    const groups = await page
      .locator('#part-profile ~ section h3, section[aria-labelledby="part-profile"] > section h3')
      .allTextContents();
    expect(groups.map((g) => g.trim())).toEqual([
      '基本信息',
      '联系方式',
      '工作情况',
      '教育经历',
      '培训经历',
      '证书情况',
    ]);
    const steps = await page
      .getByRole('navigation', { name: '报名步骤' })
      .getByRole('link')
      .allTextContents();
    expect(steps.map((s) => s.replace(/\s+/g, ''))).toEqual([
      '1选择报考类别',
      '2基本情况',
      '3工作情况',
      '4教育及培训',
      '5证书',
      '6确认',
    ]);
    // Same labels as the platform, and the same choices (guide-2014 填写说明 在岗情况).
    await expect(page.getByLabel('证件编号', { exact: true }).count()).resolves.toBe(1);
    const onDuty = await page.getByLabel('在岗情况').locator('option').allTextContents();
    expect(onDuty.slice(1)).toEqual(['试用期', '在职', '当年毕业研究生']);
    const certTypes = await page.locator('select[name$="$CertType"]').count();
    expect(certTypes).toBe(0); // no certificate row until "+" is pressed
  });

  it('every field of the form is recognized by the page module by its label, with its catalogue key', async () => {
    for (const name of ['添加培训经历', '添加证书'])
      await page.getByRole('button', { name }).click();
    await page
      .locator('#practice-certificates-0-registrationNumber[data-exam-assist-field]')
      .waitFor();
    const mismatches = await page.evaluate(() =>
      [...document.querySelectorAll('form input, form select')]
        .map((el) => [
          el.id,
          el.id.match(/^practice-[a-z]+-(?:\d+-)?(.+)$/)?.[1],
          el.getAttribute('data-exam-assist-field'),
        ])
        .filter(([, key, detected]) => key !== detected),
    );
    expect(mismatches).toEqual([]);
    expect(await page.locator('form [data-exam-assist-field]').count()).toBeGreaterThanOrEqual(50);
    await page.getByRole('button', { name: '删除培训经历第 1 条' }).click();
    await page.getByRole('button', { name: '删除证书情况第 1 条' }).click();
  });

  it('"+" adds an education row that the assist picks up; 删除 removes it', async () => {
    const rows = page.locator('[data-practice-row^="education-"]');
    await expect(rows.count()).resolves.toBe(1);
    await page.getByRole('button', { name: '添加教育经历' }).click();
    await expect(rows.count()).resolves.toBe(2);
    await page
      .locator('#practice-education-1-diplomaNumber[data-exam-assist-field="diplomaNumber"]')
      .waitFor();
    await page.getByRole('button', { name: '删除教育经历第 2 条' }).click();
    await expect(rows.count()).resolves.toBe(1);
    await page.getByRole('button', { name: '添加证书' }).click();
    await page
      .locator('#practice-certificates-0-certificateType[data-exam-assist-field="certificateType"]')
      .waitFor();
  });

  it('a wrong ID number is flagged on the field and in the summary, and one click fixes it', async () => {
    await page.getByLabel('证件类型').selectOption({ label: '居民身份证' });
    const id = page.locator('#practice-basic-idNumber');
    await id.fill('11010519900307101x');
    await expect.poll(() => id.getAttribute('data-exam-assist-state')).toBe('error');
    expect(await id.getAttribute('data-exam-assist-rules')).toContain('R-ID-CN');
    expect(await id.getAttribute('aria-invalid')).toBe('true');
    // The screen-reader text the field points to.
    const describedBy = (await id.getAttribute('aria-describedby'))!;
    expect(describedBy).toBeTruthy();
    const summary = page.locator('#summary');
    await expect
      .poll(() => summary.locator('li[data-field="idNumber"][data-rule="R-ID-CN"]').count())
      .toBe(1);
    await expect(summary.getByRole('status').first().textContent()).resolves.toMatch(/\d+ 处错误/);

    await page.getByRole('button', { name: /修正：改为大写 X/ }).click();
    await expect.poll(() => id.inputValue()).toBe('11010519900307101X');
    await expect.poll(() => id.getAttribute('data-exam-assist-state')).toBe('ok');
    await expect.poll(() => summary.locator('li[data-field="idNumber"]').count()).toBe(0);
  });

  it('flags the 乡镇 certificate type (R-CERT-TYPE)', async () => {
    const type = page.locator('#practice-certificates-0-certificateType');
    await type.selectOption({ label: '执业助理医师(乡镇)' });
    await expect.poll(() => type.getAttribute('data-exam-assist-rules')).toContain('R-CERT-TYPE');
    await type.selectOption({ label: '执业助理医师' });
    // Checked again (idle after the change), and then the field is fine.
    await checksIdle(page);
    expect(await type.getAttribute('data-exam-assist-rules')).not.toContain('R-CERT-TYPE');
  });

  it('keeps what was typed as the profile: a reload shows it again', async () => {
    const typedAt = Date.now();
    await page.getByLabel('考生姓名').fill('王洋');
    const status = page.getByTestId('save-status');
    await expect
      .poll(async () => Number(await status.getAttribute('data-saved-at')), { timeout: 10_000 })
      .toBeGreaterThan(typedAt);
    await expect(status.textContent()).resolves.toContain('已保存到本机');
    await page.reload();
    await expect.poll(() => page.getByLabel('考生姓名').inputValue()).toBe('王洋');
    await expect(page.locator('#practice-basic-idNumber').inputValue()).resolves.toBe(
      '11010519900307101X',
    );
    await expect(
      page.getByRole('status').filter({ hasText: '已载入本机保存的资料' }).count(),
    ).resolves.toBe(1);
  });

  it('step 6 shows the application form with the ticked education entry, as the platform prints it', async () => {
    const recap = page.locator('#step-6 .recap');
    await expect(recap.locator('[data-recap="name"] dd').textContent()).resolves.toBe('王洋');
    await expect(recap.locator('[data-recap="idNumber"] dd').textContent()).resolves.toBe(
      '11010519900307101X',
    );
    await page.locator('#practice-education-0-school').fill('湖南中医学院湘杏学院');
    await expect(recap.locator('[data-recap="school"] dd').textContent()).resolves.toBe(
      '（未填写）',
    );
    await page.locator('#practice-education-0-educationSelected').check();
    await expect(recap.locator('[data-recap="school"] dd').textContent()).resolves.toBe(
      '湖南中医学院湘杏学院',
    );
  });

  it('清空表单 empties the form, and a reload keeps it empty', async () => {
    page.once('dialog', (dialog) => void dialog.accept());
    const before = Number(
      (await page.getByTestId('save-status').getAttribute('data-saved-at')) ?? 0,
    );
    await page.getByRole('button', { name: '清空表单' }).click();
    await expect.poll(() => page.getByLabel('考生姓名').inputValue()).toBe('');
    await expect
      .poll(async () =>
        Number((await page.getByTestId('save-status').getAttribute('data-saved-at')) ?? 0),
      )
      .toBeGreaterThan(before);
    await page.reload();
    // The assist starts only after the stored profile was loaded into the form
    // (src/practice/PracticeApp.tsx onReady), so once it marked the fields and
    // checked them, the form shows whatever was loaded.
    await page.locator('#practice-basic-name[data-exam-assist-field]').waitFor();
    await checksIdle(page);
    await expect(page.getByLabel('考生姓名').inputValue()).resolves.toBe('');
    await expect(page.locator('#practice-basic-idNumber').inputValue()).resolves.toBe('');
  });

  it('switches to English and back; nothing was sent anywhere, no page errors', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Practice form');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('练习表单');
    expect(browser.foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
  });
});
