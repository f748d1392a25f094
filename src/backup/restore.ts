// Restore of a snapshot into the page: a plan the candidate previews (field,
// value now on the page, value to put), then values set as a person would
// (src/backup/write.ts: focus, input, change, blur, selects by option text; a
// widget library's control through its adapter, src/page/widgets). By default
// only empty fields are filled, and a value the page put there itself (a
// default, a prefill) counts as empty; "overwrite" is the candidate's choice.
// Rows: the rows the page has are filled; more rows in the snapshot → the plan
// says how many to add with the page's "+" (we never click the page's buttons,
// never submit).
import { GROUPS, fieldByKey } from '../rules/catalogue';
import { ROW_GROUPS, type RowGroupId } from '../profile/groups';
import type { Profile } from '../profile/schema';
import { pageMarksInvalid, readFieldValue, type DetectedField, type FormField } from '../page';
import { widgetOf } from '../page/widgets';
import type {
  ApplyResponse,
  FlaggedOutcome,
  MissingRows,
  RestoreItem,
  RestoreOutcome,
  RestorePlan,
} from '../messages/storage';
import { isEmptyValue, isSensitiveField } from './fields';
import type { FieldLedger } from './ledger';
import { writeField } from './write';

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

/** What restore needs from the page session: who wrote each value, and when checks are done. */
export interface RestoreContext {
  ledger: Pick<FieldLedger, 'isPageValue' | 'wrote'>;
  /** Resolves once the written values are checked (the session's whenChecked). */
  whenChecked?: () => Promise<void>;
  /** Saves the candidate's unsaved typing before restore writes (autosave's flush). */
  saveEdits?: () => void;
  /**
   * Tells the session a widget's value changed (session.valueChanged): a library's pick may set the
   * control without a native event, and `whenChecked` must cover the re-check of its dependents.
   */
  valueChanged?: (el: FormField) => void;
}

function writable(field: DetectedField): boolean {
  const el = field.element;
  return !el.disabled && !(el as HTMLInputElement).readOnly;
}

function planInternal(
  fields: readonly DetectedField[],
  profile: Profile,
  overwrite: boolean,
  context: RestoreContext,
): { items: PlannedItem[]; missingRows: MissingRows[] } {
  const items: PlannedItem[] = [];
  for (const field of fields) {
    if (isSensitiveField(field)) continue;
    const next = snapshotValue(profile, field);
    if (next === undefined || next === '') continue;
    const current = readFieldValue(field.element);
    const def = fieldByKey(field.key)!;
    // A value the page put there (default, prefill) is not the candidate's: it
    // counts as empty, unless the page does not let anyone change it.
    const pageDefault =
      current !== next &&
      !isEmptyValue(field, current) &&
      writable(field) &&
      context.ledger.isPageValue(field.element);
    const action: RestoreItem['action'] =
      current === next
        ? 'same'
        : isEmptyValue(field, current) || pageDefault
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
      ...(pageDefault ? { pageDefault } : {}),
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
  context: RestoreContext,
): RestorePlan {
  const { items, missingRows } = planInternal(fields, profile, overwrite, context);
  return { items: items.map(({ field: _field, ...item }) => item), missingRows };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const outcome = (item: PlannedItem, value: string): RestoreOutcome => ({
  key: item.key,
  ...(item.row === undefined ? {} : { row: item.row }),
  label: item.label,
  value,
});

/** The marks a person sees on the field now: the page's own, and our rules' (page-contract attribute). */
function flagsOf(field: DetectedField): FlaggedOutcome['by'] {
  const by: FlaggedOutcome['by'] = [];
  if (pageMarksInvalid(field.element)) by.push('page');
  const state = field.element.getAttribute('data-exam-assist-state');
  if (state === 'error' || state === 'warning') by.push('rules');
  return by;
}

/**
 * Applies the plan as it stands now (the page may have changed since the
 * preview). Visits each field in page order (focus, input, change, blur:
 * src/backup/write.ts), so a select that fills the options of the next one
 * (region → site) goes first and the page's own validation runs again; a
 * value whose option is not there yet gets one more try after the page had a
 * moment to load it. Then, once the checks ran, reads back what the page
 * shows: filled, kept, failed, still flagged.
 */
export async function applyRestore(
  detect: () => readonly DetectedField[],
  profile: Profile,
  overwrite: boolean,
  context: RestoreContext,
): Promise<Omit<ApplyResponse, 'type' | 'errors' | 'warnings'>> {
  const started = performance.now();
  // What the candidate typed since the last save goes into the backup first:
  // an overwrite must not be the end of a value that was never saved.
  context.saveEdits?.();
  const { items, missingRows } = planInternal(detect(), profile, overwrite, context);
  const toWrite = items.filter((item) => item.action === 'fill' || item.action === 'overwrite');
  const put = async (item: PlannedItem) => {
    // Recorded first: the page may answer our events at once.
    context.ledger.wrote(item.field.element, item.next);
    const ok = await writeField(item.field, item.next);
    // A pick in a widget (element-plus's select writes a <span>) fires no native event: the
    // session would hear of it only from the widget watch's later re-read, after whenChecked
    // resolved, and the result would list a dependent's stale finding (idType → idNumber, R-ID-*).
    if (widgetOf(item.field.element)) context.valueChanged?.(item.field.element);
    return ok;
  };
  // One at a time, in page order: a widget's dropdown must close before the next opens.
  const writeAll = async (list: PlannedItem[]) => {
    const left: PlannedItem[] = [];
    for (const item of list) if (!(await put(item))) left.push(item);
    return left;
  };
  let failed = await writeAll(toWrite);
  if (failed.length > 0) {
    await pause(300);
    failed = await writeAll(failed);
  }
  const ms = performance.now() - started;
  await context.whenChecked?.();
  const failedSet = new Set(failed);
  const filled: RestoreOutcome[] = [];
  for (const item of toWrite) {
    if (failedSet.has(item)) continue;
    const shown = readFieldValue(item.field.element);
    if (shown === item.next) filled.push(outcome(item, shown));
    else failedSet.add(item);
  }
  const flagged: FlaggedOutcome[] = [];
  for (const item of items) {
    if (failedSet.has(item) || !item.field.element.isConnected) continue;
    const by = flagsOf(item.field);
    if (by.length > 0) flagged.push({ ...outcome(item, readFieldValue(item.field.element)), by });
  }
  return {
    plan: { items: items.map(({ field: _field, ...item }) => item), missingRows },
    written: filled.length,
    ms,
    filled,
    kept: items
      .filter((item) => item.action === 'keep')
      .map((item) => outcome(item, readFieldValue(item.field.element))),
    failed: toWrite.filter((item) => failedSet.has(item)).map((item) => outcome(item, item.next)),
    flagged,
  };
}
