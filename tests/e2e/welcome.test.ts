// On install a welcome page opens (Chinese first) that says what
// the extension checks, that nothing leaves the computer, where the practice
// form and the photo tool are, and how restore works; it leads to the practice form.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension, watchPageErrors } from './harness';

describe('first run', () => {
  const browser = useExtension();
  let welcome: Page;

  beforeAll(async () => {
    const isWelcome = (p: Page) => p.url().endsWith('/welcome.html');
    welcome =
      browser.context.pages().find(isWelcome) ??
      (await browser.context.waitForEvent('page', { predicate: isWelcome, timeout: 15_000 }));
    // The tab opened before Playwright attached to the browser; a reload gives it
    // fresh script worlds (locators otherwise hang now and then on such early tabs).
    await welcome.reload();
    await welcome.locator('h1').waitFor();
  });

  it('opens the welcome page by itself on install, in Chinese', async () => {
    expect(welcome.url()).toBe(browser.extensionUrl('welcome.html'));
    await expect(welcome.locator('h1').textContent()).resolves.toBe('医师资格考试报名助手');
    expect(await welcome.title()).toContain('欢迎使用');
    const headings = (await welcome.locator('h2').allTextContents()).map((h) => h.trim());
    expect(headings).toEqual([
      '它检查什么',
      '数据不离开本机',
      '先练习',
      '照片工具',
      '备份与恢复',
      '把图标固定到工具栏',
    ]);
    const text = await welcome.locator('main').innerText();
    expect(text).toContain('身份证号');
    expect(text).toContain('不联网');
    expect(text).toContain('恢复');
    // Chrome keeps a new extension's icon in its puzzle-piece Extensions menu: how to pin it.
    const pin = welcome.getByRole('region', { name: '把图标固定到工具栏' });
    await expect(pin.innerText()).resolves.toMatch(/拼图形状的“扩展程序”按钮.*图钉/);
  });

  it('links to the practice form, the photo tool and the options page inside the extension', async () => {
    const href = (name: string) => welcome.getByRole('link', { name }).getAttribute('href');
    await expect(href('打开练习表单')).resolves.toBe(browser.extensionUrl('practice.html'));
    await expect(href('打开照片工具')).resolves.toBe(browser.extensionUrl('photo.html'));
    // The link says the options page's own heading (资料与备份).
    await expect(href('打开资料与备份')).resolves.toBe(browser.extensionUrl('options.html'));
  });

  it('switches to English and remembers it on the next page', async () => {
    await welcome.getByRole('button', { name: 'English' }).click();
    await expect(welcome.locator('h2').first().textContent()).resolves.toBe('What it checks');
    expect(await welcome.evaluate(() => document.documentElement.lang)).toBe('en');
    await welcome.reload();
    await expect(welcome.locator('h1').textContent()).resolves.toBe(
      'Medical licensing exam registration assistant',
    );
    await welcome.getByRole('button', { name: '中文' }).click();
    await expect(welcome.locator('h1').textContent()).resolves.toBe('医师资格考试报名助手');
  });

  it('leads a new user to the practice form', async () => {
    const errors = watchPageErrors(welcome);
    await welcome.getByRole('link', { name: '打开练习表单' }).click();
    await welcome.waitForURL(browser.extensionUrl('practice.html'));
    await welcome.locator('#practice-basic-idNumber').waitFor();
    await expect(welcome.locator('h1').textContent()).resolves.toBe('练习表单');
    expect(errors).toEqual([]);
    expect(browser.foreignRequests).toEqual([]);
  });

  it('stays reachable from the popup', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    await expect(popup.getByRole('link', { name: '使用说明' }).getAttribute('href')).resolves.toBe(
      browser.extensionUrl('welcome.html'),
    );
    await expect(popup.getByRole('link', { name: '练习表单' }).getAttribute('href')).resolves.toBe(
      browser.extensionUrl('practice.html'),
    );
    await popup.close();
  });

  it('the language chosen on one page applies to the popup too', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('welcome.html'));
    await page.getByRole('button', { name: 'English' }).click();
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    await expect(popup.locator('h1').textContent()).resolves.toBe('Exam Registration Assistant');
    await expect(popup.getByRole('link', { name: 'How it works' }).count()).resolves.toBe(1);
    await page.getByRole('button', { name: '中文' }).click();
    await popup.reload();
    await expect(popup.locator('h1').textContent()).resolves.toBe('医师资格考试报名助手');
    await popup.close();
    await page.close();
  });

  it('does not open again when the browser starts with the extension already installed', async () => {
    // A second page load of the service worker is not an install: only one welcome tab exists.
    const count = browser.context.pages().filter((p) => p.url().endsWith('/welcome.html')).length;
    expect(count).toBeLessThanOrEqual(1);
  });
});
