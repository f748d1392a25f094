// Reads the recognized values of a page into profile shape by group and row
//, through the page module's readFieldValue.
import { addToPatch, emptyPatch, type ProfilePatch } from '../profile/patch';
import { readFieldValue, type DetectedField } from '../page';
import { isSensitiveField } from './fields';
import type { FieldLedger } from './ledger';

/**
 * The page's values as a patch.
 * - `edits` (automatic snapshots): only the fields the candidate changed by
 *   their own input on this page load, an emptied one too. Page defaults,
 *   restore's writes, fixes and page scripts never enter (src/backup/ledger.ts).
 * - `page` (the candidate's "备份" button): every value the page shows except
 *   an untouched page default; an empty field only when the candidate emptied it.
 */
export function collectPatch(
  fields: readonly DetectedField[],
  ledger: Pick<FieldLedger, 'edited' | 'isPageValue'>,
  mode: 'edits' | 'page' = 'edits',
): ProfilePatch {
  const patch = emptyPatch();
  const seen = new Map<string, string>();
  for (const field of fields) {
    if (isSensitiveField(field)) continue;
    const edited = ledger.edited(field.element);
    if (mode === 'edits' && !edited) continue;
    if (mode === 'page' && !edited && ledger.isPageValue(field.element)) continue;
    const value = readFieldValue(field.element);
    const id = `${field.key}#${field.row ?? ''}`;
    // The same field shown twice (two steps in one page): a filled copy wins over an empty one.
    if (value === '' && (seen.get(id) ?? '') !== '') continue;
    if (value === '' && !edited) continue;
    seen.set(id, value);
    addToPatch(patch, field.key, value, field.row);
  }
  return patch;
}
