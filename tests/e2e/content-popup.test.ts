// The popup shows this tab's recognized fields and finding counts, asked from
// the tab's content script; the content script stays off other hosts until the
// candidate switches a site on (and the popup shell).
import { describe, expect, it } from 'vitest';
import { checksIdle, checksState, useExtension } from './harness';

const browser = useExtension();

async function tabIdOf(url: string): Promise<number> {
  const [worker] = browser.context.serviceWorkers();
  // Runs in the extension's service worker, where `chrome` exists (not typed in this Node file).
  return worker!.evaluate(
    `chrome.tabs.query({ url: ${JSON.stringify(url)} }).then((tabs) => tabs[0].id)`,
  ) as Promise<number>;
}

describe('popup', () => {
  it("lists this tab's recognized fields and its error/warning counts", async () => {
    const page = await browser.open(browser.platformUrl('platform/profile.html'));
    const errors = browser.errorsOf(page);
    await page.waitForSelector('[data-exam-assist-state]');
    const pc = page.locator('[id="Edit:SP_Contact.0$PostCode"]');
    await pc.click();
    await pc.pressSequentially('10008');
    await expect.poll(() => pc.getAttribute('data-exam-assist-rules')).toContain('R-POSTCODE');
    const expectedFields = await page.locator('[data-exam-assist-field]').count();

    const tabId = await tabIdOf(browser.platformUrl('platform/profile.html'));
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
    await expect
      .poll(() => popup.getByTestId('field-count').textContent())
      .toBe(`识别到 ${expectedFields} 个字段`);
    await expect
      .poll(() => popup.getByTestId('finding-counts').textContent())
      .toMatch(/^[1-9]\d* 处错误 · \d+ 处提醒$/);
    // Problems first, with their counts; blank fields are "not filled in", after them, never "correct".
    const lists = popup.locator('.field-lists');
    const headings = await lists.locator('h3, summary').allTextContents();
    expect(headings[0]).toMatch(/^错误（[1-9]\d*）$/);
    const order = headings.map((h) => h.replace(/（\d+）$/, ''));
    expect(order.indexOf('未填写')).toBeGreaterThan(order.indexOf('错误'));
    const errorList = lists.getByRole('list', { name: /^错误/ });
    await expect(errorList.getByText('邮政编码').isVisible()).resolves.toBe(true);
    const blankList = lists.getByRole('list', { name: /^未填写/ });
    // The page's blank 职务 box (not required): not filled in, and listed nowhere else.
    await expect(blankList.getByText('职务', { exact: true }).count()).resolves.toBe(1);
    expect(await lists.getByText('职务', { exact: true }).count()).toBe(1);
    expect(await lists.getByText('正确').count()).toBe(0);
    expect(await popup.getByText('国家医学考试服务平台：始终开启。').count()).toBe(1);
    expect(errors).toEqual([]);
    expect(browser.foreignRequests).toEqual([]);
  });

  it('follows the language: English counts with plurals and an English title', async () => {
    const page = await browser.open(browser.platformUrl('platform/register.html'));
    await checksIdle(page);
    const tabId = await tabIdOf(browser.platformUrl('platform/register.html'));
    // The candidate picks English on an extension page; the popup follows.
    const welcome = await browser.open(browser.extensionUrl('welcome.html'));
    await welcome.getByRole('button', { name: 'English' }).click();
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
    await expect.poll(() => popup.title()).toBe('Exam assistant');
    await expect
      .poll(() => popup.getByTestId('finding-counts').textContent())
      .toMatch(/^\d+ errors? · \d+ warnings?$/);
    expect(await popup.getByTestId('finding-counts').textContent()).not.toMatch(
      /\b1 (errors|warnings)/,
    );
    await welcome.getByRole('button', { name: '中文' }).click();
    await popup.reload();
    await expect.poll(() => popup.title()).toBe('报名助手');
    await popup.close();
    await welcome.close();
  });

  it('says so when the assistant is not running on the tab (another host, not switched on)', async () => {
    const page = await browser.open(browser.otherHostUrl('platform/register.html'));
    // The same page on the platform's host, opened after it: once the content
    // script there has checked everything, it would have started on the first
    // page too, had it been injected there.
    const platform = await browser.open(browser.platformUrl('platform/register.html'));
    await checksIdle(platform);
    const [worker] = browser.context.serviceWorkers();
    // Without the `tabs` permission URLs of other hosts are hidden: take the newest tab without a known URL.
    const tabId = (await worker!.evaluate(
      `chrome.tabs.query({}).then((tabs) => tabs.filter((t) => !(t.url || '').startsWith('chrome-extension:')` +
        ` && !(t.url || '').includes('nmec.org.cn')).pop().id)`,
    )) as number;
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
    await expect.poll(() => popup.getByText('助手没有在此页面上运行。').count()).toBe(1);
    // And the page itself carries nothing of the extension.
    expect(await checksState(page)()).toBeNull();
    expect(await page.locator('[data-exam-assist-field]').count()).toBe(0);
    expect(await page.locator('[data-exam-assist-overlay]').count()).toBe(0);
  });
});
