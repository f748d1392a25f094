// Radios and checkboxes that a library draws inside their own <label> (element's
// el-radio / el-checkbox, ant-design-vue's a-radio / a-checkbox): the native input
// stays in the label, so a person's click on the label is the write, and `checked`
// is the truth (docs/page-assist.md "Control adapters").
import { clickLikePerson, same, until } from './dom';
import type { WidgetAdapter } from './types';

/** A radio of `inputClass`: reads the checked one's `text`, writes by clicking the matching label. */
export function labelRadio(
  name: string,
  inputClass: string,
  group: (radio: HTMLInputElement) => HTMLInputElement[],
  text: (radio: HTMLInputElement) => string,
): WidgetAdapter {
  return {
    name,
    owns: (el) => el.tagName === 'INPUT' && el.classList.contains(inputClass),
    read(el) {
      const chosen = group(el as HTMLInputElement).find((r) => r.checked);
      return chosen ? text(chosen) : '';
    },
    async write(el, value) {
      const target = group(el as HTMLInputElement).find(
        (r) => same(text(r), value) || same(r.value, value),
      );
      const label = target?.closest('label');
      if (!target || !label || target.disabled) return false;
      if (!target.checked) clickLikePerson(label);
      return (await until(() => target.checked)) === true;
    },
  };
}

/** A checkbox of `inputClass`: reads `true`/`false`, writes by clicking its label. */
export function labelCheckbox(name: string, inputClass: string): WidgetAdapter {
  return {
    name,
    owns: (el) => el.tagName === 'INPUT' && el.classList.contains(inputClass),
    read: (el) => ((el as HTMLInputElement).checked ? 'true' : 'false'),
    async write(el, value) {
      const box = el as HTMLInputElement;
      const want = value === 'true';
      const label = box.closest('label');
      if (!label || box.disabled) return false;
      if (box.checked !== want) clickLikePerson(label);
      return (await until(() => box.checked === want)) === true;
    },
  };
}
