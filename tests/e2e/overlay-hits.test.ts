// The hit test (tests/e2e/hit-test.ts) on the replica pages and the practice
// form, at 1280×800 and 800×600: with a wrong value in every field, the
// overlay covers no field, label, text or button (0 covered); on the widget
// replicas also with a select's dropdown and a month picker's panel open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionBrowser } from './harness';
import { hitTest, type HitPage } from './hit-test';
import { DRIVERS, type WidgetDriver } from './widgets-drivers';

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

/**
 * A widget-library replica (tests/fixtures/widgets/): the selects and month pickers get a
 * wrong value through the widget's own items, then the hit test runs again with a select's
 * dropdown and a month picker's panel open. Every driver of DRIVERS is one page.
 */
const widgets = (driver: WidgetDriver): HitPage => ({
  name: `${driver.lib} widgets`,
  async open(page) {
    await page.goto(browser.platformUrl(driver.page));
    await page.waitForSelector('[data-exam-assist-field]', { timeout: 15_000 });
  },
  async fillWrong(page) {
    // R-CERT-TYPE: 执业助理医师(乡镇) cannot register. The months are checked against the
    // (wrong) numbers typed: R-CERT-ISSUE-DATE, R-GRADDATE.
    await driver.select(page, '证书类型', '执业助理医师(乡镇)');
    await driver.pickNextYearMonth(page, '发证年月');
    await driver.pickNextYearMonth(page, '毕业年月');
  },
  popups: {
    'select dropdown': (page) => driver.openSelect(page, '证书类型'),
    'month picker': async (page) => {
      if (driver.openMonthPicker) return driver.openMonthPicker(page, '毕业年月');
      await driver.item(page, '毕业年月').locator('input').first().click();
    },
  },
});

/** Replica pages of the platform, other markups and every widget-library replica. */
export const REPLICAS: HitPage[] = [
  platform('注册 register', 'platform/register.html'),
  platform('个人信息 table layout', 'platform/profile.html'),
  platform('考试报名 wizard', 'platform/apply.html'),
  platform('labels above', 'platform/alt/labels-above.html'),
  platform('iframe', 'platform/alt/frames.html'),
  platform('table profile (unseen)', 'unseen/table-profile.html'),
  ...DRIVERS.map(widgets),
];

describe('the overlay covers nothing the candidate must reach', () => {
  // One test per page: each gets its own time (a widget page also runs with its popups open).
  for (const entry of REPLICAS)
    it(`on ${entry.name} at 1280×800 and 800×600`, async () => {
      const report = await hitTest(() => browser.context.newPage(), [entry]);
      const popups = Object.keys(entry.popups ?? {}).length;
      expect(Object.keys(report).length).toBe(2 * (1 + popups));
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
