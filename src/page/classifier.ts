// The classifier: collected signals (src/page/collector.ts) plus the taught
// mappings → each field's catalogue key, group and row (docs/page-assist.md
// "Detection, in order"). Texts are matched by src/rules/matcher.ts; nothing here
// reads the page. Ambiguous → the field is left alone: a wrong warning is worse
// than none.
import { fieldByKey, ROW_GROUPS as ROW_GROUP_IDS, type FieldDef, type GroupId } from '../rules';
import {
  filterByGroup,
  isGenericLabel,
  matchLabelText,
  matchPlatformName,
  splitKind,
  type SplitKind,
} from '../rules/matcher';
import { eitherOrLabel } from '../rules/matcher';
import { decideByShape, type Alternative } from '../rules/shapes';
import type { LocalText } from '../rules/types';
import { setSplit } from './split';
import { readFieldValue } from './values';
import { FieldCollector, type FieldSignals, type RowBlock } from './collector';
import { taughtElements } from './taught';
import type { DetectedField, DetectOptions, FormField, TaughtMapping } from './types';

const ROW_GROUPS = new Set<GroupId>(ROW_GROUP_IDS);

/** The key of one field, or nothing when unsure. */
export interface Decision {
  key: string;
  group: GroupId;
  /** A generic label without evidence of its group yet: kept only if a neighbour agrees. */
  weak?: boolean;
  /** One value over several boxes (the signals' `split.boxes`, this field first). */
  split?: SplitKind;
}

/** What is around the field, in the order it is trusted: preceding text, column header, title, placeholder. */
function weakTexts(s: FieldSignals): string[] {
  const weak: string[] = [];
  if (s.type === 'radio') {
    if (!s.beforeShared) weak.push(...s.before);
    return weak;
  }
  // "<input type=checkbox> 选择": a checkbox's label is read after it.
  if (s.type === 'checkbox' && s.labels.length === 0 && s.after) weak.push(s.after);
  if (!s.beforeShared) weak.push(...s.before);
  if (!s.headerShared) weak.push(...s.header);
  if (s.title) weak.push(s.title);
  if (s.placeholder) weak.push(s.placeholder);
  return weak;
}

/**
 * Decides one field from its signals alone (no taught mapping, no neighbours).
 * `rowGroup`: the group of the repeated block the field sits in, decided from the
 * block's own signals (its sub-heading, its fields' labels): it wins over the
 * headings around the block (one step heading "教育及培训" over education and
 * training rows). `null`: ignore the headings (the block's own vote).
 */
export function decide(s: FieldSignals, rowGroup?: GroupId | null): Decision | undefined {
  const suffix = matchPlatformName(s.id, s.name);
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
  for (const text of s.labels) if (take(text)) break;
  // An explicit label that names nothing we know: leave the field alone,
  // unless the platform's own id names it.
  if (!keys && s.labels.length && !suffix.keys) return undefined;
  if (!keys) {
    for (const text of weakTexts(s)) if (take(text)) break;
  }
  // One label over several boxes names them together or not at all (below).
  let fromShared = false;
  if (!keys && s.split) {
    const shared = [...(s.beforeShared ? s.before : []), ...(s.headerShared ? s.header : [])];
    for (const text of shared) if ((fromShared = take(text))) break;
  }
  keys ??= suffix.keys;
  if (!keys || keys.length === 0) return undefined;
  if (keys.length > 1 && suffix.keys) {
    const both = keys.filter((k) => suffix.keys!.includes(k));
    if (both.length) keys = both;
  }
  const needsContext = keys.length > 1 || keys.some((k) => ROW_GROUPS.has(fieldByKey(k)!.group));
  let group = suffix.group;
  if (needsContext && !group) group = rowGroup === undefined ? s.heading : (rowGroup ?? undefined);
  if (keys.length > 1) keys = filterByGroup(keys, group);
  if (keys.length !== 1) return undefined;
  const def = fieldByKey(keys[0]!) as FieldDef;
  // A shared row label (类型, 类别, 学位…) under another group's heading is not ours.
  if (def.repeats && group && ROW_GROUPS.has(group) && group !== def.group) return undefined;
  // A radio group stands for a choice field (性别), never for a text field.
  if (s.type === 'radio' && def.kind !== 'select') return undefined;
  // The kind must fit the element: a checkbox is never a text field and vice versa.
  const isCheckbox = s.tag === 'input' && s.type === 'checkbox';
  if ((def.kind === 'checkbox') !== isCheckbox) return undefined;
  if (def.kind === 'file' && s.type !== 'file') return undefined;
  if (def.kind !== 'file' && s.type === 'file') return undefined;
  // 毕业年月 over a year and a month select, 固定电话 over 区号 and 号码: one field whose
  // value is read as one ("2012-07", "010-12345678") and checked by the field's rules.
  // Boxes that do not fit the field (a range 起 至 止) leave it alone: a year checked
  // as a year-month would be a wrong warning.
  const split = s.split ? splitKind(def.key, s.split.parts) : undefined;
  if (fromShared && !split) return undefined;
  // A later box of a split value: the first box stands for the field.
  if (split && s.split!.boxes[0] !== s.element) return undefined;
  const generic = labelText !== undefined && isGenericLabel(labelText);
  const decision: Decision =
    generic && group !== def.group
      ? { key: def.key, group: def.group, weak: true }
      : { key: def.key, group: def.group };
  if (split) decision.split = split;
  return decision;
}

/**
 * The group a repeated block stands for: its own sub-heading, else the one row
 * group that all its fields with a telling label name (毕业证书编号, 毕业年月 →
 * education; 开始时间(年月), 考核结果 → training). Generic row words (选择, 学历,
 * 学校) do not vote; fields of two groups in one block: none.
 */
function blockGroup(block: RowBlock, fields: readonly FieldSignals[]): GroupId | undefined {
  if (block.heading) return block.heading;
  const votes = new Set<GroupId>();
  for (const s of fields) {
    if (matchPlatformName(s.id, s.name).group) continue;
    const d = decide(s, null);
    if (d && !d.weak && ROW_GROUPS.has(d.group)) votes.add(d.group);
  }
  return votes.size === 1 ? [...votes][0] : undefined;
}

/** Text boxes only: an either-or label over a select or a tick box is no such choice. */
const EITHER_TYPES = new Set(['text', 'tel', 'email', 'search', 'number']);

/** The alternatives of an either-or label of the field ("证件号码/报名号"), if its label is one. */
export function eitherOf(s: FieldSignals): Alternative[] | undefined {
  if (s.tag !== 'input' || !EITHER_TYPES.has(s.type)) return undefined;
  for (const text of s.labels.length ? s.labels : weakTexts(s)) {
    const alternatives = eitherOrLabel(text);
    if (alternatives) return alternatives;
  }
  return undefined;
}

/** Why a field the page shows is left alone (the outline export says it), by element. */
const LEFT_ALONE = new WeakMap<Element, LocalText>();

/** The reason a field is left alone on purpose, if one is known (src/page/outline.ts). */
export function leftAloneReason(el: Element): LocalText | undefined {
  return LEFT_ALONE.get(el);
}

/** Remembers decisions per collected signals (read again → decided again). */
export class Classifier {
  private either = new WeakMap<FieldSignals, Alternative[] | null>();
  /** Fields whose key depends on their value (either-or labels): decided again when it changes. */
  private byValue = new WeakSet<Element>();

  /** The field's key depends on its value: a change means classifying again. */
  dependsOnValue(el: Element): boolean {
    return this.byValue.has(el);
  }

  /**
   * An either-or label decided by the value's shape (src/rules/shapes.ts): the key
   * the value clearly is, else none and the reason is kept for the outline.
   */
  private decideEither(s: FieldSignals, valueOf: (el: FormField) => string): Decision | null {
    let alternatives = this.either.get(s);
    if (alternatives === undefined) this.either.set(s, (alternatives = eitherOf(s) ?? null));
    if (!alternatives) return null;
    this.byValue.add(s.element);
    const shaped = decideByShape(valueOf(s.element), alternatives, new Date());
    if ('reason' in shaped) {
      LEFT_ALONE.set(s.element, shaped.reason);
      return null;
    }
    const def = fieldByKey(shaped.key)!;
    return { key: def.key, group: def.group };
  }

  private memo = new WeakMap<FieldSignals, Map<GroupId | undefined, Decision | null>>();
  private last = new WeakMap<FieldSignals, boolean>();

  /** The field was recognized from its own signals (taught mappings aside). */
  recognized(s: FieldSignals): boolean {
    return this.last.get(s) === true;
  }

  private decideMemo(s: FieldSignals, rowGroup: GroupId | undefined): Decision | null {
    let byGroup = this.memo.get(s);
    if (!byGroup) this.memo.set(s, (byGroup = new Map()));
    let decided = byGroup.get(rowGroup);
    if (decided === undefined) {
      decided = decide(s, rowGroup) ?? null;
      byGroup.set(rowGroup, decided);
    }
    this.last.set(s, decided !== null);
    return decided;
  }

  /** The page's fields, one per radio group, with their rows; taught mappings win over detection. */
  classify(
    signals: readonly FieldSignals[],
    doc: Document | null,
    taught: readonly TaughtMapping[] | undefined,
    valueOf: (el: FormField) => string = readFieldValue,
  ): DetectedField[] {
    // A selector must still name exactly one field of a fitting kind; a stale or
    // invalid one is dropped, never applied to another field (src/page/taught.ts).
    const taughtKeys = doc ? taughtElements(doc, taught) : new Map<Element, string>();
    const out: DetectedField[] = [];
    const weakFields = new Set<DetectedField>();
    const radioGroups = new Set<string>();
    const parts = new Set<Element>();
    const blocks = new Map<RowBlock, FieldSignals[]>();
    for (const s of signals) {
      if (!s.block) continue;
      const list = blocks.get(s.block);
      if (list) list.push(s);
      else blocks.set(s.block, [s]);
    }
    const groups = new Map<RowBlock, GroupId | undefined>();
    const groupOf = (block: RowBlock | undefined): GroupId | undefined => {
      if (!block) return undefined;
      if (!groups.has(block)) groups.set(block, blockGroup(block, blocks.get(block)!));
      return groups.get(block);
    };
    for (const s of signals) {
      // One field per radio group: its first radio stands for it (values.ts reads the group).
      if (s.radioGroup) {
        if (radioGroups.has(s.radioGroup)) continue;
        radioGroups.add(s.radioGroup);
      }
      const taughtKey = taughtKeys.get(s.element);
      let decided: Decision | null | undefined;
      if (taughtKey) decided = { key: taughtKey, group: fieldByKey(taughtKey)!.group };
      else decided = this.decideMemo(s, groupOf(s.block)) ?? this.decideEither(s, valueOf);
      if (decided) LEFT_ALONE.delete(s.element);
      if (decided) {
        const field: DetectedField = { element: s.element, key: decided.key, group: decided.group };
        if (decided.split && s.split) {
          field.split = decided.split;
          field.parts = s.split.boxes;
          for (const part of s.split.boxes) if (part !== s.element) parts.add(part);
        }
        out.push(field);
        if (decided.weak) weakFields.add(field);
      }
    }
    // A box that is part of another field's split value is no field of its own.
    const whole = parts.size ? out.filter((f) => !parts.has(f.element)) : out;
    registerSplits(signals, whole);
    const weak = new Set<number>();
    if (weakFields.size) whole.forEach((f, i) => weakFields.has(f) && weak.add(i));
    const kept = weak.size
      ? whole.filter((_, i) => !weak.has(i) || neighbourAgrees(whole, weak, i))
      : whole;
    assignRows(kept);
    return kept;
  }
}

/** Tells src/page/split.ts which boxes read and write as one value now (and which no longer). */
function registerSplits(signals: readonly FieldSignals[], fields: readonly DetectedField[]): void {
  const byElement = new Map(fields.map((f) => [f.element as Element, f]));
  for (const s of signals) {
    if (!s.split && !byElement.get(s.element)?.split) continue;
    const field = byElement.get(s.element);
    setSplit(
      s.element,
      field?.split && field.parts ? { kind: field.split, parts: field.parts } : undefined,
    );
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
  const state = new Map<GroupId, { row: number; seen: Set<string> }>();
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

/** Finds the platform fields in a document, shadow root or element, once (no watching). */
export function detectFields(
  root: Document | ShadowRoot | Element,
  options: DetectOptions = {},
): DetectedField[] {
  const doc = root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
  return new Classifier().classify(new FieldCollector(root).snapshot(), doc, options.taught);
}
