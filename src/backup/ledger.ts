// Who put a field's value there (README "Local backup and restore": snapshots
// record the candidate's own edits). Per field of this page load, the ledger
// knows the value the extension itself last wrote (restore) and whether the
// candidate changed the field by their own input; any other value is the
// page's (a preselected option, a prefilled value, its own script). Only the
// candidate's edits enter an automatic snapshot; restore's writes, one-click
// fixes, teach and the page's own scripts fire untrusted events (or trusted
// ones that leave our value in place) and never do.
import { readFieldValue, type FormField } from '../page';
import { splitOwner } from '../page/split';

export interface FieldLedger {
  /**
   * An `input`/`change` event: true when it is the candidate's edit, i.e. the
   * browser made it (`isTrusted`) and the value differs from what we wrote.
   */
  record(event: Event): boolean;
  /**
   * A change without a native event (a widget library's pick): the candidate's
   * edit when their own trusted click or key led to it and it is not our value.
   */
  recordChange(el: FormField, byPerson: boolean): boolean;
  /** The candidate changed this field on this page load. */
  edited(el: FormField): boolean;
  /** The extension wrote `value` into the field (restore). */
  wrote(el: FormField, value: string): void;
  /** The value we last wrote, if the field still shows it. */
  ours(el: FormField): string | undefined;
  /**
   * A non-empty value that is not the candidate's: the page put it there
   * (default, prefill, its own script) and the candidate has not touched it.
   * For "only empty fields" it counts as empty.
   */
  isPageValue(el: FormField): boolean;
}

const FORM_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/**
 * A radio group is one field; its members share one entry (the first radio stands for all).
 * So do the boxes of a split value (毕业年月 年/月: src/page/split.ts): the first box.
 */
function keyOf(box: FormField): FormField {
  const el = splitOwner(box);
  const input = el as HTMLInputElement;
  if (el.tagName !== 'INPUT' || input.type !== 'radio' || !input.name) return el;
  const scope: ParentNode = input.form ?? input.ownerDocument;
  const first = [...scope.querySelectorAll<HTMLInputElement>('input[type=radio]')].find(
    (r) => r.name === input.name,
  );
  return first ?? el;
}

export function createLedger(): FieldLedger {
  const written = new WeakMap<FormField, string>();
  const edited = new WeakSet<FormField>();

  return {
    record(event) {
      const target = event.target as Element | null;
      if (!target || !FORM_TAGS.has(target.tagName)) return false;
      // A script's event (ours, the page's): the value stays the page's.
      return this.recordChange(target as FormField, event.isTrusted);
    },
    recordChange(el, byPerson) {
      if (!byPerson) return false;
      const key = keyOf(el);
      const ours = written.get(key);
      if (ours !== undefined && readFieldValue(key) === ours) return false;
      edited.add(key);
      written.delete(key);
      return true;
    },
    edited: (el) => edited.has(keyOf(el)),
    wrote(el, value) {
      // The value is ours now, not the candidate's (they chose to overwrite it).
      const key = keyOf(el);
      edited.delete(key);
      written.set(key, value);
    },
    ours(el) {
      const value = written.get(keyOf(el));
      return value !== undefined && readFieldValue(el) === value ? value : undefined;
    },
    isPageValue(el) {
      const key = keyOf(el);
      if (edited.has(key)) return false;
      const value = readFieldValue(el);
      if (value.trim() === '') return false;
      const ours = written.get(key);
      return ours === undefined || ours !== value;
    },
  };
}
