// The materials checklist (报名材料清单) in the real extension: the practice
// form filled for the three typical candidates gives each exactly the items
// of the guide's list with their reasons; the list prints on one A4 page; the
// ticks are saved with the profile and come back through export and import.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, watchPageErrors, type ExtensionBrowser } from './harness';
import { examYearOf } from '../../src/rules/materials';

const YEAR = examYearOf(new Date());

/** Fills the practice form by the fields' element ids, as a person picks and types. */
async function fill(page: Page, values: [string, string][]) {
  for (const [id, value] of values) {
    const field = page.locator(`[id="practice-${id}"]`);
    const tag = await field.evaluate((el) => el.tagName + ':' + (el as HTMLInputElement).type);
    if (tag.startsWith('SELECT')) await field.selectOption({ label: value });
    else if (tag.endsWith(':checkbox')) await field.check();
    else await field.fill(value);
  }
}

const list = (page: Page) => page.getByTestId('materials').locator('li[data-material]');
const itemIds = (page: Page) =>
  list(page).evaluateAll((items) => items.map((li) => li.getAttribute('data-material')));
const reasonOf = (page: Page, id: string) =>
  page.locator(`li[data-material="${id}"] [data-testid="reason"]`).textContent();

async function clearForm(page: Page) {
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: '清空表单' }).click();
  await expect.poll(() => page.locator('[id="practice-basic-idType"]').inputValue()).toBe('');
}

describe('materials checklist', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchExtension();
    page = await browser.context.newPage();
    errors = watchPageErrors(page);
    await page.goto(browser.extensionUrl('practice.html'));
    await page.locator('#practice-basic-idNumber[data-exam-assist-field="idNumber"]').waitFor();
  });
  afterAll(async () => browser?.close());

  it('应届本科毕业生: the guide’s items for this year’s graduate', async () => {
    await fill(page, [
      ['basic-name', '王小明'],
      ['basic-idType', '居民身份证'],
      ['work-onDutyStatus', '试用期'],
      ['work-workUnit', '北京大学第一医院'],
      ['education-0-educationSelected', 'true'],
      ['education-0-educationRegion', '大陆'],
      ['education-0-school', '北京大学'],
      ['education-0-educationLevel', '本科'],
      ['education-0-graduationDate', `${YEAR}-07`],
      ['application-examCategory', '110 临床执业医师'],
    ]);
    await expect
      .poll(() => itemIds(page))
      .toEqual([
        'notice-slip',
        'id-document',
        'diploma',
        'probation-assessment',
        'institution-licence',
        'graduate-pledge',
        'photo',
      ]);
    expect(await reasonOf(page, 'graduate-pledge')).toContain(`毕业年月：${YEAR}-07`);
    expect(await reasonOf(page, 'institution-licence')).toBe(
      '工作单位名称：北京大学第一医院（医疗机构）',
    );
    expect(await reasonOf(page, 'id-document')).toBe('证件类型：居民身份证');
    // The checklist's own controls are not taken for form fields by the page assist.
    expect(await page.getByTestId('materials').locator('[data-exam-assist-field]').count()).toBe(0);
  });

  it('执业助理医师 → 执业医师 with 中专: certificates and the practice assessment', async () => {
    await clearForm(page);
    await page.getByRole('button', { name: '添加证书' }).click();
    await fill(page, [
      ['basic-name', '李强'],
      ['basic-idType', '居民身份证'],
      ['work-onDutyStatus', '在职'],
      ['work-workUnit', '某某县人民医院'],
      ['education-0-educationSelected', 'true'],
      ['education-0-educationRegion', '大陆'],
      ['education-0-educationLevel', '中专'],
      ['education-0-graduationDate', '2012-07'],
      ['certificates-0-certificateSelected', 'true'],
      ['certificates-0-certificateType', '执业助理医师'],
      ['certificates-0-certificateIssueDate', '2014-12'],
      ['certificates-0-registrationDate', '2015-06'],
      ['application-examCategory', '110 临床执业医师'],
    ]);
    await expect
      .poll(() => itemIds(page))
      .toEqual([
        'notice-slip',
        'id-document',
        'diploma',
        'assistant-qualification-cert',
        'assistant-practice-cert',
        'practice-assessment',
        'institution-licence',
        'photo',
      ]);
    expect(await reasonOf(page, 'practice-assessment')).toBe(
      '报考类别：110 临床执业医师；证书情况：执业助理医师（发证 2014-12）',
    );
    expect(await reasonOf(page, 'diploma')).toBe('学历：中专');
  });

  it('台湾 candidate with 台湾身份证: the degree certification and the internship form', async () => {
    await clearForm(page);
    await fill(page, [
      ['basic-name', 'Chen Mei'],
      ['basic-idType', '台湾身份证'],
      ['work-onDutyStatus', '试用期'],
      ['work-workUnit', '厦门大学附属第一医院'],
      ['education-0-educationSelected', 'true'],
      ['education-0-educationRegion', '港澳台'],
      ['education-0-school', '台湾大学'],
      ['education-0-educationLevel', '本科'],
      ['education-0-graduationDate', '2022-06'],
      ['application-examCategory', '110 临床执业医师'],
      ['application-examRegion', '福建省'],
    ]);
    await expect
      .poll(() => itemIds(page))
      .toEqual([
        'notice-slip',
        'id-document',
        'diploma',
        'foreign-degree-cert',
        'probation-assessment',
        'internship-form-hkmotw',
        'institution-licence',
        'photo',
      ]);
    expect(await reasonOf(page, 'internship-form-hkmotw')).toBe('证件类型：台湾身份证');
    expect(await reasonOf(page, 'foreign-degree-cert')).toBe('教育经历·类型：港澳台，台湾大学');
    // Scans link to the photo tool's material preset; the ID takes two images.
    const idItem = page.locator('li[data-material="id-document"]');
    await expect(idItem.getByRole('link').getAttribute('href')).resolves.toMatch(
      /photo\.html\?preset=material$/,
    );
    await expect(idItem.textContent()).resolves.toContain('需上传 2 张');
  });

  it('prints the list alone on one A4 page', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => (document.documentElement.dataset.print = 'materials'));
    // On paper: the checklist with its items, nothing of the form around it.
    expect(await page.getByTestId('materials').isVisible()).toBe(true);
    expect(await page.locator('li[data-material="internship-form-hkmotw"]').isVisible()).toBe(true);
    expect(await page.locator('form').first().isVisible()).toBe(false);
    expect(await page.locator('#summary').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    await page.evaluate(() => delete document.documentElement.dataset.print);
    await page.emulateMedia({ media: 'screen' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBe(1);
  });

  it('ticks are saved with the profile and come back through export and import', async () => {
    await page.getByLabel(/网上报名成功通知单/).check();
    await page.getByLabel(/小 2 寸白底证件照/).check();
    await page.getByLabel('材料名称').fill('学历认证报告');
    await page.getByRole('button', { name: '添加', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('materials-count').textContent())
      .toBe('已准备 2 / 9 项');
    const options = await browser.context.newPage();
    const optionErrors = watchPageErrors(options);
    await options.goto(browser.extensionUrl('options.html'));
    const ready = (id: string) =>
      options.locator(`li[data-material="${id}"]`).getAttribute('data-ready');
    // The practice form's autosave reaches the store; the options page shows the same ticks.
    await expect
      .poll(
        async () => {
          await options.reload();
          await options.getByTestId('materials').waitFor();
          return [
            await ready('notice-slip'),
            await ready('photo'),
            await ready('diploma'),
            await options.locator('li[data-extra="学历认证报告"]').count(),
          ];
        },
        { timeout: 15_000 },
      )
      .toEqual(['true', 'true', 'false', 1]);

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: '导出文件' }).click(),
    ]);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'exam-assist-materials-')), 'p.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.version).toBe(2);
    expect(exported.profile.materials.ready.sort()).toEqual(['notice-slip', 'photo']);

    // Untick on the options page (saved), then import the file: the ticks are back.
    await options.locator('li[data-material="notice-slip"] input[type="checkbox"]').uncheck();
    await expect.poll(() => ready('notice-slip')).toBe('false');
    // The tick shows at once; its save (a read and a write of the newest snapshot) may land
    // a moment later, so a reload at once can still show the old tick: wait for a reload to
    // show the new one.
    await expect
      .poll(
        async () => {
          await options.reload();
          await options.getByTestId('materials').waitFor();
          return ready('notice-slip');
        },
        { timeout: 15_000 },
      )
      .toBe('false');
    await options.getByLabel('选择要导入的文件').setInputFiles(file);
    await options.getByRole('button', { name: '导入', exact: true }).click();
    // The file is checked against the rules first; nothing is saved before the confirmation.
    const findings = options.getByTestId('import-findings');
    await findings.waitFor({ timeout: 20_000 });
    expect(await findings.textContent()).toContain('尚未保存');
    expect(await ready('notice-slip')).toBe('false');
    await findings.getByRole('button', { name: /^(确认导入|仍然导入)$/ }).click();
    await expect.poll(() => ready('notice-slip'), { timeout: 20_000 }).toBe('true');
    await expect.poll(() => ready('photo')).toBe('true');
    await options.reload();
    await expect.poll(() => ready('notice-slip')).toBe('true');
    await expect(options.locator('li[data-extra="学历认证报告"]').count()).resolves.toBe(1);
    expect(optionErrors).toEqual([]);
    expect(errors).toEqual([]);
    expect(browser.foreignRequests).toEqual([]);
  });
});
