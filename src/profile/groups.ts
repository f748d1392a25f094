// The profile's groups, without zod: the content script needs these names but
// must not carry the schema library (content script size).
import { ROW_GROUPS, SINGLE_GROUPS, type RowGroupId, type SingleGroupId } from '../rules/catalogue';

export { ROW_GROUPS, SINGLE_GROUPS, type RowGroupId, type SingleGroupId };

const isStringRecord = (value: unknown): value is Record<string, string> =>
  !!value &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.values(value as Record<string, unknown>).every(
    (v) => v === undefined || typeof v === 'string',
  );

/**
 * A cheap structural check of a profile that arrives by message from the
 * extension's own background, which validated it with the zod schema when it
 * read it from the store. Used where zod is too heavy to ship (content script).
 */
export function hasProfileShape(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return (
    SINGLE_GROUPS.every((group) => record[group] === undefined || isStringRecord(record[group])) &&
    ROW_GROUPS.every(
      (group) =>
        record[group] === undefined ||
        (Array.isArray(record[group]) && (record[group] as unknown[]).every(isStringRecord)),
    )
  );
}
