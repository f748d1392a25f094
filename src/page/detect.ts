// Field detection from what a person reads (issue 3 item 2; style.md
// "Bitwarden's autofill"): for each form field we build the signals a person
// would read (its <label>, the label cell to its left, the text above it in a
// wrapper, aria-label(ledby), the column header, title, placeholder) and match
// them exactly, after normalizeLabel(), against the catalogue's labels. Known
// id/name suffixes after `$` (`Edit:SP_User.0$Certificate_No`,
// platform-rules.md §1) are a second signal. Ambiguous → the field is left
// alone: a wrong warning is worse than none.
import { FIELDS, fieldByKey, normalizeLabel, ROW_GROUPS as ROW_GROUP_IDS, type FieldDef, type GroupId } from '../rules';
import type { DetectedField, DetectOptions, FormField, TaughtMapping } from './types';
import { taughtElements } from '../teach/selector';

const SKIP_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'image', 'reset', 'range', 'color']);
const ROW_GROUPS = new Set<GroupId>(ROW_GROUP_IDS);

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

/** Group headings as the seeds write them (seed 001 "六组", 考试报名 steps). */
const GROUP_HEADINGS: [RegExp, GroupId][] = [
  [/^(教育经历|学历信息|教育信息)/, 'education'],
  [/^(培训经历|培训信息|住院医师规范化培训)/, 'training'],
  [/^(证书情况|证书信息|选择证书|证书)$/, 'certificates'],
  [/^(证书情况|证书信息|选择证书)/, 'certificates'],
  [/^(基本信息|基本情况)/, 'basic'],
  [/^联系方式/, 'contact'],
  [/^工作情况/, 'work'],
];

export function isFormField(el: Element): el is FormField {
  const tag = el.tagName;
  if (tag === 'SELECT' || tag === 'TEXTAREA') return true;
  if (tag !== 'INPUT') return false;
  return !SKIP_INPUT_TYPES.has((el as HTMLInputElement).type);
}

/** Elements that start a second line of a label: a hint under it ("格式：YYYY-MM"). */
const LINE_BREAKERS = new Set(['BR', 'P', 'DIV', 'SMALL', 'UL', 'OL']);
const HINT_CLASS = /hint|tip|help|note|desc|explain|muted/i;

/**
 * A form field's label text: the visible text, without the text of nested controls.
 * `firstLine`: only the text before a line break or a hint element that follows
 * some text (`出生日期<br><span class=hint>格式：YYYY-MM-DD</span>`).
 */
export function textOf(node: Node, limit = 80, firstLine = false): string {
  let out = '';
  let stop = false;
  const walk = (n: Node): void => {
    if (stop || out.length > limit) return;
    if (n.nodeType === 3) {
      out += n.nodeValue ?? '';
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as Element;
    const tag = el.tagName;
    if (tag === 'SELECT' || tag === 'TEXTAREA' || tag === 'SCRIPT' || tag === 'STYLE' || tag === 'OPTION' || tag === 'INPUT' || tag === 'BUTTON') return;
    if ((el as HTMLElement).hidden) return;
    if (firstLine && n !== node && out.trim() && (LINE_BREAKERS.has(tag) || HINT_CLASS.test(el.getAttribute('class') ?? ''))) {
      stop = true;
      return;
    }
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(node);
  return out;
}

/** The texts a label element offers: the whole text, then its first line when it differs. */
function labelTexts(node: Node): string[] {
  const whole = textOf(node);
  if (node.nodeType !== 1 || !(node as Element).firstElementChild) return [whole];
  const first = textOf(node, 80, true);
  return first.trim() && first.length < whole.length ? [whole, first] : [whole];
}

/** Matches one label text; tries the whole text, then without a trailing hint in brackets. */
export function matchLabel(raw: string | null | undefined): string[] | undefined {
  return matchLabelText(raw)?.keys;
}

function matchLabelText(raw: string | null | undefined): { keys: string[]; text: string } | undefined {
  const keys = matchLabelKeys(raw);
  return keys ? { keys, text: normalizeLabel(raw ?? '').replace(ASKING, '') } : undefined;
}

/** The request words of a placeholder before the field's name. */
const ASKING = /^(请输入|请选择|请填写)(您的|本人的?|考生)?(\d+位)?/;

function matchLabelKeys(raw: string | null | undefined): string[] | undefined {
  if (!raw) return undefined;
  // A numbered label: "1. 证件编号", "（2）毕业学校", "③联系地址".
  let text = normalizeLabel(raw).replace(/^(\d{1,2}[.、)]|\(\d{1,2}\)|[①-⑳])(?=[\u4e00-\u9fff])/, '');
  if (!text || text.length > 40) return undefined;
  // Placeholders read "请输入证件编号", "请输入您的手机号码", "请输入18位身份证号码";
  // a help mark after a label reads "证件编号[?]".
  text = text.replace(/[[(]?[?？][\])]?$/, '');
  const direct = LABELS.get(text) ?? LABELS.get(text.replace(ASKING, ''));
  if (direct) return direct;
  // "本人手机号码", "考生证件号码": whose field it is, then the field's name
  // (never down to a generic row word: "考生类别" is not education's 类别).
  const owned = text.replace(/^(本人|考生|个人|申请人|您的)(?=[\u4e00-\u9fff]{2})/, '').replace(/\([^()]*\)$/, '');
  if (owned !== text && !GENERIC_LABELS.has(owned) && LABELS.has(owned) && /^(本人|考生|个人|申请人|您的)/.test(text)) return LABELS.get(owned);
  // A hint in brackets ("证件编号(18位)") or an English gloss ("证件号码IDNo.",
  // "证件编号/IDNo.", "IDNo.证件号码", "Mobile/手机号码") around the Chinese label.
  const stripped = text.replace(/\([^()]*\)$/, '');
  if (stripped !== text && LABELS.has(stripped)) return LABELS.get(stripped);
  for (const base of stripped === text ? [text] : [stripped, text]) {
    const trailing = base.replace(/[/|｜]?[A-Za-z][A-Za-z0-9.\-/&'’]*$/, '').replace(/\([^()]*\)$/, '');
    if (trailing !== base && /[\u4e00-\u9fff]$/.test(trailing) && LABELS.has(trailing)) return LABELS.get(trailing);
    const leading = base.replace(/^[A-Za-z][A-Za-z0-9.\-&'’]*[/|｜]?(?=[\u4e00-\u9fff])/, '');
    if (leading !== base) {
      if (LABELS.has(leading)) return LABELS.get(leading);
      const inner = leading.replace(/\([^()]*\)$/, '');
      if (inner !== leading && LABELS.has(inner)) return LABELS.get(inner);
    }
  }
  return undefined;
}

// Fields only: a button (<input type=button value=＋添加> in a heading, 选择学校
// next to the school box) neither owns text nor ends a search for a label.
const CONTROL_SELECTOR = 'input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=reset]):not([type=image]),select,textarea';

function containsControl(el: Element): boolean {
  if (isFormField(el)) return true;
  return el.querySelector(CONTROL_SELECTOR) !== null;
}

/** A hint's wording: a request or an example, not a field's name. */
const HINT_TEXT = /^[(（]?(请|如|例|格式|注[:：意]|提示[:：]|说明[:：]|必须|须|不超过|不能|只能)/;

/** Text that cannot be a label: no letter at all ("+86", "*", "-"). */
const NOT_A_LABEL = /^[^A-Za-z\u3400-\u9fff]*$/;
/** Elements whose text is never a field's label: a link ("邮编查询"), a button, a picture. */
const NOT_LABEL_TAGS = new Set(['SCRIPT', 'STYLE', 'A', 'BUTTON', 'IMG', 'svg', 'SVG']);

/**
 * Another field the same label would also name: the second box of a split value
 * (毕业年月 <select>年 <select>月, 家庭电话 <input>-<input>), the end of a range.
 * The label then names neither box alone: a year checked as a year-month would be
 * a wrong warning. Radios of the same group and a checkbox next to a text field
 * ("手工输入") are not rivals, nor is a read-only display box.
 */
function isRival(other: Element, owner: Element): boolean {
  if (other === owner || !isFormField(other)) return false;
  // A read-only box is a widget's display of another field's value (layui's
  // select title, a picker's text), not a second value.
  if ((other as HTMLInputElement).readOnly || (other as HTMLInputElement).disabled) return false;
  // A dialing-code select before a mobile box (+86, +852) is part of the number's prefix.
  if (other.tagName === 'SELECT' && isDialCodeSelect(other as HTMLSelectElement)) return false;
  const type = (other as HTMLInputElement).type;
  const ownType = (owner as HTMLInputElement).type;
  const name = (owner as HTMLInputElement).name;
  if (type === 'radio' && ownType === 'radio' && name && (other as HTMLInputElement).name === name) return false;
  if (type === 'checkbox' && ownType !== 'checkbox') return false;
  return true;
}

function isDialCodeSelect(select: HTMLSelectElement): boolean {
  const options = select.options;
  if (!options.length) return false;
  for (let i = 0; i < options.length && i < 5; i++) {
    const text = (options[i]!.textContent ?? '').trim();
    if (!/^\+\d{1,4}\b/.test(text) && !(i === 0 && /请选择|^-*$/.test(text))) return false;
  }
  return true;
}

/** The label found before `node` (the field or its ancestor) is shared with a rival field. */
function sharedLabel(node: Node, owner: Element): boolean {
  if (node !== owner && node.nodeType === 1) {
    // The label is before a wrapper (a cell, a column): rivals inside the wrapper share it.
    for (const other of (node as Element).querySelectorAll(CONTROL_SELECTOR)) if (isRival(other, owner)) return true;
    return false;
  }
  // The label is just before the field: rivals that follow before the next label share it.
  let steps = 0;
  for (let next = node.nextSibling; next && steps < 12; next = next.nextSibling, steps++) {
    if (next.nodeType === 3) {
      if (CJK_WORD.test(next.nodeValue ?? '')) return false;
      continue;
    }
    if (next.nodeType !== 1) continue;
    const el = next as Element;
    if (isFormField(el)) {
      if (isRival(el, owner)) return true;
      continue;
    }
    const inner = el.querySelectorAll(CONTROL_SELECTOR);
    for (const other of inner) if (isRival(other, owner)) return true;
    if (inner.length === 0 && CJK_WORD.test(textOf(el))) return false;
  }
  return false;
}

/** Two Chinese characters in a row: a label of its own, not a unit ("年", "月", "至", "-"). */
const CJK_WORD = /[\u3400-\u9fff]{2}/;

/**
 * The nearest text before the field in reading order: previous siblings, then
 * the parent's previous siblings (the label cell to the left in a table row,
 * the label above it in a wrapper div), up to four levels, stopping at another
 * control (that text would belong to that control). Links, buttons and text
 * without any letter (an input group's "+86") are read past. Returns the
 * element's texts (whole, first line).
 */
function precedingText(field: Element, within?: Element, owner: Element = field): string[] | undefined {
  let node: Node = field;
  // A hint between the label and the field ("证件编号 / 请填写18位号码 / <input>"):
  // its text is kept and the label before it is read too.
  let hint: string[] | undefined;
  const found = (texts: string[]): string[] | undefined => {
    if (sharedLabel(node, owner)) return undefined;
    return hint ? [...hint, ...texts] : texts;
  };
  for (let level = 0; level < 4 && node.parentNode && node !== within; level++) {
    for (let prev = node.previousSibling; prev; prev = prev.previousSibling) {
      if (prev.nodeType === 3) {
        const text = (prev.nodeValue ?? '').trim();
        if (text && !NOT_A_LABEL.test(text)) {
          if (!hint && HINT_TEXT.test(text)) {
            hint = [text];
            continue;
          }
          return found([text]);
        }
        continue;
      }
      if (prev.nodeType !== 1) continue;
      const el = prev as Element;
      if (NOT_LABEL_TAGS.has(el.tagName) || (el as HTMLElement).hidden) continue;
      if (el.tagName === 'SELECT' && isDialCodeSelect(el as HTMLSelectElement)) continue;
      if (containsControl(el)) return hint;
      // This field's own <label for> was read as an explicit label already (or
      // set aside as a file button's text, "浏览…").
      if (el.tagName === 'LABEL' && field.id && el.getAttribute('for') === field.id) continue;
      const texts = labelTexts(el);
      if (!NOT_A_LABEL.test(texts[0]!.trim())) {
        if (!hint && (HINT_TEXT.test(texts[0]!.trim()) || HINT_CLASS.test(el.getAttribute('class') ?? ''))) {
          hint = texts.map((t) => t.trim());
          continue;
        }
        return found(texts.map((t) => t.trim()));
      }
    }
    const parent: Node = node.parentNode;
    if (parent.nodeType !== 1) return hint;
    const pel = parent as Element;
    // Do not climb out of a label, a table row or a fieldset: text beyond them belongs to others.
    if (pel.tagName === 'TR' || pel.tagName === 'FORM' || pel.tagName === 'FIELDSET' || pel.tagName === 'BODY') return hint;
    node = parent;
  }
  return hint;
}

/** A row (with controls) → the row of labels that heads it, per detection pass. */
export type HeaderCache = Map<Element, Element | null>;

/** The table row before `row`, across <thead>/<tbody> sections. */
function previousRow(row: Element): Element | null {
  if (row.previousElementSibling) return row.previousElementSibling.tagName === 'TR' ? row.previousElementSibling : null;
  const section = row.parentElement;
  if (!section || !/^(TBODY|THEAD|TFOOT)$/.test(section.tagName)) return null;
  for (let prev = section.previousElementSibling; prev; prev = prev.previousElementSibling) {
    if (!/^(TBODY|THEAD|TFOOT)$/.test(prev.tagName)) return null;
    if (prev.lastElementChild) return prev.lastElementChild.tagName === 'TR' ? prev.lastElementChild : null;
  }
  return null;
}

/** A section title row: one cell spanning the table (<tr><td colspan=4 class=title>教育经历</td></tr>). */
function isTitleRow(row: Element): boolean {
  const first = row.firstElementChild as HTMLTableCellElement | null;
  return !!first && !first.nextElementSibling && (first.colSpan || 1) > 1;
}

/**
 * The row of labels above a row of controls: the nearest row above without
 * controls (rows of controls of the same list are read past; a section title row
 * ends the search). A fixed-header table (ElementUI, antd) keeps its header row in
 * a table of its own just before the body's wrapper. Memoized per row, so a list
 * of a thousand rows is walked once.
 */
function headerRow(row: Element, cache: HeaderCache): Element | null {
  const seen: Element[] = [row];
  let found: Element | null | undefined;
  for (let prev = previousRow(row); prev; prev = previousRow(prev)) {
    const cached = cache.get(prev);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    if (!containsControl(prev)) {
      found = isTitleRow(prev) ? null : prev;
      break;
    }
    seen.push(prev);
  }
  if (found === undefined) found = splitHeaderRow(row);
  for (const r of seen) cache.set(r, found);
  return found;
}

function splitHeaderRow(row: Element): Element | null {
  const table = row.closest('table');
  const wrapper = table?.parentElement;
  if (!table || !wrapper || wrapper.tagName === 'TD' || wrapper.firstElementChild !== table) return null;
  const before = wrapper.previousElementSibling;
  const headTable = before?.tagName === 'TABLE' ? before : before?.querySelector(':scope > table');
  const last = headTable?.querySelector('thead tr:last-child') ?? null;
  return last && !containsControl(last) ? last : null;
}

/** The header cell above the field's column (tables of repeated rows, label rows above input rows). */
function columnHeader(field: Element, cache: HeaderCache): string[] | undefined {
  const cell = field.closest('td,th');
  const row = cell?.parentElement;
  if (!cell || !row || row.tagName !== 'TR') return undefined;
  // Two boxes under one header (年 / 月) share it: neither is the field alone.
  for (const other of cell.querySelectorAll(CONTROL_SELECTOR)) if (isRival(other, field)) return undefined;
  let col = 0;
  for (let c = row.firstElementChild; c && c !== cell; c = c.nextElementSibling) col += (c as HTMLTableCellElement).colSpan || 1;
  const header = headerRow(row, cache);
  if (!header) return undefined;
  let at = 0;
  for (let c = header.firstElementChild; c; c = c.nextElementSibling) {
    if (at === col) return labelTexts(c);
    at += (c as HTMLTableCellElement).colSpan || 1;
    if (at > col) return undefined;
  }
  return undefined;
}

function byIdText(doc: Document, ids: string): string {
  return ids
    .split(/\s+/)
    .map((id) => (id ? doc.getElementById(id) : null))
    .map((el) => (el ? textOf(el) : ''))
    .join(' ');
}

interface Signals {
  /** Explicit labels: <label for>, wrapping <label>, aria-labelledby, aria-label. */
  strong: string[];
  /** What is around: preceding text, column header, title, placeholder. */
  weak: string[];
}

/** <label for=id> elements by id, built once per detection pass. */
export type LabelIndex = Map<string, Element[]>;

function labelIndex(root: Document | ShadowRoot | Element): LabelIndex {
  const index: LabelIndex = new Map();
  for (const label of root.querySelectorAll('label[for]')) {
    const id = label.getAttribute('for');
    if (!id) continue;
    const list = index.get(id) ?? [];
    list.push(label);
    index.set(id, list);
  }
  return index;
}

/** The text of a file input's own button, not a label ("选择文件", "浏览…", "上传"). */
const FILE_BUTTON_TEXT = /^(选择文件|选取文件|浏览|点击上传|上传|选择|Choosefile|Browse)[.…]*$/i;

/** The fieldset holds only radios of this one group (then its legend is the group's label). */
function onlyThisRadioGroup(fieldset: Element, radio: HTMLInputElement): boolean {
  for (const control of fieldset.querySelectorAll(CONTROL_SELECTOR)) {
    if ((control as HTMLInputElement).type !== 'radio' || (control as HTMLInputElement).name !== radio.name) return false;
  }
  return true;
}

/** The text right after a checkbox, within its parent, up to the next control. */
function followingText(field: Element): string | undefined {
  for (let next = field.nextSibling; next; next = next.nextSibling) {
    if (next.nodeType === 3) {
      const text = (next.nodeValue ?? '').trim();
      if (text) return text;
      continue;
    }
    if (next.nodeType !== 1) continue;
    const el = next as Element;
    if (NOT_LABEL_TAGS.has(el.tagName) || (el as HTMLElement).hidden) continue;
    if (containsControl(el)) return undefined;
    const text = textOf(el).trim();
    if (text) return text;
  }
  return undefined;
}

function signals(el: FormField, labels: LabelIndex, headers: HeaderCache): Signals {
  const doc = el.ownerDocument;
  const strong: string[] = [];
  const weak: string[] = [];
  if ((el as HTMLInputElement).type === 'radio') {
    // A radio's own label is its option ("男"); the field's label is the group's,
    // read before the first radio (the label cell, a legend, the text above).
    // A legend names the radios only when the fieldset holds just this group;
    // otherwise it names a section ("基本信息") and says nothing about the field.
    const fieldset = el.closest('fieldset');
    const legend = fieldset?.querySelector(':scope > legend');
    if (legend && onlyThisRadioGroup(fieldset!, el as HTMLInputElement)) strong.push(textOf(legend));
    const group = el.closest('[role=radiogroup]');
    const groupLabel = group?.getAttribute('aria-label') ?? (group?.getAttribute('aria-labelledby') ? byIdText(doc, group.getAttribute('aria-labelledby')!) : '');
    if (groupLabel) strong.push(groupLabel);
    const start = el.closest('label') ?? el;
    const before = precedingText(start, undefined, el);
    if (before) weak.push(...before);
    return { strong: strong.filter((t) => t.trim()), weak };
  }
  const isFile = (el as HTMLInputElement).type === 'file';
  // Not `el.labels`: Chromium walks the whole document for each call, which is
  // quadratic on a 5,000-field page (issue 3 item 5).
  if (el.id) {
    for (const label of labels.get(el.id) ?? []) {
      const texts = labelTexts(label);
      // A file input's styled button ("选择文件", "浏览…") is a <label for> that names no field.
      if (isFile && FILE_BUTTON_TEXT.test(normalizeLabel(texts[0]!))) continue;
      strong.push(...texts);
    }
  }
  const wrapping = el.closest('label');
  if (wrapping && !wrapping.hasAttribute('for')) {
    // "<label>手机号码 <input> <small>11 位</small></label>": the text before the field first.
    const before = precedingText(el, wrapping);
    if (before) strong.push(...before);
    strong.push(...labelTexts(wrapping));
  }
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) strong.push(byIdText(doc, labelledBy));
  const ariaLabel = el.getAttribute('aria-label');
  if (ariaLabel) strong.push(ariaLabel);
  // "<input type=checkbox> 选择": a checkbox's label is read after it.
  if ((el as HTMLInputElement).type === 'checkbox' && !strong.some((t) => t.trim())) {
    const after = followingText(el);
    if (after) weak.push(after);
  }
  const before = precedingText(el);
  if (before) weak.push(...before);
  const header = columnHeader(el, headers);
  if (header) weak.push(...header);
  const title = el.getAttribute('title');
  if (title) weak.push(title);
  const placeholder = el.getAttribute('placeholder');
  if (placeholder) weak.push(placeholder);
  return { strong: strong.filter((s) => s.trim()), weak };
}

/** `Edit:SP_Edu.1$Diploma_No` → table `SP_Edu`, row 1, suffix `Diploma_No`. */
export function parsePlatformId(id: string): { table?: string; row?: number; suffix: string } | undefined {
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

function headingGroup(text: string): GroupId | undefined {
  const t = normalizeLabel(text).replace(/^[\d①②③④⑤⑥⑦⑧⑨.、\-—()]+/, '').replace(/[+＋]|添加|新增/g, '');
  if (!t || t.length > 12) return undefined;
  for (const [re, group] of GROUP_HEADINGS) if (re.test(t)) return group;
  return undefined;
}

const HEADING_SELECTOR = 'legend,caption,h1,h2,h3,h4,h5,h6,[role=heading],.title,.header,.group-title,th[colspan]';

/** The group a field sits in, from the headings around it (cached per ancestor). */
function contextGroup(el: Element, cache: Map<Element, GroupId | null>): GroupId | undefined {
  const seen: Element[] = [];
  let found: GroupId | null = null;
  for (let node: Element | null = el.parentElement; node && node.tagName !== 'BODY'; node = node.parentElement) {
    const cached = cache.get(node);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    seen.push(node);
    // A tab panel or region named by its tab (<div role=tabpanel aria-labelledby=tab-edu>).
    const named = node.getAttribute('aria-labelledby');
    if (named || node.hasAttribute('aria-label')) {
      const g = headingGroup(named ? byIdText(node.ownerDocument, named) : node.getAttribute('aria-label')!);
      if (g) {
        found = g;
        break;
      }
    }
    // A heading inside this container, before the field (legend, caption, a heading cell).
    const own = node.querySelector(':scope > legend, :scope > caption, :scope > h1, :scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > .title, :scope > [role=heading]');
    if (own) {
      const g = headingGroup(textOf(own));
      if (g) {
        found = g;
        break;
      }
    }
    // The nearest heading-like previous sibling.
    // Sibling rows of the same section (they hold controls) are skipped over.
    let steps = 0;
    for (let prev = node.previousElementSibling; prev && steps < 60; prev = prev.previousElementSibling, steps++) {
      if (containsControl(prev)) continue;
      const candidate = prev.matches(HEADING_SELECTOR) ? prev : (prev.querySelector(HEADING_SELECTOR) ?? prev);
      const g = headingGroup(textOf(candidate));
      if (g) {
        found = g;
        break;
      }
    }
    if (found) break;
  }
  for (const node of seen) cache.set(node, found);
  return found ?? undefined;
}

export interface Candidate {
  element: FormField;
  keys: string[];
  /** Row-group hint from the id (`SP_Edu.1$…`) or headings. */
  group?: GroupId;
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

function keysFromSuffix(el: FormField): { keys?: string[]; group?: GroupId } {
  for (const attr of [el.id, el.getAttribute('name') ?? '']) {
    const parsed = attr ? parsePlatformId(attr) : undefined;
    if (parsed && platformNaming(attr, parsed)) {
      const keys = SUFFIXES.get(parsed.suffix.toLowerCase());
      return { keys, group: groupOfTable(parsed.table) };
    }
  }
  return {};
}

function filterByGroup(keys: string[], group: GroupId | undefined): string[] {
  if (!group) return keys;
  const same = keys.filter((k) => fieldByKey(k)!.group === group);
  return same.length ? same : keys;
}

/** Decides the key of one field, or undefined when unsure. */
interface Decision {
  key: string;
  group: GroupId;
  /** A generic label without evidence of its group yet: kept only if a neighbour agrees. */
  weak?: boolean;
}

function classify(el: FormField, cache: Map<Element, GroupId | null>, labels: LabelIndex, headers: HeaderCache): Decision | undefined {
  const sig = signals(el, labels, headers);
  const suffix = keysFromSuffix(el);
  let keys: string[] | undefined;
  let labelText: string | undefined;
  const take = (text: string): boolean => {
    const m = matchLabelText(text);
    if (m) {
      keys = m.keys;
      labelText = m.text;
    }
    return m !== undefined;
  };
  for (const text of sig.strong) if (take(text)) break;
  // An explicit label that names nothing we know: leave the field alone,
  // unless the platform's own id names it.
  if (!keys && sig.strong.length && !suffix.keys) return undefined;
  if (!keys) {
    for (const text of sig.weak) if (take(text)) break;
  }
  keys ??= suffix.keys;
  if (!keys || keys.length === 0) return undefined;
  if (keys.length > 1 && suffix.keys) {
    const both = keys.filter((k) => suffix.keys!.includes(k));
    if (both.length) keys = both;
  }
  const needsContext = keys.length > 1 || keys.some((k) => ROW_GROUPS.has(fieldByKey(k)!.group));
  let group = suffix.group;
  if (needsContext && !group) group = contextGroup(el, cache);
  if (keys.length > 1) keys = filterByGroup(keys, group);
  if (keys.length !== 1) return undefined;
  const def = fieldByKey(keys[0]!) as FieldDef;
  // A shared row label (类型, 类别, 学位…) under another group's heading is not ours.
  if (def.repeats && group && ROW_GROUPS.has(group) && group !== def.group) return undefined;
  // A radio group stands for a choice field (性别), never for a text field.
  if ((el as HTMLInputElement).type === 'radio' && def.kind !== 'select') return undefined;
  // The kind must fit the element: a checkbox is never a text field and vice versa.
  const isCheckbox = el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'checkbox';
  if ((def.kind === 'checkbox') !== isCheckbox) return undefined;
  if (def.kind === 'file' && (el as HTMLInputElement).type !== 'file') return undefined;
  if (def.kind !== 'file' && (el as HTMLInputElement).type === 'file') return undefined;
  const generic = labelText !== undefined && GENERIC_LABELS.has(labelText.replace(/\([^()]*\)$/, ''));
  return generic && group !== def.group ? { key: def.key, group: def.group, weak: true } : { key: def.key, group: def.group };
}

function taughtFor(doc: Document, taught: TaughtMapping[] | undefined): Map<Element, string> {
  // Issue 7: a selector must still name exactly one field of a fitting kind;
  // a stale or invalid one is dropped, never applied to another field (style.md, Bitwarden).
  return taughtElements(doc, taught);
}

/** Per-document memory of classifications, so re-detection after a mutation is cheap. */
export class Detector {
  /** A decision, or the generation in which the field was found unrecognized. */
  private memo = new WeakMap<Element, Decision | number>();
  private groupCache = new Map<Element, GroupId | null>();
  private headerCache: HeaderCache = new Map();
  private generation = 0;

  constructor(private options: DetectOptions = {}) {}

  /**
   * Label text changed somewhere near fields (a page that writes its labels
   * after its inputs): unrecognized fields get another look on the next pass;
   * recognized ones keep their key.
   */
  forgetUnrecognized(): void {
    this.generation++;
  }

  /** Forget cached decisions (the page changed a label). */
  reset(): void {
    this.memo = new WeakMap();
    this.groupCache.clear();
    this.headerCache.clear();
  }

  /**
   * Classifies fields not decided yet, for at most `budgetMs`; true when none is
   * left. Lets a 5,000-field page be read in slices instead of one long task;
   * detect() then only looks the decisions up.
   */
  prepare(root: Document | ShadowRoot | Element, budgetMs: number): boolean {
    const start = performance.now();
    let labels: LabelIndex | undefined;
    for (const el of root.querySelectorAll<FormField>('input,select,textarea')) {
      const cached = this.memo.get(el);
      if (cached !== undefined && !(typeof cached === 'number' && cached < this.generation)) continue;
      if (!isFormField(el)) continue;
      if (performance.now() - start > budgetMs) return false;
      labels ??= labelIndex(root);
      this.memo.set(el, classify(el, this.groupCache, labels, this.headerCache) ?? this.generation);
    }
    this.groupCache.clear();
    this.headerCache.clear();
    return true;
  }

  detect(root: Document | ShadowRoot | Element): DetectedField[] {
    this.groupCache.clear();
    this.headerCache.clear();
    const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
    const taught = taughtFor(doc, this.options.taught);
    let labels: LabelIndex | undefined;
    const out: DetectedField[] = [];
    const weak = new Set<number>();
    const radioNames = new Set<string>();
    for (const el of root.querySelectorAll<FormField>('input,select,textarea')) {
      if (!isFormField(el)) continue;
      // One field per radio group: its first radio stands for it (values.ts reads the group).
      if ((el as HTMLInputElement).type === 'radio') {
        const name = `${(el as HTMLInputElement).form ? 'f' : 'd'}:${(el as HTMLInputElement).name}`;
        if ((el as HTMLInputElement).name && radioNames.has(name)) continue;
        radioNames.add(name);
      }
      const taughtKey = taught.get(el);
      let decided: Decision | null | undefined;
      if (taughtKey) decided = { key: taughtKey, group: fieldByKey(taughtKey)!.group };
      else {
        const cached = this.memo.get(el);
        if (cached === undefined || (typeof cached === 'number' && cached < this.generation)) {
          labels ??= labelIndex(root);
          decided = classify(el, this.groupCache, labels, this.headerCache) ?? null;
          this.memo.set(el, decided ?? this.generation);
        } else decided = typeof cached === 'number' ? null : cached;
      }
      if (decided) {
        out.push({ element: el, key: decided.key, group: decided.group });
        if (decided.weak) weak.add(out.length - 1);
      }
    }
    const kept = weak.size ? out.filter((field, i) => !weak.has(i) || neighbourAgrees(out, weak, i)) : out;
    assignRows(kept);
    return kept;
  }
}

/** The nearest well-founded field before or after (document order) is of the same group. */
function neighbourAgrees(fields: DetectedField[], weak: Set<number>, index: number): boolean {
  const group = fields[index]!.group;
  for (let i = index - 1; i >= 0; i--) {
    if (weak.has(i)) continue;
    if (fields[i]!.group === group) return true;
    break;
  }
  for (let i = index + 1; i < fields.length; i++) {
    if (weak.has(i)) continue;
    return fields[i]!.group === group;
  }
  return false;
}

/**
 * Rows of repeated groups, in document order: a new row starts when a key
 * already seen in the current row comes again (works for one row per <tr>,
 * one entry spread over several <tr>s, or one <div> per entry).
 */
function assignRows(fields: DetectedField[]): void {
  const state = new Map<GroupId, { row: number; seen: Set<string>; container?: Element }>();
  for (const field of fields) {
    if (!ROW_GROUPS.has(field.group)) continue;
    let s = state.get(field.group);
    if (!s) {
      s = { row: 0, seen: new Set() };
      state.set(field.group, s);
    } else if (s.seen.has(field.key)) {
      s.row++;
      s.seen.clear();
    }
    s.seen.add(field.key);
    field.row = s.row;
  }
}

/** Finds the platform fields in a document, shadow root or element. */
export function detectFields(root: Document | ShadowRoot | Element, options: DetectOptions = {}): DetectedField[] {
  return new Detector(options).detect(root);
}
