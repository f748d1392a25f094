// The UI language setting (src/settings.ts `locale`) applied to `t()`. When the
// candidate never chose, the browser's UI language decides: Chinese unless the
// browser runs in English (zh-CN is the default).
import { browser } from 'wxt/browser';
import { setLocale, type Locale } from './index';
import { parseSetting, setSetting, watchSetting } from '../settings';
import { localeItem } from '../items';

/** zh unless the browser's UI language starts with "en". */
export function localeFromUiLanguage(language: string | undefined): Locale {
  return language?.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

function uiLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return undefined;
  }
}

/** Reads the setting (or the browser's language), makes it current, and marks the document's language. */
export async function initLocale(doc: Document | undefined = globalThis.document): Promise<Locale> {
  const stored = await localeItem.getValue();
  const locale =
    stored === null ? localeFromUiLanguage(uiLanguage()) : parseSetting('locale', stored);
  applyLocale(locale, doc);
  return locale;
}

export function applyLocale(locale: Locale, doc: Document | undefined = globalThis.document): void {
  setLocale(locale);
  if (doc) doc.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
}

/** Stores the candidate's choice; every open extension page follows it (watchLocale). */
export async function chooseLocale(locale: Locale): Promise<void> {
  await setSetting('locale', locale);
}

/** Calls `listener` after the locale changed anywhere in the extension. */
export function watchLocale(
  listener: (locale: Locale) => void,
  doc: Document | undefined = globalThis.document,
): () => void {
  return watchSetting('locale', (locale) => {
    applyLocale(locale, doc);
    listener(locale);
  });
}
