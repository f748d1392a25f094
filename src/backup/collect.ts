// Reads the recognized values of a page into profile shape by group and row
//, through the page module's readFieldValue.
import { addToPatch, emptyPatch, type ProfilePatch } from '../profile/patch';
import { readFieldValue, type DetectedField, type FormField } from '../page';
import { isSensitiveField } from './fields';

/**
 * The page's values as a patch. A field's empty value is included only when
 * the candidate touched that field on this page (they emptied it); an empty
 * form opened fresh must not wipe the stored profile.
 */
export function collectPatch(
  fields: readonly DetectedField[],
  touched: { has(el: FormField): boolean },
): ProfilePatch {
  const patch = emptyPatch();
  const seen = new Map<string, string>();
  for (const field of fields) {
    if (isSensitiveField(field)) continue;
    const value = readFieldValue(field.element);
    const id = `${field.key}#${field.row ?? ''}`;
    // The same field shown twice (two steps in one page): a filled copy wins over an empty one.
    if (value === '' && (seen.get(id) ?? '') !== '') continue;
    if (value === '' && !touched.has(field.element)) continue;
    seen.set(id, value);
    addToPatch(patch, field.key, value, field.row);
  }
  return patch;
}
