// Merging what a page shows into the stored profile, by group and row.
// Pure: no DOM, no browser API.
import { z } from 'zod';
import { fieldByKey } from '../rules/catalogue';
import { ROW_GROUPS, SINGLE_GROUPS, profileSchema, type Profile } from './schema';
import { isStorableKey, type ProfilePatch } from './patch';

export * from './patch';

const patchValues = z.record(z.string().max(100), z.string().max(10_000));
/** Validates a patch arriving in a message before it is merged. */
export const profilePatchSchema = z.object({
  single: z.record(z.string().max(40), patchValues),
  rows: z.record(
    z.string().max(40),
    z.array(z.object({ row: z.number().int().min(0).max(19), values: patchValues })).max(20),
  ),
});

/**
 * The profile after a page's values: fields the page shows take the page's
 * value (an empty value clears it: the candidate emptied the field), fields the
 * page does not show keep their stored value, and row N of a group on the page
 * merges into row N of the profile. Rows the page does not show are kept.
 */
export function mergePatch(base: Profile, patch: ProfilePatch): Profile {
  const next = structuredClone(base) as Profile;
  for (const group of SINGLE_GROUPS) {
    const values = patch.single[group];
    if (!values) continue;
    const target = next[group] as Record<string, string | undefined>;
    for (const [key, value] of Object.entries(values)) {
      if (!isStorableKey(key) || fieldByKey(key)?.group !== group) continue;
      if (value === '') delete target[key];
      else target[key] = value;
    }
  }
  for (const group of ROW_GROUPS) {
    const rows = patch.rows[group];
    if (!rows) continue;
    const target = next[group] as Record<string, string | undefined>[];
    for (const { row, values } of [...rows].sort((a, b) => a.row - b.row)) {
      if (!Number.isInteger(row) || row < 0 || row >= 20) continue;
      while (target.length <= row) target.push({});
      const dest = target[row]!;
      for (const [key, value] of Object.entries(values)) {
        if (!isStorableKey(key) || fieldByKey(key)?.group !== group) continue;
        if (value === '') delete dest[key];
        else dest[key] = value;
      }
    }
    // A trailing row the candidate emptied completely is not a row any more.
    while (target.length > 0 && Object.keys(target[target.length - 1]!).length === 0) target.pop();
  }
  return profileSchema.parse(next);
}

/** Number of stored values (for lists: "23 项"). */
export function countValues(profile: Profile): number {
  let count = 0;
  for (const group of SINGLE_GROUPS)
    count += Object.values(profile[group]).filter((v) => v !== undefined && v !== '').length;
  for (const group of ROW_GROUPS)
    for (const row of profile[group])
      count += Object.values(row).filter((v) => v !== undefined && v !== '').length;
  return count;
}

/** Deep equality of two profiles' content (key order does not matter). */
export function sameProfile(a: Profile, b: Profile): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
