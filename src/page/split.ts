// One label over several boxes (docs/page-assist.md "Split values"): 毕业年月 as a
// year and a month select, 固定电话 as 区号 and 号码. The classifier decides which
// boxes make one field (src/page/classifier.ts) and registers them here; reading
// and writing the field's value (src/page/values.ts) goes through its boxes, so
// checks, autosave and restore see one value ("2012-07", "010-12345678").
import { cutSplit, joinSplit, type SplitKind } from '../rules/matcher';
import type { FormField } from './types';

export interface SplitValue {
  kind: SplitKind;
  /** Every box, the field's element first. */
  parts: FormField[];
}

const BY_FIRST = new WeakMap<Element, SplitValue>();
const OWNER = new WeakMap<Element, FormField>();

/** The classifier's decision for `first`: its boxes now, or none (no longer split). */
export function setSplit(first: FormField, split: SplitValue | undefined): void {
  const old = BY_FIRST.get(first);
  if (old) for (const part of old.parts) if (OWNER.get(part) === first) OWNER.delete(part);
  if (!split) {
    BY_FIRST.delete(first);
    return;
  }
  BY_FIRST.set(first, split);
  for (const part of split.parts) OWNER.set(part, first);
}

/** The split value `el` (the field's first box) stands for, if any. */
export function splitOf(el: Element): SplitValue | undefined {
  return BY_FIRST.get(el);
}

/** The field's element a box belongs to (its first box), or the element itself. */
export function splitOwner<E extends Element>(el: E): E | FormField {
  return OWNER.get(el) ?? el;
}

/** The one value of the boxes, each read by `read` ("2012-07"; "" when all are empty). */
export function readSplit(split: SplitValue, read: (box: FormField) => string): string {
  return joinSplit(split.kind, split.parts.map(read));
}

const number = (text: string): number | undefined => {
  const m = /\d+/.exec(text);
  return m ? Number(m[0]) : undefined;
};

/**
 * What to put into each box for `value`: a select gets the text of its option
 * with the same number ("2012年", "7月", "07"), a text box the digits. Undefined
 * when the value does not fit the boxes or a select has no such option.
 */
export function splitWrites(split: SplitValue, value: string): [FormField, string][] | undefined {
  const pieces = cutSplit(split.kind, value, split.parts.length);
  if (!pieces) return undefined;
  const out: [FormField, string][] = [];
  for (const [i, part] of split.parts.entries()) {
    const piece = pieces[i]!;
    if (part.tagName !== 'SELECT' || piece === '') {
      out.push([part, piece]);
      continue;
    }
    const wanted = number(piece);
    const option = [...(part as HTMLSelectElement).options].find(
      (o) => number(o.text) === wanted && /\d/.test(o.text),
    );
    if (!option) return undefined;
    out.push([part, option.text.trim()]);
  }
  return out;
}
