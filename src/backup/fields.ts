// Which page fields the backup may read or write at all (never stored:
// password fields, captcha, 密码找回答案, payment data). The catalogue's
// `sensitive` flag covers the platform's own fields; the element checks catch a
// field the detector mapped to a storable key although it is a password box, a
// captcha or a payment input (defence in depth: a wrong match must not leak).
import { fieldByKey } from '../rules/catalogue';
import type { DetectedField, FormField } from '../page';

const CAPTCHA =
  /captcha|验证码|校验码|yzm|checkcode|verif(y|ication)?code|validatecode|vcode|authcode|短信码/i;
const PAYMENT = /cvv|cvc|card.?(no|num)|银行卡|信用卡|卡号|支付|付款|安全码|pay(ment)?/i;
const SECRET = /passw|passwd|pwd|密码|答案|answer/i;

function attributes(el: FormField): string {
  return ['id', 'name', 'placeholder', 'aria-label', 'title', 'autocomplete']
    .map((name) => el.getAttribute(name) ?? '')
    .join(' ');
}

/** True when the field must never be stored, exported or written by the backup. */
export function isSensitiveField(field: DetectedField): boolean {
  const def = fieldByKey(field.key);
  if (!def || def.sensitive || def.kind === 'file' || def.kind === 'password') return true;
  const el = field.element;
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (el.tagName === 'INPUT' && (type === 'password' || type === 'file' || type === 'hidden'))
    return true;
  const autocomplete = (el.getAttribute('autocomplete') ?? '').toLowerCase();
  if (
    autocomplete.startsWith('cc-') ||
    autocomplete.includes('password') ||
    autocomplete === 'one-time-code'
  )
    return true;
  const text = attributes(el);
  if (CAPTCHA.test(text) || PAYMENT.test(text)) return true;
  // 密码找回提示 is stored; its platform id is `…$PasswdQuestion` (docs/spec/platform-rules.md §1), so the
  // password-ish name test is skipped for it, but not the answer test.
  if (def.key === 'recoveryQuestion') return /答案|answer/i.test(text);
  return SECRET.test(text);
}

/** A value that counts as "empty" for restore: nothing typed, nothing chosen, box not ticked. */
export function isEmptyValue(field: DetectedField, value: string): boolean {
  if (value.trim() === '') return true;
  return fieldByKey(field.key)?.kind === 'checkbox' && value === 'false';
}
