import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  fill,
  findingCounts,
  getLocale,
  PAGE_NAMES,
  pageTitle,
  setLocale,
  t,
} from '../../../src/i18n';
import { PRACTICE_TEXT } from '../../../src/practice/text';
import { WELCOME_TEXT } from '../../../src/ui/welcome/text';
import { fieldByKey, fieldName } from '../../../src/rules';
import { chooseLocale, initLocale, localeFromUiLanguage } from '../../../src/i18n/locale';

describe('locale', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    setLocale('zh');
  });

  it('is Chinese unless the browser runs in English', () => {
    expect(localeFromUiLanguage('zh-CN')).toBe('zh');
    expect(localeFromUiLanguage('zh-TW')).toBe('zh');
    expect(localeFromUiLanguage('fr')).toBe('zh');
    expect(localeFromUiLanguage(undefined)).toBe('zh');
    expect(localeFromUiLanguage('en-US')).toBe('en');
    expect(localeFromUiLanguage('EN')).toBe('en');
  });

  it('follows the stored setting over the browser language, and t() uses it', async () => {
    await chooseLocale('en');
    await expect(initLocale(undefined)).resolves.toBe('en');
    expect(getLocale()).toBe('en');
    expect(t({ zh: '错误', en: 'Error' })).toBe('Error');
    await chooseLocale('zh');
    await expect(initLocale(undefined)).resolves.toBe('zh');
    expect(t({ zh: '错误', en: 'Error' })).toBe('错误');
  });

  it('an unreadable stored value falls back to Chinese', async () => {
    await fakeBrowser.storage.local.set({ locale: 'klingon' });
    await expect(initLocale(undefined)).resolves.toBe('zh');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{errors} 处错误，{warnings} 处提醒', { errors: 2, warnings: 0 })).toBe(
      '2 处错误，0 处提醒',
    );
    expect(fill('第 {n} 条 {x}', { n: 3 })).toBe('第 3 条 {x}');
  });

  it('counts in English with plurals: "1 error, 0 warnings", never "1 errors"', () => {
    expect(t(findingCounts(1, 0), 'en')).toBe('1 error, 0 warnings');
    expect(t(findingCounts(2, 1), 'en')).toBe('2 errors, 1 warning');
    expect(t(findingCounts(1, 0), 'zh')).toBe('1 处错误，0 处提醒');
  });

  it('names the options page by its own heading wherever a link leads there', () => {
    expect(t(pageTitle(PAGE_NAMES.options))).toBe('报名助手 · 资料与备份');
    expect(PRACTICE_TEXT.optionsPage).toEqual(PAGE_NAMES.options);
    expect(t(WELCOME_TEXT.openOptions)).toBe('打开资料与备份');
    expect(t(WELCOME_TEXT.openOptions, 'en')).toBe('Open Profile and backup');
    const all = JSON.stringify([PRACTICE_TEXT, WELCOME_TEXT]);
    expect(all).not.toContain('设置与备份');
    expect(all).not.toContain('Settings and backup');
  });

  it('says what a bare 选择 tick box is for', () => {
    expect(t(fieldName(fieldByKey('educationSelected')!))).toBe('选择（本次报名使用这条教育经历）');
    expect(t(fieldName(fieldByKey('certificateSelected')!), 'en')).toBe(
      'Use this certificate for this application',
    );
    // A field with no purpose of its own keeps its label.
    expect(fieldName(fieldByKey('idNumber')!)).toEqual(fieldByKey('idNumber')!.label);
  });
});
