import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fill, getLocale, setLocale, t } from '../../../src/i18n';
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
});
