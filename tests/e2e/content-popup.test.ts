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
    await expect(popup.getByText('邮政编码').first().isVisible()).resolves.toBe(true);
    expect(await popup.getByText('国家医学考试服务平台：始终开启。').count()).toBe(1);
    expect(errors).toEqual([]);
    expect(browser.foreignRequests).toEqual([]);
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
