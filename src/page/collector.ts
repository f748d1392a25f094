// The collector: the only code that reads a field's signals from the page
// (docs/page-assist.md "Collector, matcher, classifier"). For each form control
// it records what a person would read next to it (docs/contributing.md "Bitwarden's
// autofill"): its <label>, the text to its left or above, the column header,
// aria, title, placeholder, id and name, the group its headings name, its frame.
// What the texts mean is decided elsewhere: src/rules/matcher.ts (pure) and
// src/page/classifier.ts.
//
// One collector per document. It keeps what it read per element, reads new
// controls in time slices, and watches the page with ONE MutationObserver; every
// feature reads the collected model instead of walking the page again.
import type { GroupId } from '../rules';
import {
  hasChineseWord,
  headingGroup,
  hintPart,
  optionsPart,
  type BoxPart,
  isDialCodeOption,
  isFileButtonText,
  isHintText,
  isLetterless,
} from '../rules/matcher';
import type { FormField } from './types';

const SKIP_INPUT_TYPES = new Set([
  'hidden',
  'submit',
  'button',
  'image',
  'reset',
  'range',
  'color',
]);

export function isFormField(el: Element): el is FormField {
  const tag = el.tagName;
  if (tag === 'SELECT' || tag === 'TEXTAREA') return true;
  if (tag !== 'INPUT') return false;
  return !SKIP_INPUT_TYPES.has((el as HTMLInputElement).type);
}

/** What the collector recorded about one control. Texts are as the page wrote them (trimmed). */
export interface FieldSignals {
  element: FormField;
  tag: 'input' | 'select' | 'textarea';
  /** The control's type (`text`, `checkbox`, `radio`, `file`, `select-one`…). */
  type: string;
  id: string;
  name: string;
  /**
   * Explicit labels: <label for>, a wrapping <label> (the text before the field
   * first), aria-labelledby, aria-label. For a radio: the group's legend or
   * radiogroup label (a radio's own label is its option, "男").
   */
  labels: string[];
  /** The nearest text before the field (the label cell to its left, the label above): whole, then first line. */
  before: string[];
  /** That text also names another box (毕业年月 <select>年 <select>月): it names neither alone. */
  beforeShared: boolean;
  /** The text right after the field in its parent (a checkbox's "选择", a unit). */
  after?: string;
  /** The header cell above the field's column. */
  header: string[];
  /** Two boxes under one header (年 / 月): the header names neither alone. */
  headerShared: boolean;
  title: string;
  placeholder: string;
  /** The group the headings around the field name (教育经历 → education), if any. */
  heading?: GroupId;
  /** Indices of the iframes from the top document down to this field's document ([] = top). */
  frame: number[];
  /** A radio's group (its form and name, or its nameless a-radio-group): one field per group. */
  radioGroup?: string;
  /**
   * One label over several boxes (毕业年月 <select>年 <select>月, 固定电话 区号-号码): every
   * box sharing the label, this one included, in document order, with what each holds.
   */
  split?: { boxes: FormField[]; parts: BoxPart[] };
  /**
   * The repeated block the field sits in (one education or training entry among
   * sibling entries of the same shape), shared by the block's fields.
   */
  block?: RowBlock;
}

/**
 * One entry of a list of repeated blocks (`<div class=entry>` after `<div class=entry>`,
 * a `<table>` per entry, a `<tr>` per entry). `heading`: the group its own sub-heading
 * names (a "教育经历" tag next to its 选择 box), when it names exactly one.
 */
export interface RowBlock {
  heading?: GroupId;
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
    if (
      tag === 'SELECT' ||
      tag === 'TEXTAREA' ||
      tag === 'SCRIPT' ||
      tag === 'STYLE' ||
      tag === 'OPTION' ||
      tag === 'INPUT' ||
      tag === 'BUTTON'
    )
      return;
    if ((el as HTMLElement).hidden) return;
    if (
      firstLine &&
      n !== node &&
      out.trim() &&
      (LINE_BREAKERS.has(tag) || HINT_CLASS.test(el.getAttribute('class') ?? ''))
    ) {
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

// Fields only: a button (<input type=button value=＋添加> in a heading, 选择学校
// next to the school box) neither owns text nor ends a search for a label.
const CONTROL_SELECTOR =
  'input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=reset]):not([type=image]),select,textarea';

function containsControl(el: Element): boolean {
  if (isFormField(el)) return true;
  return el.querySelector(CONTROL_SELECTOR) !== null;
}

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
  if (type === 'radio' && ownType === 'radio' && name && (other as HTMLInputElement).name === name)
    return false;
  // Radios without a name (element-ui's el-radio, ant-design-vue's a-radio) are one group by
  // their radiogroup container.
  if (type === 'radio' && ownType === 'radio' && !name && !(other as HTMLInputElement).name) {
    const group = owner.closest('[role=radiogroup],.ant-radio-group');
    if (group?.contains(other)) return false;
  }
  if (type === 'checkbox' && ownType !== 'checkbox') return false;
  return true;
}

function isDialCodeSelect(select: HTMLSelectElement): boolean {
  const options = select.options;
  if (!options.length) return false;
  for (let i = 0; i < options.length && i < 5; i++) {
    if (!isDialCodeOption((options[i]!.textContent ?? '').trim(), i)) return false;
  }
  return true;
}

/**
 * The other fields that share the label found before `node` (the field or its
 * ancestor): the rivals inside the wrapper the label precedes, or those that
 * follow the field before the next label. Empty: the label is the field's alone.
 */
function sharingBoxes(node: Node, owner: Element): FormField[] {
  const out: FormField[] = [];
  if (node !== owner && node.nodeType === 1) {
    // The label is before a wrapper (a cell, a column): rivals inside the wrapper share it.
    for (const other of (node as Element).querySelectorAll(CONTROL_SELECTOR))
      if (isRival(other, owner)) out.push(other as FormField);
    return out;
  }
  // The label is just before the field: rivals that follow before the next label share it.
  let steps = 0;
  for (let next = node.nextSibling; next && steps < 12; next = next.nextSibling, steps++) {
    if (next.nodeType === 3) {
      if (hasChineseWord(next.nodeValue ?? '')) return out;
      continue;
    }
    if (next.nodeType !== 1) continue;
    const el = next as Element;
    if (isFormField(el)) {
      if (isRival(el, owner)) out.push(el);
      continue;
    }
    const inner = el.querySelectorAll(CONTROL_SELECTOR);
    for (const other of inner) if (isRival(other, owner)) out.push(other as FormField);
    if (inner.length === 0 && hasChineseWord(textOf(el))) return out;
  }
  return out;
}

interface Preceding {
  texts: string[];
  shared: boolean;
  /** The other boxes that share the text (one label over two boxes). */
  boxes: FormField[];
}

/**
 * The nearest text before the field in reading order: previous siblings, then
 * the parent's previous siblings (the label cell to the left in a table row,
 * the label above it in a wrapper div), up to four levels, stopping at another
 * control (that text would belong to that control). Links, buttons and text
 * without any letter (an input group's "+86") are read past. Returns the
 * element's texts (whole, first line).
 */
function precedingText(
  field: Element,
  within?: Element,
  owner: Element = field,
): Preceding | undefined {
  let node: Node = field;
  // A hint between the label and the field ("证件编号 / 请填写18位号码 / <input>"):
  // its text is kept and the label before it is read too.
  let hint: string[] | undefined;
  const found = (texts: string[]): Preceding => {
    const boxes = sharingBoxes(node, owner);
    return { texts: hint ? [...hint, ...texts] : texts, shared: boxes.length > 0, boxes };
  };
  const onlyHint = (): Preceding | undefined =>
    hint ? { texts: hint, shared: false, boxes: [] } : undefined;
  for (let level = 0; level < 4 && node.parentNode && node !== within; level++) {
    for (let prev = node.previousSibling; prev; prev = prev.previousSibling) {
      if (prev.nodeType === 3) {
        const text = (prev.nodeValue ?? '').trim();
        if (text && !isLetterless(text)) {
          if (!hint && isHintText(text)) {
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
      if (containsControl(el)) return onlyHint();
      // This field's own <label for> was read as an explicit label already (or
      // set aside as a file button's text, "浏览…").
      if (el.tagName === 'LABEL' && field.id && el.getAttribute('for') === field.id) continue;
      const texts = labelTexts(el);
      if (!isLetterless(texts[0]!.trim())) {
        if (
          !hint &&
          (isHintText(texts[0]!.trim()) || HINT_CLASS.test(el.getAttribute('class') ?? ''))
        ) {
          hint = texts.map((t) => t.trim());
          continue;
        }
        return found(texts.map((t) => t.trim()));
      }
    }
    const parent: Node = node.parentNode;
    if (parent.nodeType !== 1) return onlyHint();
    const pel = parent as Element;
    // Do not climb out of a label, a table row or a fieldset: text beyond them belongs to others.
    if (
      pel.tagName === 'TR' ||
      pel.tagName === 'FORM' ||
      pel.tagName === 'FIELDSET' ||
      pel.tagName === 'BODY'
    )
      return onlyHint();
    node = parent;
  }
  return onlyHint();
}

/** A row (with controls) → the row of labels that heads it, per collection pass. */
type HeaderCache = Map<Element, Element | null>;

/** The table row before `row`, across <thead>/<tbody> sections. */
function previousRow(row: Element): Element | null {
  if (row.previousElementSibling)
    return row.previousElementSibling.tagName === 'TR' ? row.previousElementSibling : null;
  const section = row.parentElement;
  if (!section || !/^(TBODY|THEAD|TFOOT)$/.test(section.tagName)) return null;
  for (let prev = section.previousElementSibling; prev; prev = prev.previousElementSibling) {
    if (!/^(TBODY|THEAD|TFOOT)$/.test(prev.tagName)) return null;
    if (prev.lastElementChild)
      return prev.lastElementChild.tagName === 'TR' ? prev.lastElementChild : null;
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
  if (!table || !wrapper || wrapper.tagName === 'TD' || wrapper.firstElementChild !== table)
    return null;
  const before = wrapper.previousElementSibling;
  const headTable = before?.tagName === 'TABLE' ? before : before?.querySelector(':scope > table');
  const last = headTable?.querySelector('thead tr:last-child') ?? null;
  return last && !containsControl(last) ? last : null;
}

/** The header cell above the field's column (tables of repeated rows, label rows above input rows). */
function columnHeader(
  field: Element,
  cache: HeaderCache,
): { texts: string[]; shared: boolean; boxes: FormField[] } | undefined {
  const cell = field.closest('td,th');
  const row = cell?.parentElement;
  if (!cell || !row || row.tagName !== 'TR') return undefined;
  // Two boxes under one header (年 / 月) share it: neither is the field alone.
  const boxes: FormField[] = [];
  for (const other of cell.querySelectorAll(CONTROL_SELECTOR))
    if (isRival(other, field)) boxes.push(other as FormField);
  const shared = boxes.length > 0;
  let col = 0;
  for (let c = row.firstElementChild; c && c !== cell; c = c.nextElementSibling)
    col += (c as HTMLTableCellElement).colSpan || 1;
  const header = headerRow(row, cache);
  if (!header) return undefined;
  let at = 0;
  for (let c = header.firstElementChild; c; c = c.nextElementSibling) {
    if (at === col) return { texts: labelTexts(c), shared, boxes };
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

/** <label for=id> elements by id, built once per collection pass (`el.labels` walks the whole document per call). */
type LabelIndex = Map<string, Element[]>;

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

/** The fieldset holds only radios of this one group (then its legend is the group's label). */
function onlyThisRadioGroup(fieldset: Element, radio: HTMLInputElement): boolean {
  for (const control of fieldset.querySelectorAll(CONTROL_SELECTOR)) {
    if (
      (control as HTMLInputElement).type !== 'radio' ||
      (control as HTMLInputElement).name !== radio.name
    )
      return false;
  }
  return true;
}

/** The text right after a field, within its parent, up to the next control. */
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

const HEADING_SELECTOR =
  'legend,caption,h1,h2,h3,h4,h5,h6,[role=heading],.title,.header,.group-title,th[colspan]';

/** A sibling's heading element: itself, or a heading inside it, else the whole sibling. */
const headingIn = (prev: Element): Element =>
  prev.matches(HEADING_SELECTOR) ? prev : (prev.querySelector(HEADING_SELECTOR) ?? prev);

/**
 * The group a field sits in, from the headings around it (cached per ancestor; `siblings`:
 * what each previous sibling looked at names, or null, also per pass).
 */
function contextGroup(
  el: Element,
  cache: Map<Element, GroupId | null>,
  siblings: Map<Element, GroupId | null>,
): GroupId | undefined {
  const seen: Element[] = [];
  let found: GroupId | null = null;
  for (
    let node: Element | null = el.parentElement;
    node && node.tagName !== 'BODY';
    node = node.parentElement
  ) {
    const cached = cache.get(node);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    seen.push(node);
    // A tab panel or region named by its tab (<div role=tabpanel aria-labelledby=tab-edu>).
    const named = node.getAttribute('aria-labelledby');
    if (named || node.hasAttribute('aria-label')) {
      const g = headingGroup(
        named ? byIdText(node.ownerDocument, named) : node.getAttribute('aria-label')!,
      );
      if (g) {
        found = g;
        break;
      }
    }
    // A heading inside this container, before the field (legend, caption, a heading cell).
    const own = node.querySelector(
      ':scope > legend, :scope > caption, :scope > h1, :scope > h2, :scope > h3, :scope > h4, :scope > h5, ' +
        ':scope > .title, :scope > [role=heading]',
    );
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
    for (
      let prev = node.previousElementSibling;
      prev && steps < 60;
      prev = prev.previousElementSibling, steps++
    ) {
      // The same label cells are siblings of many fields' cells: each is read once per pass.
      let g = siblings.get(prev);
      if (g === undefined) {
        g = containsControl(prev) ? null : (headingGroup(textOf(headingIn(prev))) ?? null);
        siblings.set(prev, g);
      }
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

/** Row blocks by container element: kept across passes, so a block's fields share one object. */
type BlockCache = WeakMap<Element, RowBlock | null>;

const SAME_SHAPE_STEPS = 40;

/** A sibling of the same tag and first class that holds fields too: another entry of the same list. */
function hasTwin(node: Element): boolean {
  const shape = (el: Element) =>
    `${el.tagName}.${(el.getAttribute('class') ?? '').trim().split(/\s+/)[0]}`;
  const own = shape(node);
  for (const dir of ['previousElementSibling', 'nextElementSibling'] as const) {
    let steps = 0;
    for (let sib = node[dir]; sib && steps < SAME_SHAPE_STEPS; sib = sib[dir], steps++)
      if (shape(sib) === own && sib.querySelector(CONTROL_SELECTOR)) return true;
  }
  return false;
}

/** Elements whose text is a control's, never a block's heading. */
const NOT_HEADING_TEXT = new Set(['SELECT', 'OPTION', 'TEXTAREA', 'BUTTON', 'SCRIPT', 'STYLE']);

/**
 * The group a block's own sub-heading names: a short text of the block outside
 * any control ("教育经历", "培训经历 2"). A label of a field never names a group
 * (headingGroup wants a group's word), so the fields' own captions are read past.
 * Several groups named, or none: nothing.
 */
function blockHeading(block: Element): GroupId | undefined {
  const found = new Set<GroupId>();
  let seen = 0;
  // Text nodes outside controls, a control's own subtree (a select's options) skipped whole.
  const walk = (n: Node): void => {
    if (seen >= 200) return;
    if (n.nodeType === 3) {
      seen++;
      const text = (n.nodeValue ?? '').trim();
      if (!text || text.length > 20) return;
      // "选择 培训经历": the tick box's word and the block's tag in one text.
      for (const part of [text, ...text.split(/[\s\u3000]+/)]) {
        const group = headingGroup(part);
        if (group) found.add(group);
      }
      return;
    }
    if (n.nodeType !== 1 || NOT_HEADING_TEXT.has((n as Element).tagName)) return;
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(block);
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The repeated block around a field: the nearest ancestor (a few levels up, not
 * past a form) with a twin sibling. Two fields in one cell or one `.cell` wrapper
 * are not a block of their own: a block holds a field of another wrapper too.
 */
function rowBlockOf(field: Element, cache: BlockCache): RowBlock | undefined {
  let node = field.parentElement;
  for (let level = 0; node && level < 6; level++, node = node.parentElement) {
    if (/^(FORM|BODY|HTML)$/.test(node.tagName)) return undefined;
    const cached = cache.get(node);
    if (cached !== undefined) {
      if (cached) return cached;
      continue;
    }
    let block: RowBlock | null = null;
    if (node.tagName !== 'TD' && node.tagName !== 'TH' && hasTwin(node)) {
      const controls = node.querySelectorAll(CONTROL_SELECTOR);
      if (controls.length > 1) {
        const heading = blockHeading(node);
        block = heading ? { heading } : {};
      }
    }
    cache.set(node, block);
    if (block) return block;
  }
  return undefined;
}

/** Caches shared by the fields of one collection pass. */
interface PassCaches {
  labels?: LabelIndex;
  headers: HeaderCache;
  groups: Map<Element, GroupId | null>;
  siblings: Map<Element, GroupId | null>;
}

function typeOf(el: FormField): string {
  if (el.tagName === 'INPUT') return (el as HTMLInputElement).type;
  if (el.tagName === 'SELECT')
    return (el as HTMLSelectElement).multiple ? 'select-multiple' : 'select-one';
  return 'textarea';
}

/**
 * The label column of a UI library's form item the field sits in, when it is no
 * <label for> of the field: ant-design-vue's a-form-item (`.ant-form-item-label`
 * beside `.ant-form-item-control`) links its label by `for` only when the item has
 * a `name`, and its select or picker input is nested too deep for the text before it.
 */
function formItemLabel(el: Element): Element | null {
  const control = el.closest('.ant-form-item-control');
  return control?.parentElement?.querySelector(':scope > .ant-form-item-label') ?? null;
}

const containerIds = new WeakMap<Element, number>();
let nextContainerId = 0;
/** A number for a container element, the same for as long as it lives. */
function containerId(container: Element): number {
  let id = containerIds.get(container);
  if (id === undefined) containerIds.set(container, (id = nextContainerId++));
  return id;
}

/** Reads one control's signals. */
function readSignals(
  el: FormField,
  root: Document | ShadowRoot | Element,
  pass: PassCaches,
  frame: number[],
  blocks: BlockCache,
): FieldSignals {
  const doc = el.ownerDocument;
  const type = typeOf(el);
  const out: FieldSignals = {
    element: el,
    tag: el.tagName.toLowerCase() as FieldSignals['tag'],
    type,
    id: el.id,
    name: el.getAttribute('name') ?? '',
    labels: [],
    before: [],
    beforeShared: false,
    header: [],
    headerShared: false,
    title: el.getAttribute('title') ?? '',
    placeholder: el.getAttribute('placeholder') ?? '',
    heading: contextGroup(el, pass.groups, pass.siblings),
    frame,
  };
  const block = rowBlockOf(el, blocks);
  if (block) out.block = block;
  const labels = out.labels;
  if (type === 'radio') {
    // A radio's own label is its option ("男"); the field's label is the group's,
    // read before the first radio (the label cell, a legend, the text above).
    // A legend names the radios only when the fieldset holds just this group;
    // otherwise it names a section ("基本信息") and says nothing about the field.
    const fieldset = el.closest('fieldset');
    const legend = fieldset?.querySelector(':scope > legend');
    if (legend && onlyThisRadioGroup(fieldset!, el as HTMLInputElement))
      labels.push(textOf(legend));
    const group = el.closest('[role=radiogroup]');
    const groupLabel =
      group?.getAttribute('aria-label') ??
      (group?.getAttribute('aria-labelledby')
        ? byIdText(doc, group.getAttribute('aria-labelledby')!)
        : '');
    if (groupLabel) labels.push(groupLabel);
    const itemLabel = formItemLabel(el);
    if (itemLabel) labels.push(textOf(itemLabel));
    const radio = el as HTMLInputElement;
    if (radio.name) out.radioGroup = `${radio.form ? 'f' : 'd'}:${radio.name}`;
    else {
      // ant-design-vue's a-radio-group gives its radios no name: the group is its container.
      const container = el.closest('.ant-radio-group');
      if (container) out.radioGroup = `c:${containerId(container)}`;
    }
    const before = precedingText(el.closest('label') ?? el, undefined, el);
    if (before) {
      out.before = before.texts;
      out.beforeShared = before.shared;
    }
    out.labels = labels.filter((t) => t.trim());
    return out;
  }
  const isFile = type === 'file';
  if (el.id) {
    pass.labels ??= labelIndex(root);
    for (const label of pass.labels.get(el.id) ?? []) {
      const texts = labelTexts(label);
      // A file input's styled button ("选择文件", "浏览…") is a <label for> that names no field.
      if (isFile && isFileButtonText(texts[0]!)) continue;
      labels.push(...texts);
    }
  }
  const itemLabel = formItemLabel(el);
  if (itemLabel && !(el.id && itemLabel.querySelector(`label[for="${CSS.escape(el.id)}"]`)))
    labels.push(...labelTexts(itemLabel));
  const wrapping = el.closest('label');
  if (wrapping && !wrapping.hasAttribute('for')) {
    // "<label>手机号码 <input> <small>11 位</small></label>": the text before the field first.
    const before = precedingText(el, wrapping);
    if (before && !before.shared) labels.push(...before.texts);
    labels.push(...labelTexts(wrapping));
  }
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) labels.push(byIdText(doc, labelledBy));
  const ariaLabel = el.getAttribute('aria-label');
  if (ariaLabel) labels.push(ariaLabel);
  out.labels = labels.filter((s) => s.trim());
  out.after = followingText(el);
  const before = precedingText(el);
  if (before) {
    out.before = before.texts;
    out.beforeShared = before.shared;
  }
  const header = columnHeader(el, pass.headers);
  if (header) {
    out.header = header.texts;
    out.headerShared = header.shared;
  }
  // The boxes a label shares: for an explicit <label for> of the first box, the rivals
  // right after it; else those sharing the text before or the column header.
  const rivals = out.labels.length
    ? sharingBoxes(el, el)
    : before?.shared
      ? before.boxes
      : header?.shared
        ? header.boxes
        : [];
  if (rivals.length) {
    const boxes = [el, ...rivals].sort((a, b) =>
      a === b ? 0 : a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1,
    );
    out.split = { boxes, parts: boxes.map(boxPart) };
  }
  return out;
}

/** What one box of a split value holds (src/rules/matcher.ts splitKind decides what fits). */
function boxPart(box: FormField): BoxPart {
  if (box.tagName === 'SELECT')
    return optionsPart(optionTexts(box as HTMLSelectElement)) ?? 'select';
  if (box.tagName !== 'INPUT') return 'other';
  const input = box as HTMLInputElement;
  if (!/^(text|tel|number|search)$/.test(input.type)) return 'other';
  const hinted =
    hintPart(input.getAttribute('placeholder') ?? '') ??
    hintPart(input.getAttribute('title') ?? '') ??
    hintPart(input.getAttribute('aria-label') ?? '') ??
    hintPart(followingText(input));
  if (hinted) return hinted;
  const size = input.maxLength > 0 ? input.maxLength : Number(input.getAttribute('size') ?? 0);
  return size > 0 && size <= 5 ? 'short' : 'text';
}

/** Indices of the iframes from the top document down to `doc` ([] = top, or a frame we cannot see past). */
function framePath(doc: Document): number[] {
  const path: number[] = [];
  try {
    for (
      let win: Window | null = doc.defaultView;
      win && win.frameElement && path.length < 8;
      win = win.parent
    ) {
      const frame = win.frameElement;
      path.unshift([...frame.ownerDocument.querySelectorAll('iframe,frame')].indexOf(frame));
    }
  } catch {
    /* a cross-origin parent: the path stops here */
  }
  return path;
}

/**
 * A widget library's control (a layui select, an element-ui picker): found in
 * the page, its displayed value read, its changes watched, a value written. The
 * native adapter below covers <input>/<select>/<textarea>; others plug in with
 * `FieldCollector.addAdapter` (docs/page-assist.md "Control adapters").
 */
export interface ControlAdapter {
  readonly name: string;
  /** The controls of this kind in `root`, in document order. */
  find(root: Document | ShadowRoot | Element): Iterable<FormField>;
  /** The value the candidate sees. */
  read(control: FormField): string;
  /** Calls `onChange` when the control's value changed; stopped by `signal`. */
  watch(control: FormField, onChange: () => void, signal: AbortSignal): void;
  /** Writes a value as a person would; false when it could not. */
  write(control: FormField, value: string): boolean;
}

export interface CollectorOptions {
  /** Which controls exist (the native adapter by default). */
  adapters?: ControlAdapter[];
}

/**
 * Per-document memory of read signals. `collect()` reads controls not read yet,
 * within a time budget; `snapshot()` gives every control's signals in document
 * order. `collections` counts the snapshots taken: one per page change for all
 * features together (tests/bench/content.bench.ts prints it).
 */
export class FieldCollector {
  private memo = new WeakMap<Element, FieldSignals>();
  private pass: PassCaches = { headers: new Map(), groups: new Map(), siblings: new Map() };
  private blocks: BlockCache = new WeakMap();
  private frame: number[] | undefined;
  private adapters: ControlAdapter[];
  /** Snapshots of the page's field list taken so far (the bench's "collected per DOM change"). */
  collections = 0;
  /** Controls whose signals were read (a control is read again only after its labels changed). */
  reads = 0;

  constructor(
    private root: Document | ShadowRoot | Element,
    options: CollectorOptions = {},
  ) {
    this.adapters = options.adapters ?? [];
  }

  /** Adds a widget library's adapter; its controls are collected from the next pass on. */
  addAdapter(adapter: ControlAdapter): void {
    this.adapters.push(adapter);
  }

  private *controls(): Iterable<FormField> {
    for (const el of this.root.querySelectorAll<FormField>('input,select,textarea'))
      if (isFormField(el)) yield el;
    for (const adapter of this.adapters) yield* adapter.find(this.root);
  }

  /** Reads again, on the next pass, the signals of the controls for which `forget` says so (their labels changed). */
  forget(forget: (signals: FieldSignals) => boolean): void {
    for (const el of this.controls()) {
      const s = this.memo.get(el);
      if (s && forget(s)) this.memo.delete(el);
    }
  }

  /** Reads controls not read yet for at most `budgetMs`; true when none is left. */
  collect(budgetMs = Infinity): boolean {
    const start = performance.now();
    const doc =
      this.root.nodeType === 9 ? (this.root as Document) : (this.root as Element).ownerDocument;
    for (const el of this.controls()) {
      if (this.memo.has(el)) continue;
      if (performance.now() - start > budgetMs) return false;
      this.frame ??= doc ? framePath(doc) : [];
      this.memo.set(el, readSignals(el, this.root, this.pass, this.frame, this.blocks));
      this.reads++;
    }
    // The caches hold only for one pass: the page may change before the next.
    this.pass = { headers: new Map(), groups: new Map(), siblings: new Map() };
    return true;
  }

  /** Every control's signals, in document order (collects what is left first). */
  snapshot(): FieldSignals[] {
    this.collect();
    this.collections++;
    const out: FieldSignals[] = [];
    for (const el of this.controls()) {
      const s = this.memo.get(el);
      if (s) out.push(s);
    }
    this.last = out;
    return out;
  }

  /** The last snapshot, without walking the page again (readers between two page changes). */
  latest(): readonly FieldSignals[] {
    return this.last;
  }

  private last: FieldSignals[] = [];

  /**
   * Watches the page with one MutationObserver: `onChange` is told when fields
   * came or went, or label text near fields changed (then the unrecognized
   * fields' signals are read again: `forgetOnLabels`). A ticking clock elsewhere
   * costs nothing. Our own nodes (`isOurs`) are ignored. Stopped by `signal`.
   */
  watch(options: {
    signal: AbortSignal;
    isOurs(node: Node): boolean;
    forgetOnLabels(s: FieldSignals): boolean;
    onChange(): void;
  }): void {
    const doc =
      this.root.nodeType === 9 ? (this.root as Document) : (this.root as Element).ownerDocument;
    const view = doc?.defaultView;
    if (!doc || !view || options.signal.aborted) return;
    /** Text changed where a label could be: inside a form, table, fieldset or label, or next to a field. */
    const nearFields = (node: Node | null): boolean => {
      const el = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
      if (!el) return false;
      return (
        el.closest('form,table,fieldset,label') !== null ||
        el.parentElement?.querySelector('input,select,textarea') != null
      );
    };
    const observer = new view.MutationObserver((records: MutationRecord[]) => {
      try {
        let fieldsChanged = false;
        let labelsChanged = false;
        for (const record of records) {
          if (options.isOurs(record.target)) continue;
          if (record.type === 'characterData') {
            labelsChanged ||= nearFields(record.target);
            continue;
          }
          for (const list of [record.addedNodes, record.removedNodes]) {
            for (const n of list) {
              if (n.nodeType === 1) {
                const el = n as Element;
                if (options.isOurs(el)) continue;
                if (isFormField(el) || el.querySelector('input,select,textarea'))
                  fieldsChanged = true;
                else labelsChanged ||= nearFields(record.target);
              } else if (n.nodeType === 3) labelsChanged ||= nearFields(record.target);
            }
          }
        }
        if (labelsChanged) this.forget(options.forgetOnLabels);
        if (fieldsChanged || labelsChanged) options.onChange();
      } catch (error) {
        // Never let our failure reach the page (docs/page-assist.md).
        console.debug('[exam-assist]', error);
      }
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    options.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  }

  /** The signals of one control, if collected. */
  signalsOf(el: Element): FieldSignals | undefined {
    return this.memo.get(el);
  }
}

/** Option texts of a select, in order (what the page offers; never which one is chosen). */
export function optionTexts(select: HTMLSelectElement): string[] {
  return [...select.options].map((o) => o.text);
}

const SECTION_HEADINGS = 'legend,caption,h1,h2,h3,h4,h5,h6,[role=heading],th[colspan]';

/**
 * The nearest heading text before each control, in one pass over the document
 * in document order (a per-field search is quadratic on a 5,000-field page).
 */
export function sectionTexts(doc: Document): Map<Element, string> {
  const out = new Map<Element, string>();
  let current = '';
  for (const node of doc.querySelectorAll(`${SECTION_HEADINGS},input,select,textarea`)) {
    if (isFormField(node) || node.tagName === 'INPUT') out.set(node, current);
    else if (!node.querySelector('input,select,textarea')) current = textOf(node);
  }
  return out;
}

/** What a candidate reads for a field: its labels, else the nearest text around it. */
export function captionOf(s: FieldSignals): string {
  const label = s.labels
    .map((t) => t.trim())
    .filter(Boolean)
    .join(' ');
  return (
    label ||
    [s.before[0], s.header[0], s.title, s.placeholder].map((t) => (t ?? '').trim()).find(Boolean) ||
    ''
  );
}

/** The collector a page session keeps up to date for a document (src/page/session.ts registers it). */
const COLLECTORS = new WeakMap<Document, FieldCollector>();

export function registerCollector(doc: Document, collector: FieldCollector | undefined): void {
  if (collector) COLLECTORS.set(doc, collector);
  else COLLECTORS.delete(doc);
}

/** This document's live collector, or a fresh one for a document no session watches (another frame, a test). */
export function collectorFor(doc: Document): FieldCollector {
  return COLLECTORS.get(doc) ?? new FieldCollector(doc);
}
