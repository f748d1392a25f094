// The first-run journey, tried as a new user would: install → the welcome page →
// the practice form → a wrong ID number → the warning → one-click fix → the
// data in the options page's profile. One browser, one story, in order.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension, watchPageErrors } from './harness';

describe('a new user, from install to the backed-up profile', () => {
  const browser = useExtension({ openShadowRoots: true });
  let page: Page;
  let errors: string[];
  /** When the candidate last typed (page clock), and the time of the last save the page shows. */
  let typedAt = 0;
  const savedAt = async () =>
    Number((await page.getByTestId('save-status').getAttribute('data-saved-at')) ?? 0);

  it('reads the welcome page that opened on install and goes to the practice form', async () => {
    const isWelcome = (p: Page) => p.url().endsWith('/welcome.html');
    page =
      browser.context.pages().find(isWelcome) ??
      (await browser.context.waitForEvent('page', { predicate: isWelcome, timeout: 15_000 }));
    // The tab opened before Playwright attached to the browser; a reload gives it
    // fresh script worlds (locators otherwise hang now and then on such early tabs).
    await page.reload();
    errors = watchPageErrors(page);
    await page.getByRole('heading', { name: '数据不离开本机' }).waitFor();
    await page.getByRole('link', { name: '打开练习表单' }).click();
    await page.waitForURL(/\/practice\.html$/);
    await page.locator('#practice-basic-idNumber[data-exam-assist-field="idNumber"]').waitFor();
  });

  it('types an ID number with a lower-case x and sees the warning next to the field', async () => {
    await page.getByLabel('考生姓名').fill('李华');
    await page.getByLabel('证件类型').selectOption({ label: '居民身份证' });
    const id = page.getByLabel('证件编号', { exact: true });
    await id.fill('11010519900307101x');
    typedAt = await page.evaluate(() => Date.now());
    await expect.poll(() => id.getAttribute('data-exam-assist-state')).toBe('error');
    // The warning a candidate reads (overlay), and the summary on the side.
    await expect.poll(() => page.getByText('改为大写 X').count()).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('#summary li[data-field="idNumber"]').count())
      .toBeGreaterThan(0);
  });

  it('fixes it with one click', async () => {
    const id = page.getByLabel('证件编号', { exact: true });
    // The typing is saved first, so that a save after the click is the fix's own.
    await expect.poll(savedAt, { timeout: 10_000 }).toBeGreaterThan(typedAt);
    const fixedAt = await page.evaluate(() => Date.now());
    await page.getByRole('button', { name: /修正：改为大写 X/ }).click();
    await expect.poll(() => id.inputValue()).toBe('11010519900307101X');
    await expect.poll(() => id.getAttribute('data-exam-assist-state')).toBe('ok');
    await expect.poll(() => page.locator('#summary li[data-field="idNumber"]').count()).toBe(0);
    // The autosave that follows the fix: a save that ended after the click.
    await expect.poll(savedAt, { timeout: 10_000 }).toBeGreaterThan(fixedAt);
  });

  it('finds the data in the options page’s profile', async () => {
    const options = await browser.open(browser.extensionUrl('options.html'));
    const profile = options.locator('section[aria-labelledby="profile-title"]');
    await profile.waitFor();
    await expect
      .poll(() => profile.getByLabel('证件编号', { exact: true }).inputValue())
      .toBe('11010519900307101X');
    await expect(profile.getByLabel('考生姓名').inputValue()).resolves.toBe('李华');
    await expect(profile.getByLabel('证件类型').inputValue()).resolves.toBe('居民身份证');
    expect(errors).toEqual([]);
    expect(browser.foreignRequests).toEqual([]);
  });
});
