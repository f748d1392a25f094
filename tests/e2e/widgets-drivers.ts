// How a person drives each widget library's replica (tests/fixtures/widgets/):
// clicks on the widget's own items and the keyboard, never a value set by
// script. One driver per library; tests/e2e/widgets.test.ts runs the same
// journey on each.
import type { Locator, Page } from 'playwright-core';

export interface WidgetDriver {
  lib: string;
  page: string;
  /** The form item (label + control) whose label is `label`, the `nth` of that label. */
  item(page: Page, label: string, nth?: number): Locator;
  /** The control the extension marks for that item (the native element it reads). */
  control(page: Page, label: string, nth?: number): Locator;
  type(page: Page, label: string, text: string, nth?: number): Promise<void>;
  select(page: Page, label: string, option: string, nth?: number): Promise<void>;
  radio(page: Page, label: string, option: string): Promise<void>;
  /** Opens the month picker and picks a month of next year in its panel. */
  pickNextYearMonth(page: Page, label: string, nth?: number): Promise<void>;
  /** Opens the select's dropdown and leaves it open. */
  openSelect(page: Page, label: string, nth?: number): Promise<Locator>;
  /** The items of an open dropdown (from openSelect). */
  options(list: Locator): Locator;
  /** What a person sees of the control and points at (a library may hide the native one). */
  box(page: Page, label: string, nth?: number): Locator;
  /**
   * Opens the month picker's panel and leaves it open. Optional: without it the hit test
   * (tests/e2e/overlay-hits.test.ts) clicks into the item's first input, as a person would.
   */
  openMonthPicker?(page: Page, label: string, nth?: number): Promise<Locator>;
  addEducationRow(page: Page): Promise<void>;
  photoInput: string;
  /** The framework's model, read in the page's main world. */
  model(page: Page): Promise<Record<string, any>>;
}

const exact = (text: string) => new RegExp(`^\\s*${text.replace(/[()]/g, '\\$&')}\\s*$`);

async function typeInto(box: Locator, text: string): Promise<void> {
  await box.click();
  await box.press('ControlOrMeta+a');
  await box.press('Backspace');
  await box.pressSequentially(text, { delay: 5 });
}

function elementDriver(lib: 'element-plus' | 'element-ui'): WidgetDriver {
  const plus = lib === 'element-plus';
  const item = (page: Page, label: string, nth = 0) =>
    page
      .locator('.el-form-item')
      .filter({ has: page.locator('.el-form-item__label', { hasText: exact(label) }) })
      .nth(nth);
  const dropdownItems = (page: Page) =>
    page.locator(plus ? '.el-select-dropdown__item:visible' : '.el-select-dropdown__item:visible');
  const driver: WidgetDriver = {
    lib,
    page: `widgets/${lib}.html`,
    item,
    control: (page, label, nth = 0) => {
      const it = item(page, label, nth);
      return it
        .locator(
          'input.el-select__input, input.el-radio__original, input.el-input__inner, input[type=file]',
        )
        .first();
    },
    async type(page, label, text, nth = 0) {
      await typeInto(item(page, label, nth).locator('input').first(), text);
      await page.keyboard.press('Tab');
    },
    async openSelect(page, label, nth = 0) {
      await item(page, label, nth)
        .locator(plus ? '.el-select__wrapper' : '.el-select')
        .click();
      const list = dropdownItems(page).first();
      await list.waitFor();
      return page
        .locator(plus ? '.el-select-dropdown:visible' : '.el-select-dropdown:visible')
        .last();
    },
    options: (list) => list.locator('.el-select-dropdown__item'),
    box: (page, label, nth = 0) =>
      item(page, label, nth).locator('.el-form-item__content > *').first(),
    async select(page, label, option, nth = 0) {
      await driver.openSelect(page, label, nth);
      await dropdownItems(page)
        .filter({ hasText: exact(option) })
        .click();
      await page
        .locator('.el-select-dropdown:visible')
        .waitFor({ state: 'hidden' })
        .catch(() => undefined);
    },
    async radio(page, label, option) {
      await item(page, label)
        .locator('.el-radio')
        .filter({ hasText: exact(option) })
        .click();
    },
    async openMonthPicker(page, label, nth = 0) {
      await item(page, label, nth).locator('input').first().click();
      const panel = page.locator('.el-picker-panel:visible').last();
      await panel.waitFor();
      return panel;
    },
    async pickNextYearMonth(page, label, nth = 0) {
      const panel = await driver.openMonthPicker!(page, label, nth);
      await panel.locator(plus ? 'button.d-arrow-right' : 'button.el-icon-d-arrow-right').click();
      await panel
        .locator('.el-month-table td')
        .filter({ hasText: /三月|^\s*3\s*月/ })
        .click();
      await panel.waitFor({ state: 'hidden' });
    },
    async addEducationRow(page) {
      await page.locator('#add-edu').click();
    },
    photoInput: 'input.el-upload__input',
    model: (page) => page.evaluate(() => JSON.parse(JSON.stringify((window as any).profileModel))),
  };
  return driver;
}

/** layui 2: its drawn select (title box, `dd` items), drawn radios and laydate panels. */
function layuiDriver(): WidgetDriver {
  const item = (page: Page, label: string, nth = 0) =>
    page
      .locator('.layui-form-item')
      .filter({ has: page.locator('.layui-form-label', { hasText: exact(label) }) })
      .nth(nth);
  // The open list: in its select, or under <body> with lay-append-to.
  const openList = (page: Page, label: string, nth: number) =>
    item(page, label, nth)
      .locator('.layui-form-selected > dl')
      .or(page.locator('body > .layui-select-panel-wrap dl'));
  const driver: WidgetDriver = {
    lib: 'layui',
    page: 'widgets/layui.html',
    item,
    control: (page, label, nth = 0) =>
      item(page, label, nth)
        .locator('select, input[type=radio], input.layui-input[data-m], input[type=file]')
        .first(),
    async type(page, label, text, nth = 0) {
      await typeInto(item(page, label, nth).locator('input.layui-input').first(), text);
      await page.keyboard.press('Tab');
      // A laydate panel opened by the click stays open after Tab: close it as a person does.
      if (await page.locator('.layui-laydate').isVisible()) await page.mouse.click(1, 1);
      await page.locator('.layui-laydate').waitFor({ state: 'detached' });
    },
    async openSelect(page, label, nth = 0) {
      // Tab into a layui select opens it already (layui's keyup handler): a click would close it.
      const drawn = item(page, label, nth).locator('.layui-form-select');
      if (!/layui-form-selected/.test((await drawn.getAttribute('class')) ?? ''))
        await drawn.locator('.layui-select-title').click();
      const list = openList(page, label, nth);
      await list.locator('dd').first().waitFor();
      return list;
    },
    options: (list) => list.locator('dd'),
    box: (page, label, nth = 0) =>
      item(page, label, nth)
        .locator('.layui-select-title, .layui-form-radio, input.layui-input')
        .first(),
    async select(page, label, option, nth = 0) {
      const list = await driver.openSelect(page, label, nth);
      await list
        .locator('dd')
        .filter({ hasText: exact(option) })
        .click();
      await list.waitFor({ state: 'hidden' });
    },
    async radio(page, label, option) {
      await item(page, label)
        .locator('.layui-form-radio')
        .filter({ hasText: exact(option) })
        .click();
    },
    async pickNextYearMonth(page, label, nth = 0) {
      await item(page, label, nth).locator('input.layui-input').first().click();
      const panel = page.locator('.layui-laydate:visible').last();
      await panel.waitFor();
      await panel.locator('.laydate-next-y').first().click();
      await panel
        .locator('.laydate-month-list li')
        .filter({ hasText: /^\s*(3月|三月)\s*$/ })
        .click();
      await panel.waitFor({ state: 'detached' });
    },
    async addEducationRow(page) {
      await page.locator('#add-edu').click();
    },
    photoInput: 'input.layui-upload-file',
    model: (page) => page.evaluate(() => JSON.parse(JSON.stringify((window as any).profileModel))),
  };
  return driver;
}

/**
 * ant-design-vue 4: a-select's dropdown under <body> (found by the listbox its input
 * controls), a-radio labels, a-date-picker boxes that take typing after a click and commit
 * it with Enter.
 */
function antDriver(): WidgetDriver {
  const item = (page: Page, label: string, nth = 0) =>
    page
      .locator('.ant-form-item')
      .filter({ has: page.locator('.ant-form-item-label', { hasText: exact(label) }) })
      .nth(nth);
  const openPicker = (page: Page) =>
    page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden):visible').last();
  const driver: WidgetDriver = {
    lib: 'ant-design-vue',
    page: 'widgets/ant-design-vue.html',
    item,
    control: (page, label, nth = 0) =>
      item(page, label, nth)
        .locator(
          'input.ant-select-selection-search-input, input.ant-radio-input, .ant-picker-input > input, ' +
            'input.ant-input, input[type=file]',
        )
        .first(),
    async type(page, label, text, nth = 0) {
      const it = item(page, label, nth);
      await typeInto(it.locator('input').first(), text);
      if ((await it.locator('.ant-picker').count()) > 0) {
        // A person confirms a typed date with Enter: the panel closes with the value.
        await page.keyboard.press('Enter');
        await openPicker(page).waitFor({ state: 'hidden' });
      }
      await page.keyboard.press('Tab');
      if (await openPicker(page).isVisible()) await page.mouse.click(1, 1);
      await openPicker(page).waitFor({ state: 'hidden' });
    },
    async openSelect(page, label, nth = 0) {
      const it = item(page, label, nth);
      const listId = await it
        .locator('input.ant-select-selection-search-input')
        .getAttribute('aria-controls');
      await it.locator('.ant-select-selector').click();
      const list = page.locator('.ant-select-dropdown', { has: page.locator(`[id="${listId}"]`) });
      await list.locator('.ant-select-item-option').first().waitFor();
      return list;
    },
    options: (list) => list.locator('.ant-select-item-option'),
    box: (page, label, nth = 0) =>
      item(page, label, nth)
        .locator('.ant-select-selector, .ant-radio-group, .ant-picker, input.ant-input')
        .first(),
    async select(page, label, option, nth = 0) {
      const list = await driver.openSelect(page, label, nth);
      await list
        .locator('.ant-select-item-option')
        .filter({ hasText: exact(option) })
        .click();
      await list.waitFor({ state: 'hidden' });
    },
    async radio(page, label, option) {
      await item(page, label)
        .locator('.ant-radio-wrapper')
        .filter({ hasText: exact(option) })
        .click();
    },
    async openMonthPicker(page, label, nth = 0) {
      await item(page, label, nth).locator('.ant-picker-input > input').click();
      const panel = openPicker(page);
      await panel.waitFor();
      return panel;
    },
    async pickNextYearMonth(page, label, nth = 0) {
      const panel = await driver.openMonthPicker!(page, label, nth);
      await panel.locator('.ant-picker-header-super-next-btn').click();
      await panel
        .locator('td.ant-picker-cell')
        .filter({ hasText: /^\s*(3月|三月)\s*$/ })
        .click();
      await panel.waitFor({ state: 'hidden' });
    },
    async addEducationRow(page) {
      await page.locator('#add-edu').click();
    },
    photoInput: '.ant-upload input[type=file]',
    model: (page) => page.evaluate(() => JSON.parse(JSON.stringify((window as any).profileModel))),
  };
  return driver;
}

export const DRIVERS: WidgetDriver[] = [
  elementDriver('element-plus'),
  elementDriver('element-ui'),
  layuiDriver(),
  antDriver(),
];
