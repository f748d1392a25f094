// A patch: the values one page shows, by group and row, before they are merged
// into the stored profile (src/profile/merge.ts). Zod-free, so the content
// script can build patches without carrying the schema library.
import { fieldByKey } from '../rules/catalogue';
import type { RowGroupId, SingleGroupId } from './groups';

/** Values seen on one page: single groups by key; rows by their 0-based index on the page. */
export interface ProfilePatch {
  single: Partial<Record<SingleGroupId, Record<string, string>>>;
  rows: Partial<Record<RowGroupId, { row: number; values: Record<string, string> }[]>>;
}

export function emptyPatch(): ProfilePatch {
  return { single: {}, rows: {} };
}

/** Whether `key` may be stored at all: known, not sensitive, not a file (never stored). */
export function isStorableKey(key: string): boolean {
  const field = fieldByKey(key);
  return !!field && !field.sensitive && field.kind !== 'file';
}

/**
 * Adds one value to a patch. Unknown and sensitive keys are dropped here too,
 * so no caller can put a password into a snapshot by mistake.
 */
export function addToPatch(patch: ProfilePatch, key: string, value: string, row?: number): void {
  const field = fieldByKey(key);
  if (!field || !isStorableKey(key)) return;
  if (field.repeats) {
    if (row === undefined || row < 0 || row >= 20) return;
    const group = field.group as RowGroupId;
    const rows = (patch.rows[group] ??= []);
    let entry = rows.find((candidate) => candidate.row === row);
    if (!entry) rows.push((entry = { row, values: {} }));
    entry.values[key] = value;
  } else {
    const group = field.group as SingleGroupId;
    (patch.single[group] ??= {})[key] = value;
  }
}

export function patchIsEmpty(patch: ProfilePatch): boolean {
  return (
    Object.values(patch.single).every((values) => !values || Object.keys(values).length === 0) &&
    Object.values(patch.rows).every((rows) => !rows || rows.length === 0)
  );
}
