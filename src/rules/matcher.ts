// The pure half of field detection (docs/page-assist.md "Detection, in order"):
// a text a person reads next to a field → the catalogue keys it names. No DOM:
// the collector (src/page/collector.ts) reads the texts from the page, the
// classifier (src/page/classifier.ts) decides. Matching is exact after
// normalizeLabel(): a wrong warning is worse than none.
import { FIELDS, fieldByKey, normalizeLabel, type GroupId } from './catalogue';
import { memoText } from './memo';
import type { Alternative } from './shapes';

/** normalized label → keys (several keys share 选择; group context decides). */
const LABELS = new Map<string, string[]>();
const SUFFIXES = new Map<string, string[]>();
const add = (map: Map<string, string[]>, text: string, key: string) => {
  const list = map.get(text) ?? [];
  if (!list.includes(key)) list.push(key);
  map.set(text, list);
};
for (const field of FIELDS) {
  add(LABELS, normalizeLabel(field.label.zh), field.key);
  for (const variant of field.labelVariants) add(LABELS, normalizeLabel(variant), field.key);
  for (const suffix of field.idSuffixes) add(SUFFIXES, suffix.toLowerCase(), field.key);
}

/**
 * Short labels shared by rows of several kinds or by other pages (选择, 类型, 类别,
 * 学位, 学制…): they count only with evidence of their group (a heading, the
 * platform id's table, or recognized neighbours of that group).
 */
const GENERIC_LABELS = new Set<string>();
for (const field of FIELDS) {
  if (!field.repeats) continue;
  for (const text of [field.label.zh, ...field.labelVariants]) {
    const n = normalizeLabel(text);
    if (n.length <= 2) GENERIC_LABELS.add(n);
  }
}

/** A matched label text (normalized, request words removed) is one of the generic row words. */
export function isGenericLabel(text: string): boolean {
  return GENERIC_LABELS.has(text.replace(/\([^()]*\)$/, ''));
}

/** Group headings as the seeds write them (guide-2014 "六组", 考试报名 steps). */
const GROUP_HEADINGS: [RegExp, GroupId][] = [
  [/^(教育经历|学历信息|教育信息)/, 'education'],
  [/^(培训经历|培训信息|住院医师规范化培训)/, 'training'],
  [/^(证书情况|证书信息|选择证书|证书)$/, 'certificates'],
  [/^(证书情况|证书信息|选择证书)/, 'certificates'],
  [/^(基本信息|基本情况)/, 'basic'],
  [/^联系方式/, 'contact'],
  [/^工作情况/, 'work'],
];

/** The group a heading's text names ("教育经历", "③ 证书情况 ＋添加"), if any. */
export function headingGroup(text: string): GroupId | undefined {
  return cachedHeadingGroup(text);
}

const cachedHeadingGroup = memoText((text: string): GroupId | undefined => {
  const t = normalizeLabel(text)
    .replace(/^[\d①②③④⑤⑥⑦⑧⑨.、\-—()]+/, '')
    .replace(/[+＋]|添加|新增/g, '');
  if (!t || t.length > 12) return undefined;
  // One heading over two groups (step ④ "教育及培训", "教育经历及培训经历", steps-guide)
  // names neither: each row's own signals decide (src/page/classifier.ts blockGroup).
  if (/教育|学历/.test(t) && /培训/.test(t)) return undefined;
  for (const [re, group] of GROUP_HEADINGS) if (re.test(t)) return group;
  return undefined;
});

/** Matches one label text; tries the whole text, then without a trailing hint in brackets. */
export function matchLabel(raw: string | null | undefined): string[] | undefined {
  return matchLabelText(raw)?.keys;
}

/** The keys a text names, with the normalized text that matched (for the generic-label test). */
export function matchLabelText(
  raw: string | null | undefined,
): { keys: string[]; text: string } | undefined {
  const keys = matchLabelKeys(raw);
  return keys ? { keys, text: normalizeLabel(raw ?? '').replace(ASKING, '') } : undefined;
}

/** The request words of a placeholder before the field's name. */
const ASKING = /^(请输入|请选择|请填写)(您的|本人的?|考生)?(\d+位)?/;

function matchLabelKeys(raw: string | null | undefined): string[] | undefined {
  return raw ? cachedLabelKeys(raw) : undefined;
}

// The arrays returned are the LABELS table's own, shared and never mutated.
const cachedLabelKeys = memoText((raw: string): string[] | undefined => {
  // A numbered label: "1. 证件编号", "（2）毕业学校", "③联系地址".
  let text = normalizeLabel(raw).replace(
    /^(\d{1,2}[.、)]|\(\d{1,2}\)|[①-⑳])(?=[\u4e00-\u9fff])/,
    '',
  );
  if (!text || text.length > 40) return undefined;
  // Placeholders read "请输入证件编号", "请输入您的手机号码", "请输入18位身份证号码";
  // a help mark after a label reads "证件编号[?]".
  text = text.replace(/[[(]?[?？][\])]?$/, '');
  const direct = LABELS.get(text) ?? LABELS.get(text.replace(ASKING, ''));
  if (direct) return direct;
  // "本人手机号码", "考生证件号码": whose field it is, then the field's name
  // (never down to a generic row word: "考生类别" is not education's 类别).
  const owned = text
    .replace(/^(本人|考生|个人|申请人|您的)(?=[\u4e00-\u9fff]{2})/, '')
    .replace(/\([^()]*\)$/, '');
  if (
    owned !== text &&
    !GENERIC_LABELS.has(owned) &&
    LABELS.has(owned) &&
    /^(本人|考生|个人|申请人|您的)/.test(text)
  )
    return LABELS.get(owned);
  // A hint in brackets ("证件编号(18位)") or an English gloss ("证件号码IDNo.",
  // "证件编号/IDNo.", "IDNo.证件号码", "Mobile/手机号码") around the Chinese label.
  const stripped = text.replace(/\([^()]*\)$/, '');
  if (stripped !== text && LABELS.has(stripped)) return LABELS.get(stripped);
  for (const base of stripped === text ? [text] : [stripped, text]) {
    const trailing = base
      .replace(/[/|｜]?[A-Za-z][A-Za-z0-9.\-/&'’]*$/, '')
      .replace(/\([^()]*\)$/, '');
    if (trailing !== base && /[\u4e00-\u9fff]$/.test(trailing) && LABELS.has(trailing))
      return LABELS.get(trailing);
    const leading = base.replace(/^[A-Za-z][A-Za-z0-9.\-&'’]*[/|｜]?(?=[\u4e00-\u9fff])/, '');
    if (leading !== base) {
      if (LABELS.has(leading)) return LABELS.get(leading);
      const inner = leading.replace(/\([^()]*\)$/, '');
      if (inner !== leading && LABELS.has(inner)) return LABELS.get(inner);
    }
  }
  return undefined;
});

/**
 * An either-or label ("证件号码/报名号", "身份证号或护照号", "手机或邮箱"): its two or
 * three alternatives, each with the one key it names (if any); at least one names a
 * key. Undefined for a label that is not one (or one the catalogue knows whole).
 */
export function eitherOrLabel(raw: string | null | undefined): Alternative[] | undefined {
  if (!raw) return undefined;
  const text = normalizeLabel(raw).replace(ASKING, '');
  if (!text || text.length > 30 || LABELS.has(text)) return undefined;
  const parts = text.split(/[/／|｜]|或者|或/).filter(Boolean);
  if (parts.length < 2 || parts.length > 3) return undefined;
  // Only Chinese alternatives: "证件编号/IDNo." is a gloss, not a choice.
  if (!parts.every((p) => /^[\u4e00-\u9fff()]{2,}$/.test(p))) return undefined;
  const out: Alternative[] = parts.map((part) => {
    const keys = matchLabelKeys(part);
    return keys?.length === 1 ? { text: part, key: keys[0]! } : { text: part };
  });
  return out.some((a) => a.key) ? out : undefined;
}

/** A hint's wording: a request or an example, not a field's name. */
const HINT_TEXT = /^[(（]?(请|如|例|格式|注[:：意]|提示[:：]|说明[:：]|必须|须|不超过|不能|只能)/;
export const isHintText = (text: string): boolean => HINT_TEXT.test(text);

/** Text that cannot be a label: no letter at all ("+86", "*", "-"). */
const NOT_A_LABEL = /^[^A-Za-z\u3400-\u9fff]*$/;
export const isLetterless = (text: string): boolean => NOT_A_LABEL.test(text);

/** Two Chinese characters in a row: a label of its own, not a unit ("年", "月", "至", "-"). */
const CJK_WORD = /[\u3400-\u9fff]{2}/;
export const hasChineseWord = (text: string): boolean => CJK_WORD.test(text);

/** The text of a file input's own button, not a label ("选择文件", "浏览…", "上传"). */
const FILE_BUTTON_TEXT = /^(选择文件|选取文件|浏览|点击上传|上传|选择|Choosefile|Browse)[.…]*$/i;
export const isFileButtonText = (text: string): boolean =>
  FILE_BUTTON_TEXT.test(normalizeLabel(text));

/** An option text of a dialing-code select (+86, +852); a first "请选择"/"--" placeholder counts too. */
export function isDialCodeOption(text: string, index: number): boolean {
  return /^\+\d{1,4}\b/.test(text) || (index === 0 && /请选择|^-*$/.test(text));
}

/** `Edit:SP_Edu.1$Diploma_No` → table `SP_Edu`, row 1, suffix `Diploma_No`. */
export function parsePlatformId(
  id: string,
): { table?: string; row?: number; suffix: string } | undefined {
  const dollar = id.lastIndexOf('$');
  if (dollar < 0) return undefined;
  const suffix = id.slice(dollar + 1);
  const m = /([A-Za-z][\w]*)\.(\d+)$/.exec(id.slice(0, dollar));
  return m ? { table: m[1], row: Number(m[2]), suffix } : { suffix };
}

function groupOfTable(table: string | undefined): GroupId | undefined {
  if (!table) return undefined;
  if (/edu/i.test(table)) return 'education';
  if (/train/i.test(table)) return 'training';
  if (/cert|qualif/i.test(table)) return 'certificates';
  return undefined;
}

/**
 * The platform's own naming (`Edit:SP_User.0$Certificate_No`, `SP_Edu.1$Diploma_No`,
 * `SP_User$Name`): one `$` after a table. ASP.NET pages of other systems name
 * fields `ctl00$Main$Title`: their suffix is a developer's word, not the platform's
 * field, and must not name a field by itself.
 */
function platformNaming(attr: string, parsed: { table?: string }): boolean {
  if (attr.indexOf('$') !== attr.lastIndexOf('$')) return false;
  return parsed.table !== undefined || /(^|[:.])SP_\w+\$/.test(attr);
}

/** The keys (and the group of its table) a field's id or name names in the platform's naming. */
export function matchPlatformName(id: string, name: string): { keys?: string[]; group?: GroupId } {
  return cachedPlatformName(`${id}\n${name}`);
}

// Keyed by both attributes (a newline is in neither); the result is shared, never mutated.
const cachedPlatformName = memoText((both: string): { keys?: string[]; group?: GroupId } => {
  const cut = both.indexOf('\n');
  const id = both.slice(0, cut);
  const name = both.slice(cut + 1);
  for (const attr of [id, name]) {
    const parsed = attr ? parsePlatformId(attr) : undefined;
    if (parsed && platformNaming(attr, parsed)) {
      const keys = SUFFIXES.get(parsed.suffix.toLowerCase());
      return { keys, group: groupOfTable(parsed.table) };
    }
  }
  return {};
});

/** Of several keys, those of `group` (all of them when none is, or no group is known). */
export function filterByGroup(keys: string[], group: GroupId | undefined): string[] {
  if (!group) return keys;
  const same = keys.filter((k) => fieldByKey(k)!.group === group);
  return same.length ? same : keys;
}

// ---------- One label over several boxes (docs/page-assist.md "Split values") ----------

/**
 * What one box of a split value holds, as the page shows it: a year or month
 * select (its option texts), a box hinted 区号 / 号码 / 分机 / 年 / 月, a short box
 * (at most 5 characters: an area code's size), another text box, another select.
 */
export type BoxPart =
  'year' | 'month' | 'area' | 'number' | 'ext' | 'short' | 'text' | 'select' | 'other';

const YEAR_OPTION = /^(19|20)\d{2}年?$/;
const MONTH_OPTION = /^(0?[1-9]|1[0-2])月?$/;
/** A first option that only asks (请选择, --, 年, 月). */
const ASKING_OPTION = /^(-+|—+|请选择.*|年|月|年份|月份|YYYY|MM)?$/i;

/** A select whose options are all years, or all months (a first asking option aside). */
export function optionsPart(texts: readonly string[]): 'year' | 'month' | undefined {
  const real = texts
    .map((t) => normalizeLabel(t).replace(/^-+|-+$/g, ''))
    .filter((t, i) => !(i === 0 && ASKING_OPTION.test(t)));
  if (real.length === 0) return undefined;
  if (real.every((t) => YEAR_OPTION.test(t))) return 'year';
  if (real.every((t) => MONTH_OPTION.test(t))) return 'month';
  return undefined;
}

/** The part a box's hint names (placeholder, title, the unit after it: "年", "区号", "分机号"). */
export function hintPart(text: string | undefined): BoxPart | undefined {
  const t = normalizeLabel(text ?? '').replace(ASKING, '');
  if (!t) return undefined;
  if (/^(年|年份|YYYY)$/i.test(t)) return 'year';
  if (/^(月|月份|MM)$/i.test(t)) return 'month';
  if (/区号/.test(t)) return 'area';
  if (/分机/.test(t)) return 'ext';
  if (/^(号码|电话号码|电话|座机号码)$/.test(t)) return 'number';
  return undefined;
}

/** How a split value is written as one: "2012-07" (year-month), "010-12345678[-123]" (a landline). */
export type SplitKind = 'yearMonth' | 'phone';

/** The landline fields (R-PHONE-FIXED): their value may be split into 区号 and 号码 boxes. */
const PHONE_KEYS = new Set(['homePhone', 'workPhone']);

/**
 * The kind of split value a field of `key` is when its boxes hold `parts`, in
 * order; undefined when the boxes do not fit the field (a range 起 至 止, a year
 * box and a free text box): then the label names none of them.
 */
export function splitKind(key: string, parts: readonly BoxPart[]): SplitKind | undefined {
  const def = fieldByKey(key);
  if (!def) return undefined;
  if (def.kind === 'yearMonth' && parts.length === 2 && parts[0] === 'year' && parts[1] === 'month')
    return 'yearMonth';
  if (PHONE_KEYS.has(key) && (parts.length === 2 || parts.length === 3)) {
    const [first, ...rest] = parts;
    const texty = (p: BoxPart | undefined) =>
      p === 'number' || p === 'ext' || p === 'text' || p === 'short';
    if ((first === 'area' || first === 'short') && rest.every(texty) && rest[0] !== 'ext')
      return 'phone';
  }
  return undefined;
}

/** The one value of split boxes: "2012-07", "010-12345678"; "" when every box is empty. */
export function joinSplit(kind: SplitKind, values: readonly string[]): string {
  const v = values.map((s) => s.trim());
  if (v.every((s) => s === '')) return '';
  if (kind === 'yearMonth') {
    const year = /\d{4}/.exec(v[0]!)?.[0] ?? v[0]!;
    const month = /\d{1,2}/.exec(v[1]!)?.[0];
    return `${year}-${month ? month.padStart(2, '0') : v[1]!}`;
  }
  // A landline: the boxes that hold something, joined as the guide writes it (区号-号码-分机).
  return v.filter(Boolean).join('-');
}

/**
 * A value cut into its boxes (the reverse of joinSplit): undefined when it does
 * not fit ("2012年7月" into a year and a month box is "2012", "07").
 */
export function cutSplit(kind: SplitKind, value: string, boxes: number): string[] | undefined {
  const s = value.trim();
  if (s === '') return Array.from({ length: boxes }, () => '');
  if (kind === 'yearMonth') {
    const m = /^(\d{4})\D{1,2}(\d{1,2})\D?$/.exec(s);
    return m ? [m[1]!, m[2]!.padStart(2, '0')] : undefined;
  }
  const pieces = s.split(/\s*[-－—]\s*/);
  if (pieces.length > boxes) return undefined;
  // "12345678" (no area code): the number box; "12345678-123": number and extension.
  const out = Array.from({ length: boxes }, () => '');
  const start = pieces[0]!.startsWith('0') || pieces.length === boxes ? 0 : 1;
  if (start + pieces.length > boxes) return undefined;
  pieces.forEach((p, i) => (out[start + i] = p));
  return out;
}
