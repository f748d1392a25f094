// The hit test (tests/e2e/hit-test.ts) on the replica pages and the practice
// form, at 1280×800 and 800×600: with a wrong value in every field, the
// overlay covers no field, label, text or button (0 covered).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionBrowser } from './harness';
import { hitTest, type HitPage } from './hit-test';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchExtension();
});
afterAll(async () => {
  await browser?.close();
});

const platform = (name: string, rel: string): HitPage => ({
  name,
  async open(page: Page) {
    await page.goto(browser.platformUrl(rel));
    await page.waitForSelector('[data-exam-assist-state]', { timeout: 10_000 });
  },
});

/** Replica pages of the platform and other markups (widget-library pages join this list). */
export const REPLICAS: HitPage[] = [
  platform('注册 register', 'platform/register.html'),
  platform('个人信息 table layout', 'platform/profile.html'),
  platform('考试报名 wizard', 'platform/apply.html'),
  platform('labels above', 'platform/alt/labels-above.html'),
  platform('iframe', 'platform/alt/frames.html'),
  platform('table profile (unseen)', 'unseen/table-profile.html'),
];

describe('the overlay covers nothing the candidate must reach', () => {
  it('on every replica page at 1280×800 and 800×600', async () => {
    const report = await hitTest(() => browser.context.newPage(), REPLICAS);
    expect(Object.keys(report).length).toBe(REPLICAS.length * 2);
  });

  it('on the practice form', async () => {
    const practice: HitPage = {
      name: 'practice form',
      async open(page) {
        await page.goto(browser.extensionUrl('practice.html'));
        await page.waitForSelector('[data-exam-assist-field]', { timeout: 10_000 });
      },
    };
    await hitTest(() => browser.context.newPage(), [practice]);
  });
});
