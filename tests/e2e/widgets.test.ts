// Pages built with the real widget libraries (tests/fixtures/widgets/, libraries
// from npm vendored by scripts/vendor-widgets.mjs), driven as a person does:
// every field recognized, the checks hold on the widgets' own controls, restore
// goes through the widgets into the framework's model (read here in the page's
// main world), the photo reaches the upload component's handler, and no message
// covers an open dropdown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, watchPageErrors, type ExtensionBrowser } from './harness';
import { messageBoxes } from './content-overlay';
import { dumpStore, newestProfile, storedWhen } from './backup-helpers';
import { DRIVERS, type WidgetDriver } from './widgets-drivers';
// @ts-expect-error plain .mjs script without types
import { fetchTestPhotos, PHOTO_DIR } from '../../scripts/fetch-test-photos.mjs';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtension();
});
afterAll(async () => {
  expect(browser.foreignRequests).toEqual([]);
  await browser?.close();
});

async function open(driver: WidgetDriver, query = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = watchPageErrors(page);
  await page.goto(browser.platformUrl(driver.page + query));
  await page.waitForSelector('[data-exam-assist-field]', { timeout: 15_000 });
  await page.waitForSelector('html[data-exam-assist-checks="idle"]');
  return { page, errors };
}

const idle = (page: Page) =>
  page.waitForSelector('html[data-exam-assist-checks="idle"]', { timeout: 10_000 });
const rules = async (page: Page, driver: WidgetDriver, label: string, nth = 0) =>
  (await driver.control(page, label, nth).getAttribute('data-exam-assist-rules'))
    ?.split(' ')
    .filter(Boolean) ?? [];

/** The keys of the fields our rules mark now (page contract: data-exam-assist-state). */
const flaggedKeys = (page: Page) =>
  page
    .locator('[data-exam-assist-state=error],[data-exam-assist-state=warning]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-exam-assist-field')));

/** Every field of the replica and the key it must be recognized as. */
const FIELDS: [string, string][] = [
  ['考生姓名', 'name'],
  ['证件类型', 'idType'],
  ['证件编号', 'idNumber'],
  ['性别', 'sex'],
  ['出生日期', 'birthDate'],
  ['手机号码', 'mobile'],
  ['电子邮件', 'email'],
  ['联系地址', 'address'],
  ['邮政编码', 'postcode'],
  ['在岗情况', 'onDutyStatus'],
  ['工作单位名称', 'workUnit'],
  ['毕业学校', 'school'],
  ['毕业年月', 'graduationDate'],
  ['学历', 'educationLevel'],
  ['毕业证书编号', 'diplomaNumber'],
  ['证书类型', 'certificateType'],
  ['发证年月', 'certificateIssueDate'],
  ['证书编号', 'certificateNumber'],
  ['个人照片', 'photo'],
];

// A valid mainland number of a woman born 1990-03-15: R-AGE (18 to 75 on the day the test runs)
// holds for decades. 11010519491231002X turned 76 on 2025-12-31 and was flagged from then on.
const ID_WOMAN = '110105199003150025';
const BIRTH_WOMAN = '1990-03-15';

for (const driver of DRIVERS) {
  describe(`${driver.lib} replica`, () => {
    it('recognizes every field, in the rows added with "+" too', async () => {
      const { page, errors } = await open(driver);
      await driver.addEducationRow(page);
      for (const [label, key] of FIELDS)
        await expect
          .poll(() => driver.control(page, label).getAttribute('data-exam-assist-field'), {
            message: label,
          })
          .toBe(key);
      await expect
        .poll(() => driver.control(page, '毕业证书编号', 1).getAttribute('data-exam-assist-field'))
        .toBe('diplomaNumber');
      expect(errors).toEqual([]);
      await page.close();
    });

    it('checks what the widgets show: R-SEX-FROM-ID, R-CERT-TYPE, a future month picked in the panel', async () => {
      const { page, errors } = await open(driver);
      await driver.select(page, '证件类型', '居民身份证');
      await driver.type(page, '证件编号', ID_WOMAN);
      await driver.radio(page, '性别', '男');
      await expect.poll(() => rules(page, driver, '性别')).toContain('R-SEX-FROM-ID');
      await driver.radio(page, '性别', '女');
      await expect.poll(() => rules(page, driver, '性别')).not.toContain('R-SEX-FROM-ID');

      await driver.select(page, '证书类型', '执业助理医师(乡镇)');
      await expect.poll(() => rules(page, driver, '证书类型')).toContain('R-CERT-TYPE');
      await driver.select(page, '证书类型', '执业助理医师');
      await expect.poll(() => rules(page, driver, '证书类型')).not.toContain('R-CERT-TYPE');

      await driver.pickNextYearMonth(page, '发证年月');
      await expect.poll(() => rules(page, driver, '发证年月')).toContain('R-YEARMONTH');
      expect(errors).toEqual([]);
      await page.close();
    });

    it('Alt+Shift+N goes to the problem in the box a person sees', async () => {
      const { page, errors } = await open(driver);
      await driver.select(page, '证书类型', '执业助理医师(乡镇)');
      await expect.poll(() => rules(page, driver, '证书类型')).toContain('R-CERT-TYPE');
      // Away from the field (a click on the page's margin), then the shortcut.
      await page.mouse.click(3, 3);
      await page.keyboard.press('Alt+Shift+N');
      // Focus is on something visible inside what the candidate sees of 证书类型 (layui hides
      // the native select and draws its own box).
      const focusedInBox = () =>
        driver.box(page, '证书类型').evaluate((box) => {
          const active = document.activeElement as HTMLElement | null;
          if (!active || !(box === active || box.contains(active))) return false;
          const rect = active.getBoundingClientRect();
          return (
            rect.width > 0 && rect.height > 0 && getComputedStyle(active).visibility !== 'hidden'
          );
        });
      await expect.poll(focusedInBox).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('no message covers an open dropdown', async () => {
      const { page } = await open(driver);
      await driver.select(page, '证书类型', '执业助理医师(乡镇)');
      await expect.poll(() => rules(page, driver, '证书类型')).toContain('R-CERT-TYPE');
      // Pointing at the field shows its message (layui's pick leaves no focus in the field).
      await driver.box(page, '证书类型').hover();
      await expect.poll(async () => (await messageBoxes(page)).length).toBeGreaterThan(0);
      const list = await driver.openSelect(page, '证书类型');
      const box = (await list.boundingBox())!;
      const overlaps = (b: { x: number; y: number; width: number; height: number }) =>
        b.x < box.x + box.width &&
        box.x < b.x + b.width &&
        b.y < box.y + box.height &&
        box.y < b.y + b.height;
      await expect.poll(async () => (await messageBoxes(page)).filter(overlaps)).toEqual([]);
      // The option under the message's old place takes the click.
      await driver
        .options(list)
        .filter({ hasText: /^\s*执业医师\s*$/ })
        .click();
      await expect.poll(() => rules(page, driver, '证书类型')).not.toContain('R-CERT-TYPE');
      await page.close();
    });

    it('restore puts every value into the framework model and says so truthfully', async () => {
      const ext = await browser.context.newPage();
      await ext.goto(browser.extensionUrl('options.html'));
      const { page } = await open(driver);
      await driver.type(page, '考生姓名', '王小梅');
      await driver.select(page, '证件类型', '居民身份证');
      await driver.type(page, '证件编号', ID_WOMAN);
      await driver.radio(page, '性别', '女');
      await driver.type(page, '出生日期', BIRTH_WOMAN);
      await driver.type(page, '手机号码', '13800138000');
      await driver.type(page, '电子邮件', 'wxm@example.cn');
      await driver.select(page, '在岗情况', '在职');
      await driver.type(page, '工作单位名称', '某市人民医院');
      await driver.type(page, '毕业学校', '某医学院');
      await driver.type(page, '毕业年月', '2012-07');
      await driver.select(page, '学历', '大专');
      // Digits 11–12 "06" are 专科, as 学历 大专 says (R-DIPLOMA-FORMAT warns on "05" 本科).
      await driver.type(page, '毕业证书编号', '123451201206000123');
      await driver.select(page, '证书类型', '执业助理医师');
      await driver.type(page, '发证年月', '2014-05');
      // Typed by hand, these values raise nothing: restore must say the same.
      await idle(page);
      expect(await flaggedKeys(page)).toEqual([]);
      const filled = await driver.model(page);
      expect(filled.sex).toBe('2');
      expect(filled.education[0].graduationDate).toBe('2012-07');
      await storedWhen(ext, (p) => p?.certificates?.[0]?.certificateIssueDate === '2014-05');
      const saved = newestProfile(await dumpStore(ext));
      expect(saved.basic.sex).toBe('女');
      expect(saved.basic.idType).toBe('居民身份证');
      await page.close();

      const { page: empty, errors } = await open(driver, '?copy');
      const title = await empty.title();
      await ext.reload();
      await ext.locator('tr[data-snapshot]').first().getByRole('button', { name: '恢复…' }).click();
      const target = ext.getByLabel('恢复到哪个标签页');
      await target.waitFor();
      await target.selectOption({
        label: (await target.locator('option', { hasText: title }).first().textContent())!,
      });
      await ext.getByRole('button', { name: '预览', exact: true }).click();
      await ext.getByRole('button', { name: '恢复到页面' }).click();
      const result = ext.locator('.result');
      await result.getByText(/已填入 \d+ 个，保留/).waitFor({ timeout: 30_000 });
      expect(await result.textContent()).toContain(
        '已填入 15 个，保留 0 个，未能填入 0 个，仍有问题 0 个。',
      );
      expect(await result.locator('.note.warning').count()).toBe(0);
      await idle(empty);
      expect(await flaggedKeys(empty)).toEqual([]);
      const restored = await driver.model(empty);
      expect(restored).toEqual(filled);
      expect(errors).toEqual([]);
      await empty.close();
      await ext.close();
    });

    it('the photo reaches the upload component as a compliant JPEG', async () => {
      await fetchTestPhotos();
      const { page } = await open(driver);
      await page.setInputFiles(driver.photoInput, path.join(PHOTO_DIR, 'phone-12mp-upright.jpg'));
      await page.waitForFunction(() => (window as any).uploads.length > 0, undefined, {
        timeout: 60_000,
      });
      const [upload] = await page.evaluate(() => (window as any).uploads);
      expect(upload.type).toBe('image/jpeg');
      expect(upload.size).toBeLessThanOrEqual(40_000);
      await page.close();
    });
  });
}
