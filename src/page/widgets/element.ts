// element-ui 2 (Vue 2) and element-plus 2 (Vue 3): the same family of markup.
// - el-select: element-plus keeps the chosen label in `.el-select__placeholder`
//   (the readonly `input.el-select__input` stays ""; `is-transparent` while the
//   placeholder shows); element-ui shows it in its readonly `input.el-input__inner`.
//   The options live in a popper appended to <body>: element-plus links it with
//   `aria-controls`; element-ui's is the one dropdown shown after the click.
// - el-radio / el-checkbox: the native input sits inside a <label>; element-ui's
//   radios have no `name` (the group is `.el-radio-group`).
// - el-date-picker: a text box; element-ui commits typed text only after its
//   panel opened on focus, and a pick in the panel fires `focusout` before the
//   value is written (engineering-notes in the repo's docs/page-assist.md).
import {
  clickLikePerson,
  clickOutside,
  fire,
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

async function chooseOption(
  el: Control,
  options: () => Element[] | undefined,
  read: () => string,
  value: string,
  open: Element,
): Promise<boolean> {
  if (same(read(), value)) return true;
  clickLikePerson(open);
  const list = await until(() => {
    const found = options();
    return found && found.length ? found : undefined;
  });
  const option = list?.find(
    (o) => same(textOfEl(o), value) && !o.classList.contains('is-disabled'),
  );
  if (!option) {
    // Not offered: close the list again as a person would (Escape), nothing chosen.
    pressKey(el, 'Escape');
    if (list) clickOutside(el.ownerDocument);
    return false;
  }
  clickLikePerson(option);
  return (await until(() => same(read(), value))) === true;
}

export const elementPlusSelect: WidgetAdapter = {
  name: 'element-plus select',
  owns: (el) => el.tagName === 'INPUT' && el.classList.contains('el-select__input'),
  read(el) {
    const root = el.closest('.el-select');
    const shown = root?.querySelector('.el-select__placeholder');
    if (!shown || shown.classList.contains('is-transparent')) return '';
    return textOfEl(shown);
  },
  write(el, value) {
    const root = el.closest('.el-select');
    const wrapper = root?.querySelector('.el-select__wrapper');
    if (!root || !wrapper || root.classList.contains('is-disabled')) return Promise.resolve(false);
    const listId = el.getAttribute('aria-controls');
    return chooseOption(
      el,
      () => {
        const list = listId ? el.ownerDocument.getElementById(listId) : null;
        return isShown(list) ? [...list.querySelectorAll('[role=option]')] : undefined;
      },
      () => this.read(el),
      value,
      wrapper,
    );
  },
};

export const elementUiSelect: WidgetAdapter = {
  name: 'element-ui select',
  owns: (el) =>
    el.tagName === 'INPUT' &&
    el.classList.contains('el-input__inner') &&
    el.closest('.el-select') !== null &&
    !el.classList.contains('el-select__input'),
  read: (el) => (el as HTMLInputElement).value.trim(),
  write(el, value) {
    const root = el.closest('.el-select');
    if (!root || (el as HTMLInputElement).disabled) return Promise.resolve(false);
    return chooseOption(
      el,
      () => {
        // The dropdown shown now (one closing still fades out: left aside).
        const shown = [...el.ownerDocument.querySelectorAll('.el-select-dropdown')].filter(
          (d) => isShown(d) && !/leave/.test(d.className),
        );
        const list = shown[shown.length - 1];
        return list ? [...list.querySelectorAll('.el-select-dropdown__item')] : undefined;
      },
      () => this.read(el),
      value,
      el,
    );
  },
};

/** The radios of an element group: same `name`, or (element-ui: none) the same `.el-radio-group`. */
function choiceGroup(el: HTMLInputElement): HTMLInputElement[] {
  const group = el.closest('.el-radio-group,.el-checkbox-group,[role=radiogroup]');
  if (group) return [...group.querySelectorAll<HTMLInputElement>('input[type=radio]')];
  return [el];
}

const choiceText = (radio: HTMLInputElement): string =>
  textOfEl(radio.closest('label')?.querySelector('.el-radio__label')) ||
  textOfEl(radio.closest('label')) ||
  radio.value;

export const elementRadio = labelRadio(
  'element radio',
  'el-radio__original',
  choiceGroup,
  choiceText,
);

export const elementCheckbox = labelCheckbox('element checkbox', 'el-checkbox__original');

export const elementDatePicker: WidgetAdapter = {
  name: 'element date picker',
  owns: (el) =>
    el.tagName === 'INPUT' &&
    el.closest('.el-date-editor') !== null &&
    !el.classList.contains('el-range-input'),
  read: (el) => (el as HTMLInputElement).value.trim(),
  async write(el, value) {
    const input = el as HTMLInputElement;
    if (input.disabled || input.readOnly) return false;
    if (same(input.value, value)) return true;
    // Click into the box: the panel opens (element-ui commits typed text only then).
    focusBox(input);
    await pause(60);
    typeText(input, value);
    fire(input, 'change');
    pressKey(input, 'Enter');
    await pause(30);
    // Done: click elsewhere; the panel closes and the box shows the model's value.
    clickOutside(input.ownerDocument);
    input.blur();
    // A box whose model refused the text shows the old value again once the panel closed.
    await pause(120);
    return (await until(() => same(input.value, value), 400)) === true;
  },
};
