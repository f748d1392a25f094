// Every extension page passes an automated accessibility scan
// (axe-core injected into the page) without serious or critical violations,
// and the practice form works by keyboard alone with warnings announced.
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchExtension, type ExtensionBrowser } from './harness';
import { openShadowRoots } from './shadow';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * Runs axe in the page (evaluate is not subject to the extension CSP that blocks
 * inline scripts); `include` limits the scan to the extension's own elements on
 * a replica platform page, whose markup is not ours to judge.
 */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(async (selector) => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: unknown, opts: object): Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const result = await axe.run(selector ? { include: [[selector]] } : document, {
      resultTypes: ['violations'],
    });
    return result.violations;
  }, include)) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
}

/** Every extension page: the popup, options, practice form, welcome page and photo tool. */
const PAGES = ['popup.html', 'options.html', 'practice.html', 'welcome.html', 'photo.html'];
const built = PAGES.filter((page) => existsSync(path.join(EXTENSION_DIR, page)));

describe('accessibility', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtension();
    await openShadowRoots(browser.context);
  });
  afterAll(async () => browser?.close());

  it('builds the pages the issue names', () => {
    expect(built).toEqual(PAGES);
  });

  it.each(built)('%s has no serious or critical axe violations', async (name) => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl(name));
    await page.locator('h1').first().waitFor();
    await page.waitForTimeout(300);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('the practice form with warnings showing has none either, and announces them', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('practice.html'));
    const id = page.locator('#practice-basic-idNumber[data-exam-assist-field]');
    await id.waitFor();
    await page.getByLabel('证件类型').selectOption({ label: '居民身份证' });
    await id.fill('36042619910101007');
    await page.getByLabel('手机号码').fill('0123');
    await expect.poll(() => id.getAttribute('data-exam-assist-state')).toBe('error');
    // The field points at its message; the summary count is a polite live region.
    const describedBy = await id.getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    const message = await page.evaluate(
      (ids) =>
        ids!
          .split(' ')
          .map((i) => document.getElementById(i)?.textContent ?? '')
          .join(' '),
      describedBy,
    );
    expect(message.trim()).not.toBe('');
    const live = page.locator('#summary [aria-live="polite"]').first();
    await expect(live.textContent()).resolves.toMatch(/处错误/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('the popup on a platform tab (fields, counts, backup) has none', async () => {
    const platform = await browser.context.newPage();
    await platform.goto(browser.platformUrl('platform/profile.html'));
    await platform.waitForSelector('[data-exam-assist-state]');
    const [worker] = browser.context.serviceWorkers();
    const tabId = await worker!.evaluate(
      `chrome.tabs.query({ url: '*://www.nmec.org.cn/*' }).then((tabs) => tabs[tabs.length - 1].id)`,
    );
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
    await popup.getByTestId('field-count').waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
    // The warnings the extension adds to the platform's page (its own elements only).
    const id = platform
      .locator('[id="Edit:SP_Contact.0$Mobile"], [data-exam-assist-field="mobile"]')
      .first();
    await id.fill('0123');
    await expect.poll(() => id.getAttribute('data-exam-assist-state')).not.toBe('ok');
    expect(await seriousViolations(platform, 'exam-assist-overlay')).toEqual([]);
    await popup.close();
    await platform.close();
  });

  it('the practice form works by keyboard alone: Tab reaches the fields, Enter on "+" adds a row', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('practice.html'));
    await page.locator('#practice-basic-name[data-exam-assist-field]').waitFor();
    // From the top of the page, Tab reaches the first field of 基本信息.
    let reached = false;
    for (let i = 0; i < 15 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.id === 'practice-basic-name');
    }
    expect(reached).toBe(true);
    await page.keyboard.type('王洋');
    await expect(page.locator('#practice-basic-name').inputValue()).resolves.toBe('王洋');
    const rows = page.locator('[data-practice-row^="training-"]');
    const before = await rows.count();
    await page.getByRole('button', { name: '添加培训经历' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.count()).toBe(before + 1);
    // A summary entry moves focus to its field.
    await page.getByLabel('手机号码').fill('0123');
    const link = page.locator('#summary li[data-field="mobile"] button').first();
    await link.waitFor();
    await link.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('practice-contact-mobile');
    // A fix is reachable by keyboard from the summary, and Enter applies it.
    await page.getByLabel('证件类型').selectOption({ label: '居民身份证' });
    await page.locator('#practice-basic-idNumber').fill('11010519900307101x');
    const fix = page.locator('#summary li[data-field="idNumber"] button.fix');
    await fix.waitFor();
    await fix.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#practice-basic-idNumber').inputValue())
      .toBe('11010519900307101X');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('practice-basic-idNumber');
    await page.close();
  });
});
