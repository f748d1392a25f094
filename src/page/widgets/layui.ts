// layui 2: `form.render()` hides the native <select>, radios and checkboxes and
// draws its own (`.layui-form-select` with a readonly title box and a `dl` of
// `dd[lay-value]`; `.layui-form-radio` / `.layui-form-checkbox` with the text).
// A pick sets the native control through jQuery without a native `change`, and
// setting the native control from outside does not redraw layui's widget: so
// read what layui shows, and write by clicking layui's own items.
import { clickLikePerson, isShown, textOfEl, until, type Control } from './dom';
import type { WidgetAdapter } from './types';

const same = (a: string, b: string) => a.trim() === b.trim();

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
      [...drawn.querySelectorAll('dd[lay-value]')].find(
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
