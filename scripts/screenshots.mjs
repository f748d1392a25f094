// The README's pictures, taken from the real extension in
// Chromium, never by hand: the practice form with warnings, the popup on a
// platform page, and the photo notice after a photo was picked.
//
// Run: `node scripts/screenshots.mjs` (builds, then runs tests/e2e/screenshots.test.ts,
// which calls captureScreenshots() below with a browser from tests/e2e/harness.ts);
// `npm test` runs that test too, on its own build.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const SCREENSHOT_DIR = path.resolve('docs/screenshots');

/**
 * @param {{ context: import('playwright-core').BrowserContext,
 *           extensionUrl(page: string): string, platformUrl(rel: string): string,
 *           photoPath: string }} browser
 * @returns {Promise<string[]>} the files written
 */
export async function captureScreenshots(browser) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const written = [];
  const out = (name) => {
    const file = path.join(SCREENSHOT_DIR, name);
    written.push(file);
    return file;
  };

  // 1. Practice form with warnings: a wrong ID number, a phone number starting with 0.
  const practice = await browser.context.newPage();
  await practice.setViewportSize({ width: 1280, height: 820 });
  await practice.goto(browser.extensionUrl('practice.html'));
  await practice.locator('#practice-basic-idNumber[data-exam-assist-field]').waitFor();
  await practice.getByLabel('考生姓名').fill('王洋');
  await practice.getByLabel('证件类型').selectOption({ label: '居民身份证' });
  await practice.locator('#practice-basic-idNumber').fill('11010519900307101x');
  await practice.getByLabel('性别').selectOption({ label: '女' });
  await practice.getByLabel('手机号码').fill('0138001380');
  await practice.locator('#practice-basic-idNumber[data-exam-assist-state="error"]').waitFor();
  await practice.locator('#summary li').first().waitFor();
  await practice.locator('#group-basic').scrollIntoViewIfNeeded();
  await practice.evaluate(() => window.scrollTo(0, 0));
  await practice.mouse.click(5, 5); // no focus ring on a field: all warnings show
  await practice.waitForTimeout(500);
  await practice.screenshot({ path: out('practice-warnings.png') });
  await practice.close();

  // 2. The popup on the platform's 个人信息 page.
  const platform = await browser.context.newPage();
  await platform.goto(browser.platformUrl('platform/profile.html'));
  await platform.waitForSelector('[data-exam-assist-state]');
  const worker = browser.context.serviceWorkers()[0];
  const tabId = await worker.evaluate(
    `chrome.tabs.query({ url: '*://www.nmec.org.cn/*' }).then((tabs) => tabs[tabs.length - 1].id)`,
  );
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
  await popup.getByTestId('field-count').waitFor();
  await popup.waitForTimeout(300);
  await popup.screenshot({ path: out('popup.png') });
  await popup.close();
  await platform.close();

  // 3. The photo notice after a phone photo was picked on the 基本情况 page.
  const photo = await browser.context.newPage();
  await photo.setViewportSize({ width: 1000, height: 700 });
  await photo.goto(browser.platformUrl('photo/basic.html'));
  await photo.setInputFiles('#photo', browser.photoPath);
  await photo.waitForFunction(
    () => document.querySelector('#photo')?.getAttribute('data-exam-assist-photo') === 'processed',
    undefined,
    {
      timeout: 60_000,
    },
  );
  await photo.waitForTimeout(500);
  await photo.screenshot({ path: out('photo-notice.png') });
  await photo.close();
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // Standalone: pictures of the current code, so build it first (into WXT_OUT_DIR, default .output).
  execSync('npx wxt build', { stdio: 'inherit' });
  execSync('npx vitest run --project e2e tests/e2e/screenshots.test.ts', {
    stdio: 'inherit',
  });
}
