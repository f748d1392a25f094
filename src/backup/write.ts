// The one place restore writes a field (a widget library's adapter plugs in
// here). A write is a visit as a person makes it: focus, the value (the page
// module's writeFieldValue fires input and change), blur; so the page's own
// validation, which often runs on blur (tests/fixtures/platform/platform.js
// marks empty required fields red then), runs again on the new value.
import { readFieldValue, type DetectedField, type FormField } from '../page';
import { splitOf, splitWrites } from '../page/split';
import { readBox, writeBox, writeBoxValue } from '../page/values';
import { widgetOf } from '../page/widgets';

/** Fires `type` unless the browser already did (focus() in a window without focus fires nothing). */
function visit(el: FormField, type: 'focus' | 'blur', act: () => void): void {
  let fired = false;
  const seen = () => (fired = true);
  el.addEventListener(type, seen, { once: true });
  act();
  el.removeEventListener(type, seen);
  if (fired) return;
  const view = el.ownerDocument.defaultView ?? window;
  const inOut = type === 'focus' ? 'focusin' : 'focusout';
  el.dispatchEvent(new view.FocusEvent(type, { bubbles: false }));
  el.dispatchEvent(new view.FocusEvent(inOut, { bubbles: true }));
}

/**
 * Writes `value` into the field as a visit (focus, input, change, blur).
 * Returns whether the field shows the value afterwards.
 */
export async function writeField(field: DetectedField, value: string): Promise<boolean> {
  const el = field.element;
  if (!el.isConnected) return false;
  // One value over several boxes (src/page/split.ts): each box is visited in turn.
  const split = splitOf(el);
  if (split) {
    const writes = splitWrites(split, value);
    if (!writes) return false;
    for (const [box, piece] of writes) if (!(await writeOne(box, piece))) return false;
    const shown = readFieldValue(el);
    return shown === value || shown === value.trim();
  }
  return writeOne(el, value);
}

async function writeOne(el: FormField, value: string): Promise<boolean> {
  if (!el.isConnected) return false;
  // A widget library's control is written as a person does (open, click the option),
  // read back as displayed (src/page/values.ts writeValue).
  if (widgetOf(el)) return writeBoxValue(el, value);
  const active = el.ownerDocument.activeElement as HTMLElement | null;
  visit(el, 'focus', () => el.focus({ preventScroll: true }));
  const ok = writeBox(el, value);
  visit(el, 'blur', () => el.blur());
  // Give the focus back where it was (the candidate may be in another field).
  if (active && active !== el && active !== el.ownerDocument.body)
    active.focus({ preventScroll: true });
  const shown = readBox(el);
  return ok && (shown === value || shown === value.trim());
}
