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

/**
 * The extension pages' names: one source for each page's own heading, its tab title and every
 * link to it (a link that says 设置与备份 to a page headed 资料与备份 sends the candidate looking).
 */
export const PAGE_NAMES = {
  options: { zh: '资料与备份', en: 'Profile and backup' },
  practice: { zh: '练习表单', en: 'Practice form' },
  photo: { zh: '照片工具', en: 'Photo tool' },
  welcome: { zh: '使用说明', en: 'How it works' },
} as const satisfies Record<string, LocalText>;

/** The short name in every page title: "报名助手 · 资料与备份". */
export const SHORT_NAME: LocalText = { zh: '报名助手', en: 'Exam assistant' };

/** A page's tab title: its name after the extension's short name. */
export function pageTitle(name: LocalText): LocalText {
  return { zh: `${SHORT_NAME.zh} · ${name.zh}`, en: `${SHORT_NAME.en} · ${name.en}` };
}

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

/** An English count with its plural: "1 error", "2 warnings", never "1 errors". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A check's errors and warnings in both languages: "1 处错误，0 处提醒" / "1 error, 0 warnings". */
export function findingCounts(errors: number, warnings: number): LocalText {
  return {
    zh: `${errors} 处错误，${warnings} 处提醒`,
    en: `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
  };
}
