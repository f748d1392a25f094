// Candidate-facing text is written as { zh, en } pairs next to the code that
// shows it; `t()` picks the active language. Chinese is the default.
import type { LocalText } from '../rules/types';

export type Locale = 'zh' | 'en';

/**
 * The extension's name uses the exam's title and names the platform: every page that
 * introduces it (welcome page, popup, README, store listing) says it is not official.
 */
export const UNOFFICIAL: LocalText = {
  zh: '非官方工具，与国家医学考试中心无关',
  en: 'Unofficial, not affiliated with the National Medical Examination Center',
};

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

/** Fills `{name}` placeholders of a translated string. */
export function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
