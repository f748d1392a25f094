// The options page as a candidate uses it: the profile by
// group with the shared rules' findings, saving a snapshot, the history with
// rename (keyboard only) and delete, unreadable records reported instead of
// breaking the list, retention, and labelled controls (axe-core).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionBrowser } from './harness';
import { dumpStore, newestProfile } from './backup-helpers';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

describe('options page', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchExtension();
    page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('options.html'));
    await page.getByRole('heading', { name: '我的资料' }).waitFor();
  });
  afterAll(async () => browser?.close());

  it('edits the profile by group with findings and saves a snapshot', async () => {
    expect(await page.getByText('还没有快照').count()).toBe(1);
    await page.getByLabel('考生姓名').fill('王五');
    await page.getByLabel('证件类型').fill('居民身份证');
    await page.getByLabel('证件编号').fill('110105199003071238'); // wrong check character
    const idField = page.locator('[data-field="idNumber"]');
    await expect.poll(() => idField.locator('.findings li.error').count()).toBeGreaterThan(0);
    expect(await idField.locator('.findings li.error').first().getAttribute('data-rule')).toMatch(
      /^R-ID/,
    );
    expect(await page.getByLabel('证件编号').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('证件编号').fill('110105199003071239');
    await expect.poll(() => idField.locator('.findings li.error').count()).toBe(0);
    // A second education row, added on the options page.
    await page.getByRole('button', { name: /添加一行（教育经历）/ }).click();
    await page.locator('#pf-school-0').fill('北京大学医学部');
    await page.getByRole('button', { name: '保存为新快照' }).click();
    await page.getByText('已保存。').first().waitFor();
    const saved = newestProfile(await dumpStore(page));
    expect(saved.basic).toEqual({
      name: '王五',
      idType: '居民身份证',
      idNumber: '110105199003071239',
    });
    expect(saved.education).toEqual([{ school: '北京大学医学部' }]);
    await expect.poll(() => page.locator('tr[data-snapshot]').count()).toBe(1);
    expect(await page.locator('tr[data-snapshot]').first().textContent()).toContain('选项页编辑');
  });

  it('renames with the keyboard alone, deletes after a confirmation', async () => {
    await page.getByLabel('考生姓名').fill('王五五');
    await page.getByRole('button', { name: '保存为新快照' }).click();
    await expect.poll(() => page.locator('tr[data-snapshot]').count()).toBe(2);
    const oldest = page.locator('tr[data-snapshot]').nth(1);
    await oldest.getByRole('button', { name: '命名' }).focus();
    await page.keyboard.press('Enter');
    // The name box appears with the focus in it.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('form.inline') !== null))
      .toBe(true);
    await page.keyboard.type('2025 报名前');
    await page.keyboard.press('Enter');
    await expect.poll(() => oldest.locator('td').nth(1).textContent()).toBe('2025 报名前');
    const named = (await dumpStore(page)).snapshots.find((s) => s.name === '2025 报名前');
    expect(named).toBeDefined();

    const newest = page.locator('tr[data-snapshot]').first();
    await newest.getByRole('button', { name: '删除' }).click();
    expect(await page.locator('tr[data-snapshot]').count()).toBe(2); // not yet: asks for confirmation
    await newest.getByRole('button', { name: '确认删除' }).click();
    await expect.poll(() => page.locator('tr[data-snapshot]').count()).toBe(1);
    // The profile now shows the remaining (named) snapshot's data.
    await expect.poll(() => page.locator('#pf-name').inputValue()).toBe('王五');
  });

  it('reports unreadable records instead of breaking the list', async () => {
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('exam-assist');
          request.onsuccess = () => {
            const tx = request.result.transaction('snapshots', 'readwrite');
            tx.objectStore('snapshots').put({ id: 777, savedAt: 'not a time', source: '???' });
            tx.oncomplete = () => {
              request.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    await page.getByText('1 条记录无法读取，已跳过。').waitFor();
    expect(await page.locator('tr[data-snapshot]').count()).toBe(1);
    expect(await page.locator('#pf-name').inputValue()).toBe('王五');
  });

  it('keeps the retention setting and rejects a bad value', async () => {
    const retention = page.getByLabel(/保留最近几个自动快照/);
    await retention.fill('0');
    await retention.press('Tab');
    await page.getByText('请输入 1 到 1000 之间的整数。').waitFor();
    await retention.fill('10');
    await retention.press('Tab');
    await expect
      .poll(() =>
        page.evaluate(
          async () => (await (globalThis as any).chrome.storage.local.get('retention')).retention,
        ),
      )
      .toEqual({ keepLast: 10 });
  });

  it('has labelled controls and no serious accessibility violations', async () => {
    await page.evaluate(AXE);
    const violations = (await page.evaluate(async () => {
      const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v: any) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.length,
      }));
    })) as { id: string; impact: string }[];
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    expect(browser.foreignRequests).toEqual([]);
  });
});
