// layui 2: `form.render()` hides the native <select>, radios and checkboxes and
// draws its own (`.layui-form-select` with a readonly title box and a `dl` of
// `dd[lay-value]`; `.layui-form-radio` / `.layui-form-checkbox` with the text).
// A pick sets the native control through jQuery without a native `change`, and
// setting the native control from outside does not redraw layui's widget: so
// read what layui shows, and write by clicking layui's own items. A select with
// `lay-append-to` moves its `dl` into a `.layui-select-panel-wrap` under <body>
// while open. laydate marks its box with `lay-key` and writes a pick through
// jQuery (no event); on close it checks the typed text and resets a bad one.
import {
  clickLikePerson,
  clickOutside,
  fire,
  focusBox,
  isShown,
  pause,
  textOfEl,
  typeText,
  until,
  type Control,
  same,
} from './dom';
import type { WidgetAdapter } from './types';

const drawnSelect = (el: Control): Element | null => {
  const next = el.nextElementSibling;
  return next?.classList.contains('layui-form-select') ? next : null;
};

export const layuiSelect: WidgetAdapter = {
  name: 'layui select',
  owns: (el) => el.tagName === 'SELECT' && drawnSelect(el) !== null,
  read(el) {
    const title = drawnSelect(el)?.querySelector<HTMLInputElement>('.layui-select-title input');
    return title?.value.trim() ?? '';
  },
  box: (el) => drawnSelect(el)?.querySelector('.layui-select-title') ?? null,
  async write(el, value) {
    const drawn = drawnSelect(el);
    const title = drawn?.querySelector('.layui-select-title');
    if (!drawn || !title || (el as HTMLSelectElement).disabled) return false;
    if (same(this.read(el), value)) return true;
    clickLikePerson(title);
    const item = await until(() =>
      [
        ...drawn.querySelectorAll('dd[lay-value]'),
        ...el.ownerDocument.querySelectorAll('body > .layui-select-panel-wrap dd[lay-value]'),
      ].find(
        (dd) =>
          isShown(dd) && same(textOfEl(dd), value) && !dd.classList.contains('layui-disabled'),
      ),
    );
    if (!item) {
      if (drawn.classList.contains('layui-form-selected')) clickLikePerson(title);
      return false;
    }
    clickLikePerson(item);
    return (await until(() => same(this.read(el), value))) === true;
  },
};

const drawnChoice = (el: Control): Element | null => {
  const next = el.nextElementSibling;
  return next && /layui-form-(radio|checkbox|switch)/.test(next.className) ? next : null;
};

/** layui radios of one group: the same name in the same form. */
const group = (el: HTMLInputElement): HTMLInputElement[] => {
  const scope: ParentNode = el.form ?? el.ownerDocument;
  return [...scope.querySelectorAll<HTMLInputElement>('input[type=radio]')].filter(
    (r) => r.name === el.name,
  );
};

/** layui draws the radio's `title` ("男") while its value is a code ("1"). */
const radioText = (radio: HTMLInputElement): string =>
  radio.getAttribute('title')?.trim() || textOfEl(drawnChoice(radio)) || radio.value;

export const layuiRadio: WidgetAdapter = {
  name: 'layui radio',
  owns: (el) => (el as HTMLInputElement).type === 'radio' && drawnChoice(el) !== null,
  read(el) {
    const chosen = group(el as HTMLInputElement).find((r) => r.checked);
    return chosen ? radioText(chosen) : '';
  },
  box: (el) => drawnChoice(el),
  async write(el, value) {
    const target = group(el as HTMLInputElement).find(
      (r) => same(radioText(r), value) || same(r.value, value),
    );
    const drawn = target && drawnChoice(target);
    if (!target || !drawn || target.disabled) return false;
    if (!target.checked) clickLikePerson(drawn);
    return (
      (await until(() => target.checked && drawn.classList.contains('layui-form-radioed'))) === true
    );
  },
};

export const layuiCheckbox: WidgetAdapter = {
  name: 'layui checkbox',
  owns: (el) => (el as HTMLInputElement).type === 'checkbox' && drawnChoice(el) !== null,
  read: (el) => ((el as HTMLInputElement).checked ? 'true' : 'false'),
  box: (el) => drawnChoice(el),
  async write(el, value) {
    const box = el as HTMLInputElement;
    const drawn = drawnChoice(el);
    const want = value === 'true';
    if (!drawn || box.disabled) return false;
    if (box.checked !== want) clickLikePerson(drawn);
    return (await until(() => box.checked === want)) === true;
  },
};

export const layuiDate: WidgetAdapter = {
  name: 'layui laydate',
  owns: (el) => el.tagName === 'INPUT' && el.hasAttribute('lay-key'),
  read: (el) => (el as HTMLInputElement).value.trim(),
  async write(el, value) {
    const input = el as HTMLInputElement;
    if (input.disabled || input.readOnly) return false;
    if (same(input.value, value)) return true;
    // Click into the box (the panel opens), type, then click elsewhere: the panel closes.
    focusBox(input);
    await pause(30);
    typeText(input, value);
    fire(input, 'change');
    clickOutside(input.ownerDocument);
    input.blur();
    // laydate resets a text it cannot read when the panel closes (no event): read back after that.
    await pause(60);
    return (await until(() => same(input.value, value), 400)) === true;
  },
};
