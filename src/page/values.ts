// Reading and writing a field's value the way a person sees and types it.
// Values are the text the page shows (profile/schema.ts): a select's option
// text, 'true'/'false' for a checkbox.
import { readSplit, splitOf, splitWrites } from './split';
import type { FormField } from './types';
import { widgetOf } from './widgets';

const optionText = (option: HTMLOptionElement): string =>
  (option.text ?? option.textContent ?? '').trim();
/** "--请选择--", "请选择…", "== 请选择 ==", "<未选择>": an option that only asks for a choice. */
const PLACEHOLDER_OPTION = /^[\s\-—－=<＜]*(请选择.*|未选择)?[\s\-—－=>＞]*$/;

/** The radios of one group (same name, same form), in document order. */
export function radioGroup(radio: HTMLInputElement): HTMLInputElement[] {
  if (!radio.name) {
    // Radios without a name (element-ui's el-radio, ant-design-vue's a-radio) are one group by their container.
    const container = radio.closest('[role=radiogroup],.el-radio-group,.ant-radio-group');
    return container
      ? [...container.querySelectorAll<HTMLInputElement>('input[type=radio]')]
      : [radio];
  }
  const scope: ParentNode = radio.form ?? radio.ownerDocument;
  return [...scope.querySelectorAll<HTMLInputElement>('input[type=radio]')].filter(
    (r) => r.name === radio.name && (r.form ?? null) === (radio.form ?? null),
  );
}

/** What a person reads for one radio: its label ("男"), else its value. */
export function radioText(radio: HTMLInputElement): string {
  const wrapping = radio.closest('label');
  let text = wrapping ? (wrapping.textContent ?? '') : '';
  if (!text.trim() && radio.id) {
    const byFor = radio.ownerDocument.querySelector(`label[for="${CSS.escape(radio.id)}"]`);
    text = byFor?.textContent ?? '';
  }
  if (!text.trim()) {
    // <input type=radio> 男 : the text right after it.
    const next = radio.nextSibling;
    if (next && next.nodeType === 3) text = next.nodeValue ?? '';
  }
  return text.trim() || radio.value;
}

export function readFieldValue(el: FormField): string {
  // One value over several boxes (毕业年月 年/月, 固定电话 区号-号码): read as one.
  const split = splitOf(el);
  if (split) return readSplit(split, readBox);
  return readBox(el);
}

/** One box's value, as a person reads it (a split value's box on its own). */
export function readBox(el: FormField): string {
  // A widget library's control: what its own drawing shows (src/page/widgets/).
  const widget = widgetOf(el);
  if (widget) return widget.read(el);
  if (el instanceof el.ownerDocument.defaultView!.HTMLSelectElement || el.tagName === 'SELECT') {
    const select = el as HTMLSelectElement;
    const option = select.selectedIndex >= 0 ? select.options[select.selectedIndex] : undefined;
    // A placeholder option ("请选择", value "") means nothing is chosen yet; so
    // does "--请选择--" whatever its value (older pages use "0" or "-1").
    if (
      !option ||
      (option.value === '' && /^(请选择|--|<未选择>|未选择|)/.test(optionText(option)))
    )
      return '';
    if (PLACEHOLDER_OPTION.test(optionText(option))) return '';
    return optionText(option);
  }
  const input = el as HTMLInputElement;
  // A radio group is one field (性别: 男/女): its value is the chosen option's text.
  if (input.type === 'radio') {
    const chosen = radioGroup(input).find((r) => r.checked);
    return chosen ? radioText(chosen) : '';
  }
  if (input.type === 'checkbox') return input.checked ? 'true' : 'false';
  return el.value;
}

function nativeSetter(
  el: Element,
  prop: 'value' | 'checked' | 'selectedIndex',
): ((v: unknown) => void) | undefined {
  // The page (or a framework) may shadow `value` on the instance; the prototype's
  // setter is what a person's typing goes through (Bitwarden-style fill, docs/contributing.md).
  let proto: object | null = Object.getPrototypeOf(el);
  while (proto) {
    const desc = Object.getOwnPropertyDescriptor(proto, prop);
    if (desc?.set) return (v: unknown) => desc.set!.call(el, v);
    proto = Object.getPrototypeOf(proto);
  }
  return undefined;
}

function fire(el: Element, type: 'input' | 'change'): void {
  const view = el.ownerDocument.defaultView ?? window;
  el.dispatchEvent(new view.Event(type, { bubbles: true }));
}

/**
 * Sets a value as a person would: through the native setter, then bubbling
 * `input` and `change`, so the page's own validation sees it. Selects take the
 * option text. Never moves focus. Returns false when the value cannot be set.
 */
export function writeFieldValue(el: FormField, value: string): boolean {
  const split = splitOf(el);
  if (split) {
    // Every box gets its piece ("2012-07" → 2012年 and 07), as a person picks them.
    const writes = splitWrites(split, value);
    return !!writes && writes.map(([box, piece]) => writeBox(box, piece)).every(Boolean);
  }
  return writeBox(el, value);
}

/** Writes one box natively (a split value's box on its own). */
export function writeBox(el: FormField, value: string): boolean {
  if (el.disabled || (el as HTMLInputElement).readOnly) return false;
  if (el.tagName === 'SELECT') {
    const select = el as HTMLSelectElement;
    const wanted = value.trim();
    let index = [...select.options].findIndex((o) => optionText(o) === wanted);
    if (index < 0) index = [...select.options].findIndex((o) => o.value === wanted);
    if (index < 0 && wanted === '') index = [...select.options].findIndex((o) => o.value === '');
    if (index < 0) return false;
    if (select.selectedIndex === index) return true;
    const setIndex = nativeSetter(select, 'selectedIndex');
    if (setIndex) setIndex(index);
    else select.selectedIndex = index;
    fire(select, 'input');
    fire(select, 'change');
    return true;
  }
  const input = el as HTMLInputElement;
  if (input.type === 'file') return false;
  if (input.type === 'radio') {
    const target = radioGroup(input).find(
      (r) => radioText(r) === value.trim() || r.value === value.trim(),
    );
    if (!target || target.disabled) return false;
    if (target.checked) return true;
    const set = nativeSetter(target, 'checked');
    if (set) set(true);
    else target.checked = true;
    fire(target, 'input');
    fire(target, 'change');
    return true;
  }
  if (input.type === 'checkbox') {
    const checked = value === 'true';
    if (input.checked === checked) return true;
    const set = nativeSetter(input, 'checked');
    if (set) set(checked);
    else input.checked = checked;
    fire(input, 'input');
    fire(input, 'change');
    return true;
  }
  const set = nativeSetter(el, 'value');
  if (set) set(value);
  else el.value = value;
  fire(el, 'input');
  fire(el, 'change');
  return true;
}

const sameValue = (el: FormField, want: string): boolean => {
  const now = readBox(el).trim();
  if (now === want.trim()) return true;
  // A select or radio written by its value ("01") shows its text.
  return el.tagName === 'SELECT' && (el as HTMLSelectElement).value === want.trim();
};

/**
 * Writes a value the way a person would, through the control's adapter (a
 * widget library's dropdown, radio, picker: src/page/widgets/) or natively, and
 * reads it back as displayed: true only when the control shows the value.
 * Restore calls this one function (src/backup/restore.ts).
 */
export async function writeValue(el: FormField, value: string): Promise<boolean> {
  if (!el.isConnected) return false;
  const split = splitOf(el);
  if (split) {
    const writes = splitWrites(split, value);
    if (!writes) return false;
    // One box at a time: a widget's dropdown closes before the next opens.
    for (const [box, piece] of writes) if (!(await writeBoxValue(box, piece))) return false;
    return readFieldValue(el) === value.trim();
  }
  return writeBoxValue(el, value);
}

/** Writes one box through its adapter or natively, and reads it back (a split value's box on its own). */
export async function writeBoxValue(el: FormField, value: string): Promise<boolean> {
  const widget = widgetOf(el);
  if (widget) {
    try {
      return (await widget.write(el, value)) && sameValue(el, value);
    } catch {
      return false;
    }
  }
  return writeBox(el, value) && sameValue(el, value);
}

/** What a person sees of the control (a library may hide the native one and draw its own). */
export function visibleBox(el: FormField): Element {
  return widgetOf(el)?.box?.(el) ?? el;
}
