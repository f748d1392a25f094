// Either-or labels ("证件号码/报名号", "身份证号或护照号"; docs/page-assist.md "Either-or
// labels"): one box takes one of two things, and only the value tells which. A
// value's shape says which alternative it clearly is; when it fits none, or more
// than one, the field is left alone (a wrong warning is worse than none).
import type { LocalText } from './types';
import { recognizeIdNumber } from './id-numbers';
import { toHalfWidth } from './util';

/** One alternative of an either-or label: its text and the catalogue key it names, if any. */
export interface Alternative {
  text: string;
  key?: string;
}

/** The unmistakable shape of a catalogue field's value (its own rules say the rest). */
const KEY_SHAPES: Record<string, (v: string, today: Date) => boolean> = {
  // R-ID-CN, R-ID-TW, R-ID-HK…: only a number whose own check digits hold.
  idNumber: (v, today) => recognizeIdNumber(v, today) !== undefined,
  mobile: (v) => /^1[3-9]\d{9}$/.test(v),
  email: (v) => /^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/.test(v),
  homePhone: (v) => /^0\d{2,3}-\d{7,8}(-\d{1,6})?$/.test(v),
  workPhone: (v) => /^0\d{2,3}-\d{7,8}(-\d{1,6})?$/.test(v),
  postcode: (v) => /^\d{6}$/.test(v),
  // A user name may be almost anything: an ID number fits it too (so that label decides nothing).
  username: (v) => /^[\w.@-]{2,40}$/.test(v),
};

/** Alternatives outside the catalogue whose values have a known shape. */
const OTHER_SHAPES: [RegExp, (v: string) => boolean][] = [
  [/护照/, (v) => /^[A-Z]{1,2}\d{6,9}$/i.test(v)],
  [/报名号|考生号|准考证号|考生编号/, (v) => /^\d{6,16}$/.test(v)],
];

/** Which alternative a value is: a key, or why the field stays alone. */
export type ShapeDecision = { key: string } | { reason: LocalText };

const NO_VALUE: LocalText = {
  zh: '二选一的标签（如“证件号码/报名号”）：还没有值，无法判断是哪一项，未检查。',
  en: 'Either-or label (such as 证件号码/报名号): no value yet to tell which one it is; not checked.',
};
const SEVERAL: LocalText = {
  zh: '二选一的标签：这个值两项都可能是，无法判断，未检查。',
  en: 'Either-or label: the value could be either one; not checked.',
};
const NONE: LocalText = {
  zh: '二选一的标签：这个值不像其中任何一项的格式，无法判断，未检查。',
  en: 'Either-or label: the value has the shape of neither one; not checked.',
};

/**
 * The alternative `value` clearly is: exactly one alternative fits its shape and
 * it names a catalogue key. An alternative without a known shape could be
 * anything, so it never lets another win.
 */
export function decideByShape(
  value: string,
  alternatives: readonly Alternative[],
  today: Date,
): ShapeDecision {
  const v = toHalfWidth(value).trim();
  if (v === '') return { reason: NO_VALUE };
  const fits: Alternative[] = [];
  for (const alt of alternatives) {
    const keyShape = alt.key ? KEY_SHAPES[alt.key] : undefined;
    const other = OTHER_SHAPES.find(([re]) => re.test(alt.text))?.[1];
    const shape = keyShape ? (s: string) => keyShape(s, today) : other;
    if (!shape) return { reason: SEVERAL };
    if (shape(v)) fits.push(alt);
  }
  if (fits.length === 0) return { reason: NONE };
  if (fits.length > 1 || !fits[0]!.key) return { reason: fits.length > 1 ? SEVERAL : NONE };
  return { key: fits[0]!.key };
}
