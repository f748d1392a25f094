// Restore of a snapshot into the page: a plan the candidate
// previews (field, value now on the page, value to put), then values set as a
// person would (the page module's writeValue: a widget library's adapter, or
// the native setter with bubbling input + change; every write read back as
// displayed, so a widget that did not take its value counts as failed). By default only empty fields are
// filled; "overwrite" is the candidate's choice. Rows: the rows the page has
// are filled; more rows in the snapshot → the plan says how many to add with
// the page's "+" (we never click the page's buttons, never submit).
import { GROUPS, fieldByKey } from '../rules/catalogue';
import { ROW_GROUPS, type RowGroupId } from '../profile/groups';
import type { Profile } from '../profile/schema';
import { readFieldValue, writeValue, type DetectedField } from '../page';
import type { MissingRows, RestoreItem, RestorePlan, ApplyResponse } from '../messages/storage';
import { isEmptyValue, isSensitiveField } from './fields';

interface PlannedItem extends RestoreItem {
  field: DetectedField;
}

function snapshotValue(profile: Profile, field: DetectedField): string | undefined {
  const def = fieldByKey(field.key);
  if (!def) return undefined;
  if (def.repeats) {
    if (field.row === undefined) return undefined;
    const rows = profile[def.group as RowGroupId] as Record<string, string | undefined>[];
    return rows[field.row]?.[field.key];
  }
  return (
    profile[def.group as Exclude<typeof def.group, RowGroupId>] as Record<
      string,
      string | undefined
    >
  )[field.key];
}

function rowHasData(row: Record<string, string | undefined>): boolean {
  return Object.entries(row).some(
    ([key, value]) =>
      value !== undefined &&
      value !== '' &&
      !(fieldByKey(key)?.kind === 'checkbox' && value === 'false'),
  );
}

function planInternal(
  fields: readonly DetectedField[],
  profile: Profile,
  overwrite: boolean,
): { items: PlannedItem[]; missingRows: MissingRows[] } {
  const items: PlannedItem[] = [];
  for (const field of fields) {
    if (isSensitiveField(field)) continue;
    const next = snapshotValue(profile, field);
    if (next === undefined || next === '') continue;
    const current = readFieldValue(field.element);
    const def = fieldByKey(field.key)!;
    const action: RestoreItem['action'] =
      current === next
        ? 'same'
        : isEmptyValue(field, current)
          ? 'fill'
          : overwrite
            ? 'overwrite'
            : 'keep';
    items.push({
      field,
      key: field.key,
      group: def.group,
      ...(field.row === undefined ? {} : { row: field.row }),
      label: def.label,
      current,
      next,
      action,
    });
  }
  const missingRows: MissingRows[] = [];
  for (const group of ROW_GROUPS) {
    const onPage = fields.filter((field) => field.group === group && field.row !== undefined);
    if (onPage.length === 0) continue; // the group is not on this page at all
    const pageRows = Math.max(...onPage.map((field) => field.row!)) + 1;
    const rows = profile[group] as Record<string, string | undefined>[];
    let inSnapshot = rows.length;
    while (inSnapshot > 0 && !rowHasData(rows[inSnapshot - 1]!)) inSnapshot--;
    if (inSnapshot > pageRows) {
      missingRows.push({
        group,
        groupLabel: GROUPS.find((g) => g.id === group)!.label,
        onPage: pageRows,
        inSnapshot,
      });
    }
  }
  return { items, missingRows };
}

/** The preview: what restore would do, without touching the page. */
export function planRestore(
  fields: readonly DetectedField[],
  profile: Profile,
  overwrite: boolean,
): RestorePlan {
  const { items, missingRows } = planInternal(fields, profile, overwrite);
  return { items: items.map(({ field: _field, ...item }) => item), missingRows };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Applies the plan as it stands now (the page may have changed since the
 * preview). Writes in document order, so a select that fills the options of
 * the next one (region → site) goes first; a value whose option is not there
 * yet gets one more try after the page had a moment to load it.
 */
export async function applyRestore(
  detect: () => readonly DetectedField[],
  profile: Profile,
  overwrite: boolean,
): Promise<Omit<ApplyResponse, 'type' | 'errors' | 'warnings' | 'ms'>> {
  const { items, missingRows } = planInternal(detect(), profile, overwrite);
  let written = 0;
  let failed: PlannedItem[] = [];
  for (const item of items) {
    if (item.action !== 'fill' && item.action !== 'overwrite') continue;
    if (await writeValue(item.field.element, item.next)) written++;
    else failed.push(item);
  }
  if (failed.length > 0) {
    await pause(300);
    const retry = failed;
    failed = [];
    for (const item of retry) {
      if (item.field.element.isConnected && (await writeValue(item.field.element, item.next)))
        written++;
      else failed.push(item);
    }
  }
  return {
    plan: { items: items.map(({ field: _field, ...item }) => item), missingRows },
    written,
    failed: failed.map((item) => ({
      key: item.key,
      ...(item.row === undefined ? {} : { row: item.row }),
      label: item.label,
      value: item.next,
    })),
  };
}
