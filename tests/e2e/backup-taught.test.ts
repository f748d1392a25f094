// A taught field is backed up from the moment it is taught, in Chromium with
// the built extension, on a page whose labels the extension does not know
// (tests/fixtures/unknown/signup.html): the candidate types an address into an
// unrecognized box, teaches it as 联系地址, and the backup holds the address
// without any further typing or a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchExtension, type ExtensionBrowser } from './harness';
import { axButtons, clickAxButton, overlayText } from './content-overlay';
import { storedWhen } from './backup-helpers';

const UNKNOWN = 'unknown/signup.html';

/** Focus a field, open the picker from the summary, type the field name, Enter (as tests/e2e/teach.test.ts). */
async function teach(page: Page, field: Locator, name: string): Promise<void> {
  await field.focus();
  await expect
    .poll(async () => (await axButtons(page, /教助手认字段|这个字段是/)).length, {
      timeout: 10_000,
    })
    .toBeGreaterThan(0);
  await clickAxButton(page, /教助手认字段|这个字段是/);
  await expect.poll(() => overlayText(page), { timeout: 5_000 }).toContain('搜索字段名称');
  await expect
    .poll(() =>
      page.evaluate(
        () => document.activeElement?.hasAttribute('data-exam-assist-overlay') ?? false,
      ),
    )
    .toBe(true);
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
}

describe('backup of a taught field', () => {
  let browser: ExtensionBrowser;
  let ext: Page;
  beforeAll(async () => {
    browser = await launchExtension();
    ext = await browser.context.newPage();
    await ext.goto(browser.extensionUrl('options.html'));
  });
  afterAll(async () => browser?.close());

  it('what was typed into a field is saved as soon as the field is taught', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.platformUrl(UNKNOWN));
    await expect.poll(() => overlayText(page), { timeout: 10_000 }).toContain('没有认出');
    const address = page.locator('[id="zz_04"]');
    await address.click();
    await page.keyboard.type('北京市海淀区学院路38号');
    await teach(page, address, '联系地址');
    await expect.poll(() => address.getAttribute('data-exam-assist-field')).toBe('address');
    // No more typing, no reload: the backup takes the taught field's value.
    await storedWhen(ext, (p) => p?.contact?.address === '北京市海淀区学院路38号');
    // And what is typed afterwards goes in as usual.
    await address.fill('上海市黄浦区南京东路1号');
    await storedWhen(ext, (p) => p?.contact?.address === '上海市黄浦区南京东路1号');
    await page.close();
    expect(browser.foreignRequests).toEqual([]);
  });
});
