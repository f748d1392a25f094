// Candidate-facing text is written as { zh, en } pairs next to the code that
// shows it; `t()` picks the active language. Chinese is the default.
import type { LocalText } from '../rules/types';

export type Locale = 'zh' | 'en';

let current: Locale = 'zh';

export function setLocale(locale: Locale): void {
  current = locale;
}

export function getLocale(): Locale {
  return current;
}

export function t(text: LocalText, locale: Locale = current): string {
  return locale === 'en' ? text.en : text.zh;
}
