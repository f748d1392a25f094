// ant-design-vue 4 (Vue 3), markup as its 4.2 components render it.
// - a-select: the chosen option's text is `.ant-select-selection-item` (the
//   `.ant-select-selection-placeholder` while none); the readonly
//   `input.ant-select-selection-search-input` stays "". The dropdown sits under
//   <body> (`.ant-select-dropdown`, `-hidden` once closed); the input's
//   `aria-controls` names a screen-reader listbox inside it. The options a person
//   sees are `.ant-select-item-option` in a virtual list: only the ones in view
//   are in the DOM, so a long list is scrolled until the option shows.
// - a-radio / a-checkbox: the native input inside `label.ant-radio-wrapper`
//   (`.ant-checkbox-wrapper`), its text in the label's last <span>; the radios
//   of an a-radio-group have no `name` (the group is `.ant-radio-group`).
// - a-date-picker (also picker="month"): `.ant-picker-input > input`, readonly
//   until a mousedown or focus; typed text is committed by Enter (antd reads
//   `which`), or by a blur while the panel is open.
import {
  clickLikePerson,
  clickOutside,
  focusBox,
  isShown,
  pause,
  pressKey,
  textOfEl,
  typeText,
  until,
  type Control,
  same,
} from './dom';
import { labelCheckbox, labelRadio } from './label-choice';
import type { WidgetAdapter } from './types';

const selectRoot = (el: Control): Element | null => el.closest('.ant-select');

/** The open dropdown of this select: the one holding the listbox its input controls. */
function openDropdown(el: Control): Element | undefined {
  const id = el.getAttribute('aria-controls');
  const list = id ? el.ownerDocument.getElementById(id) : null;
  const dropdown = list?.closest('.ant-select-dropdown');
  if (!dropdown || dropdown.classList.contains('ant-select-dropdown-hidden')) return undefined;
  return isShown(dropdown) ? dropdown : undefined;
}

const optionOf = (dropdown: Element, value: string): Element | undefined =>
  [...dropdown.querySelectorAll('.ant-select-item-option')].find(
    (o) =>
      same(textOfEl(o.querySelector('.ant-select-item-option-content') ?? o), value) &&
      !o.classList.contains('ant-select-item-option-disabled'),
  );

/**
 * The option with that text. A virtual list holds only the options in view (on opening, those
 * around the chosen one): when it is not among them, the list is scrolled to the top and down
 * page by page until it shows.
 */
async function findOption(dropdown: Element, value: string): Promise<Element | undefined> {
  const inView = await until(() => optionOf(dropdown, value), 300);
  const holder = dropdown.querySelector<HTMLElement>('.rc-virtual-list-holder');
  if (inView || !holder) return inView;
  holder.scrollTo({ top: 0 });
  for (let page = 0; page < 100; page++) {
    const found = await until(() => optionOf(dropdown, value), 100);
    if (found) return found;
    if (holder.scrollTop + holder.clientHeight >= holder.scrollHeight - 1) break;
    holder.scrollTo({ top: holder.scrollTop + Math.max(32, holder.clientHeight - 32) });
  }
  return undefined;
}

export const antdSelect: WidgetAdapter = {
  name: 'ant-design-vue select',
  owns: (el) =>
    el.tagName === 'INPUT' &&
    el.classList.contains('ant-select-selection-search-input') &&
    selectRoot(el)?.classList.contains('ant-select-single') === true,
  read(el) {
    const shown = selectRoot(el)?.querySelector('.ant-select-selection-item');
    return shown ? textOfEl(shown) : '';
  },
  box: (el) => selectRoot(el)?.querySelector('.ant-select-selector') ?? null,
  async write(el, value) {
    const root = selectRoot(el);
    const selector = root?.querySelector('.ant-select-selector');
    if (!root || !selector || root.classList.contains('ant-select-disabled')) return false;
    if (same(this.read(el), value)) return true;
    if (!openDropdown(el)) clickLikePerson(selector);
    const dropdown = await until(() => openDropdown(el));
    const option = dropdown && (await findOption(dropdown, value));
    if (!option) {
      // Not offered: close the list again as a person would, nothing chosen.
      if (dropdown) clickOutside(el.ownerDocument);
      return false;
    }
    clickLikePerson(option);
    return (await until(() => same(this.read(el), value))) === true;
  },
};

/** The radios of an a-radio-group (no `name`), else those of the same name. */
function radios(el: HTMLInputElement): HTMLInputElement[] {
  const group = el.closest('.ant-radio-group');
  if (group) return [...group.querySelectorAll<HTMLInputElement>('input.ant-radio-input')];
  if (!el.name) return [el];
  const scope: ParentNode = el.form ?? el.ownerDocument;
  return [...scope.querySelectorAll<HTMLInputElement>('input.ant-radio-input')].filter(
    (r) => r.name === el.name,
  );
}

/** The text beside a radio or checkbox: the wrapper label's text (its box is a <span> of no text). */
const wrapperText = (input: HTMLInputElement): string =>
  textOfEl(input.closest('label')) || input.value;

export const antdRadio = labelRadio('ant-design-vue radio', 'ant-radio-input', radios, wrapperText);

export const antdCheckbox = labelCheckbox('ant-design-vue checkbox', 'ant-checkbox-input');

export const antdDatePicker: WidgetAdapter = {
  name: 'ant-design-vue date picker',
  owns: (el) =>
    el.tagName === 'INPUT' &&
    el.parentElement?.classList.contains('ant-picker-input') === true &&
    el.closest('.ant-picker-range') === null,
  read: (el) => (el as HTMLInputElement).value.trim(),
  box: (el) => el.closest('.ant-picker'),
  async write(el, value) {
    const input = el as HTMLInputElement;
    if (input.disabled || el.closest('.ant-picker-disabled')) return false;
    if (same(input.value, value)) return true;
    // Click into the box: the panel opens and the box takes typing (readonly until then).
    focusBox(input);
    await pause(60);
    typeText(input, value);
    await pause(30);
    pressKey(input, 'Enter', true);
    await pause(30);
    // A text antd could not read leaves the panel open: leave the box, the old value shows again.
    input.blur();
    await pause(120);
    return (await until(() => same(input.value, value), 400)) === true;
  },
};
