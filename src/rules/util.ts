// Small pure helpers shared by the rule families. Every helper is linear in the
// input length (no backtracking-prone regexes): rules must survive arbitrary
// strings (property tests).
import type { CheckContext, Values } from './engine';
import type { Fix, RuleResult, Severity } from './types';

export function finding(severity: Severity, zh: string, en: string, fix?: Fix): RuleResult {
  return fix ? { severity, message: { zh, en }, fix } : { severity, message: { zh, en } };
}
export const error = (zh: string, en: string, fix?: Fix) => finding('error', zh, en, fix);
export const warning = (zh: string, en: string, fix?: Fix) => finding('warning', zh, en, fix);

export function fix(value: string, zh: string, en: string): Fix {
  return { value, label: { zh, en } };
}

/** A field's value is "unknown" when the key is absent (not on this page). */
export function known(values: Values | undefined, key: string): string | undefined {
  const v = values?.[key];
  return typeof v === 'string' ? v : undefined;
}

/** A row field, else a page field of the same key. */
export function rowOrValue(ctx: CheckContext, key: string): string | undefined {
  return known(ctx.row, key) ?? known(ctx.values, key);
}

// ---- R-HALFWIDTH: full-width → half-width ----

/** CJK punctuation that has a half-width counterpart (guide-2014: 所有手工填写内容均须为半角). */
const CJK_PUNCT: Record<string, string> = {
  '\u3000': ' ',
  '。': '.',
  '、': ',',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
  '【': '[',
  '】': ']',
  '《': '<',
  '》': '>',
  '〈': '<',
  '〉': '>',
  '—': '-',
  '–': '-',
  '…': '...',
  '｟': '(',
  '｠': ')',
  '￥': '¥',
};

export function isFullWidthChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0xff01 && c <= 0xff5e) || ch in CJK_PUNCT;
}

export function hasFullWidth(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isFullWidthChar(s[i]!)) return true;
  return false;
}

export function toHalfWidth(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const c = ch.charCodeAt(0);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (ch in CJK_PUNCT) out += CJK_PUNCT[ch];
    else out += ch;
  }
  return out;
}

const PUNCT_OR_SPACE = /[\s\p{P}\p{S}\p{Cc}\p{Cf}]/gu;

export function firstPunct(s: string, allowed = ''): string | undefined {
  // One linear scan with a single-character class (no backtracking).
  PUNCT_OR_SPACE.lastIndex = 0;
  for (let m = PUNCT_OR_SPACE.exec(s); m; m = PUNCT_OR_SPACE.exec(s))
    if (!allowed.includes(m[0])) return m[0];
  return undefined;
}

/** A readable name for a bad character in a message. */
export function showChar(ch: string): string {
  if (/^\s$/u.test(ch)) return ch === '\u3000' ? '全角空格 full-width space' : '空格 space';
  if (/^[\p{Cc}\p{Cf}]$/u.test(ch))
    return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return `「${ch}」`;
}

export const codePoints = (s: string) => [...s].length;

/** CJK ideographs (basic, extension A and the supplementary planes), one code point. */
export function isHan(ch: string): boolean {
  return /^\p{Script=Han}$/u.test(ch);
}

// ---- Year-month (R-YEARMONTH) ----

export interface YearMonth {
  year: number;
  month: number;
}

/** Strict `YYYY-MM` with a real month. */
export function parseYearMonth(s: string): YearMonth | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(s);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  return { year, month };
}

/** The safe rewrites of R-YEARMONTH: `2009.6`, `2009/06`, `200906`, `2009年6月`, `2009-6`. */
export function normalizeYearMonth(raw: string): string | undefined {
  if (raw.length > 40) return undefined;
  const s = toHalfWidth(raw).trim();
  let m = /^(\d{4})\s*(?:[-./]|年)\s*(\d{1,2})\s*(?:月|[./-])?$/.exec(s);
  if (!m) m = /^(\d{4})(\d{2})$/.exec(s);
  if (!m) return undefined;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  return `${m[1]}-${String(month).padStart(2, '0')}`;
}

export const ymIndex = (ym: YearMonth) => ym.year * 12 + (ym.month - 1);
export const todayYm = (today: Date): YearMonth => ({
  year: today.getFullYear(),
  month: today.getMonth() + 1,
});

// ---- Dates ----

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [
    31,
    (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return day <= days[month - 1]!;
}

export interface YMD {
  year: number;
  month: number;
  day: number;
}

/** A date as the platform shows it: `YYYY-MM-DD` (also `YYYY/MM/DD`, `YYYYMMDD`, `YYYY年M月D日`). */
export function parseDate(raw: string): YMD | undefined {
  if (raw.length > 40) return undefined;
  const s = toHalfWidth(raw).trim();
  const m = /^(\d{4})(?:[-./年]\s*(\d{1,2})[-./月]\s*(\d{1,2})日?|(\d{2})(\d{2}))$/.exec(s);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2] ?? m[4]);
  const day = Number(m[3] ?? m[5]);
  return isRealDate(year, month, day) ? { year, month, day } : undefined;
}

export const fmtDate = (d: YMD) =>
  `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** Full years between a birth date and today. */
export function ageOn(birth: YMD, today: Date): number {
  const y = today.getFullYear();
  const m = today.getMonth() + 1;
  const d = today.getDate();
  let age = y - birth.year;
  if (m < birth.month || (m === birth.month && d < birth.day)) age -= 1;
  return age;
}

export function isFuture(date: YMD, today: Date): boolean {
  const a = date.year * 10000 + date.month * 100 + date.day;
  const b = today.getFullYear() * 10000 + (today.getMonth() + 1) * 100 + today.getDate();
  return a > b;
}

// ---- Who the candidate is (mainland or not), from 证件类型 / 国籍 ----

export type IdKind =
  | 'cn'
  | 'permit'
  | 'tw'
  | 'twPermit'
  | 'hkmoPermit'
  | 'hk'
  | 'mo'
  | 'passport'
  | 'military'
  | 'other';

/** Maps a 证件类型 option text (either year's wording) to the number's kind. */
const idKindCache = new Map<string, IdKind | undefined>();

export function idKindOf(idType: string | undefined): IdKind | undefined {
  if (idType === undefined) return undefined;
  // A page has a handful of option texts: remember them (bounded).
  if (idKindCache.has(idType)) return idKindCache.get(idType);
  const kind = computeIdKind(idType);
  if (idKindCache.size > 256) idKindCache.clear();
  idKindCache.set(idType, kind);
  return kind;
}

function computeIdKind(idType: string): IdKind | undefined {
  const s = toHalfWidth(idType).replace(/\s/g, '');
  // Nothing chosen yet: as unknown (the number's shape decides, never a guess that raises an error).
  if (s === '' || /^-*请选择-*$/.test(s)) return undefined;
  if (s.includes('居住证')) return 'permit';
  if (s.includes('护照')) return 'passport';
  if (s.includes('通行证')) {
    if (s.includes('台湾')) return 'twPermit';
    return 'hkmoPermit';
  }
  if (s.includes('台湾')) return 'tw';
  if (s.includes('香港')) return 'hk';
  if (s.includes('澳门')) return 'mo';
  if (s.includes('居民身份证') || s === '身份证' || s.includes('临时身份证')) return 'cn';
  if (/军官|警官|文职|士兵|学员/.test(s)) return 'military';
  return 'other';
}

/**
 * Mainland candidate? true/false when 证件类型 (or 国籍) tells, undefined when
 * unknown: rules then prefer the reading that raises no false error.
 */
export function isMainland(ctx: CheckContext): boolean | undefined {
  const kind = idKindOf(known(ctx.values, 'idType'));
  if (kind === 'cn' || kind === 'military') return true;
  if (
    kind === 'tw' ||
    kind === 'twPermit' ||
    kind === 'hk' ||
    kind === 'mo' ||
    kind === 'hkmoPermit' ||
    kind === 'passport' ||
    kind === 'permit'
  )
    return false;
  const nationality = known(ctx.values, 'nationality')?.trim();
  if (nationality) {
    if (/^(中国|中华人民共和国|中国大陆|China)$/i.test(nationality)) return true;
    return false;
  }
  return undefined;
}

// ---- Exam category (报考类别) ----

/** 'physician' (执业医师) or 'assistant' (执业助理医师), from the category text. */
export function examLevel(category: string | undefined): 'physician' | 'assistant' | undefined {
  if (!category) return undefined;
  const s = toHalfWidth(category);
  if (s.includes('助理')) return 'assistant';
  if (s.includes('医师')) return 'physician';
  return undefined;
}

export const isTrue = (v: string | undefined) =>
  v !== undefined && /^(true|1|on|是|yes|checked|☑)$/i.test(v.trim());
export const isFalse = (v: string | undefined) =>
  v !== undefined && /^(false|0|off|否|no|)$/i.test(v.trim());

/** A group's rows when they are known: an empty list on a page means "not on this page". */
export function knownRows(
  ctx: CheckContext,
  group: 'education' | 'training' | 'certificates',
): Values[] | undefined {
  const list = ctx.rows?.[group];
  if (!Array.isArray(list)) return undefined;
  // A page may hold holes (rows not read yet): only real rows count.
  const rows = list.filter((row): row is Values => typeof row === 'object' && row !== null);
  if (rows.length === 0 && !ctx.complete) return undefined;
  return rows;
}

/** The education rows the application uses: the ticked ones when ticks are known, else all. */
export function usedEducationRows(ctx: CheckContext): Values[] | undefined {
  const rows = knownRows(ctx, 'education');
  if (!rows) return undefined;
  const ticked = rows.filter((row) => isTrue(row.educationSelected));
  return ticked.length > 0 ? ticked : rows;
}

/** Index of the current row in its group (identity first, then equal values). */
export function currentRowIndex(
  ctx: CheckContext,
  group: 'education' | 'training' | 'certificates',
): number {
  const rows = ctx.rows?.[group];
  if (!rows || !ctx.row) return -1;
  const byIdentity = rows.indexOf(ctx.row);
  if (byIdentity >= 0) return byIdentity;
  const key = JSON.stringify(ctx.row);
  return rows.findIndex((row) => JSON.stringify(row) === key);
}
