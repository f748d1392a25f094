// The checking feature: runs the rules on the session's fields (src/page/session.ts)
// as the candidate types, writes the contract attributes (src/page/contract.ts),
// and tells the session when everything is checked. `startPageAssist` is the
// same page assist for one document without the rest of the content script
// (unit tests, the bench). Everything the page can trigger runs inside guard():
// no error of ours ever reaches the page.
import {
  checkField,
  dependentFields,
  fieldByKey,
  makeContext,
  type CheckContext,
  type Finding,
  type Values,
} from '../rules';
import { DEFAULT_RULE_SET, RULE_SETS, type RuleSet } from '../rules';
import { ContractWriter } from './contract';
import { guard } from './guard';
import { startOverlay } from './overlay-feature';
import { startWidgetWatch } from './widget-watch';
import { createPageSession, type PageSession } from './session';
import type { DetectedField, FormField, PageAssist, PageAssistOptions } from './types';
import { createTouchGate, isUnfilled, watchSubmitAttempts } from './touched';
import { splitOwner } from './split';
import { radioGroup, readFieldValue } from './values';

type RowGroup = 'education' | 'training' | 'certificates';

/** ≤ 300 ms after the last keystroke. */
const INPUT_DEBOUNCE_MS = 150;

interface FieldState {
  field: DetectedField;
  sensitive: boolean;
  findings: Finding[];
}

export interface ChecksOptions {
  ruleSet?: RuleSet;
  onValuesChanged?(fields: DetectedField[]): void;
}

export interface Checks {
  /** Another rule set (a setting): every field is checked again. */
  setRuleSet(ruleSet: RuleSet | undefined): void;
  recheckAll(): void;
}

/** The checking feature on a session; stopped (every attribute removed) by `signal`. */
export function startChecks(
  session: PageSession,
  signal: AbortSignal,
  options: ChecksOptions = {},
): Checks {
  const doc = session.doc;
  let ruleSet = options.ruleSet;
  const contract = new ContractWriter(doc);
  session.ignore((node) => contract.isOurs(node));
  const states = new Map<FormField, FieldState>();
  /** The few password/captcha fields, so a check does not walk every field to find them. */
  let sensitiveStates: FieldState[] = [];
  /** Non-row, non-sensitive values by key; rows by group. Kept in step with events. */
  let values: Values = {};
  let rows: Record<RowGroup, Values[]> = { education: [], training: [], certificates: [] };
  const dirty = new Set<FormField>();
  /** Required and selection findings wait for the candidate (src/page/touched.ts). */
  const gate = createTouchGate();
  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  const stopped = () => signal.aborted;

  const storeValue = (state: FieldState): void => {
    if (state.sensitive || fieldByKey(state.field.key)?.kind === 'file') return;
    const { key, group, row, element } = state.field;
    const value = readFieldValue(element);
    if (row !== undefined && group in rows) {
      const list = rows[group as RowGroup];
      (list[row] ??= {})[key] = value;
    } else values[key] = value;
  };

  const contextFor = (state: FieldState): CheckContext => {
    let pageValues = values;
    // Passwords are read only for the moment of the check, never kept (R-PASSWORD).
    if (sensitiveStates.length) {
      const sensitive = sensitiveStates.filter((s) => s.field.row === undefined);
      pageValues = { ...values };
      for (const s of sensitive) pageValues[s.field.key] = readFieldValue(s.field.element);
    }
    const { group, row } = state.field;
    const rowValues = row !== undefined && group in rows ? rows[group as RowGroup][row] : undefined;
    return makeContext(pageValues, { ruleSet }, { row: rowValues, rows });
  };

  const checkOne = (state: FieldState): void => {
    const { element, key, row } = state.field;
    const kind = fieldByKey(key)?.kind;
    let findings: Finding[] = [];
    if (kind !== 'file') {
      const value = state.sensitive ? readFieldValue(element) : readValueCached(state);
      // An unfilled field of a group the candidate has not touched shows nothing yet
      // (src/page/touched.ts): its rules need not run (most fields of a page at load).
      const held = !gate.isOpen(state.field) && isUnfilled(state.field, value);
      if (!held) findings = checkField(key, value, contextFor(state), row);
      // A fix would carry the secret itself: sensitive fields get the message only.
      if (state.sensitive) findings = findings.map(({ fix: _fix, ...rest }) => rest);
    }
    state.findings = findings;
    contract.apply(element, findings);
  };

  const readValueCached = (state: FieldState): string => {
    const { key, group, row } = state.field;
    if (row !== undefined && group in rows)
      return rows[group as RowGroup][row]?.[key] ?? readFieldValue(state.field.element);
    return values[key] ?? readFieldValue(state.field.element);
  };

  /** The fields to re-check when `state` changed: itself and its dependents (cross-field rules). */
  const dependents = (state: FieldState): FieldState[] => {
    const out = new Set<FieldState>([state]);
    const deps = dependentFields(state.field.key).filter((k) => k !== state.field.key);
    if (deps.length === 0) return [...out];
    const sameRowOnly =
      state.field.row !== undefined && rows[state.field.group as RowGroup]?.length > 20;
    for (const other of states.values()) {
      if (!deps.includes(other.field.key)) continue;
      if (
        sameRowOnly &&
        other.field.group === state.field.group &&
        other.field.row !== state.field.row
      )
        continue;
      out.add(other);
    }
    // Same-key fields in other rows (R-EDU-SELECTED counts ticks across rows).
    if (state.field.row !== undefined && fieldByKey(state.field.key)?.kind === 'checkbox') {
      for (const other of states.values()) if (other.field.key === state.field.key) out.add(other);
    }
    return [...out];
  };

  const flush = guard((): void => {
    checkTimer = undefined;
    if (stopped()) return;
    if (dirty.size === 0) return session.checkerChanged();
    const startedAt = performance.now();
    const toCheck = new Set<FieldState>();
    for (const el of dirty) {
      const state = states.get(el);
      if (!state) continue;
      storeValue(state);
      toCheck.add(state);
    }
    dirty.clear();
    for (const state of [...toCheck]) for (const dep of dependents(state)) toCheck.add(dep);
    // Re-read the dependents too: the page's own script may have set them without
    // an event (the platform fills 性别/出生日期 from the ID number, guide-2014).
    for (const state of toCheck) storeValue(state);
    enqueue(toCheck, startedAt + SLICE_MS);
    options.onValuesChanged?.(session.fields());
  });

  // Checks run in slices of about 8 ms, so a change that touches every row of a
  // 5,000-field page never blocks the page for long. A small page is checked in
  // the first slice, synchronously.
  const SLICE_MS = 8;
  let queue: FieldState[] = [];
  let queueAt = 0;
  const queued = new Set<FieldState>();
  let queueTimer: ReturnType<typeof setTimeout> | undefined;

  /** `until`: the time this task yields by (the session's start task shares its own). */
  const runQueue = guard((until?: number): void => {
    queueTimer = undefined;
    if (stopped()) return;
    // The budget counts from the start of the task that queued the work.
    const end = until ?? performance.now() + SLICE_MS;
    let done = 0;
    while (queueAt < queue.length && (done === 0 || performance.now() < end)) {
      const state = queue[queueAt++]!;
      queued.delete(state);
      // A field that left the page (or was re-detected) since it was queued is skipped.
      if (states.get(state.field.element) === state) checkOne(state);
      done++;
    }
    if (queueAt < queue.length) {
      queueTimer = setTimeout(runQueue, 0);
      return;
    }
    queue = [];
    queueAt = 0;
    session.checkerChanged(true);
  });

  const enqueue = (list: Iterable<FieldState>, until?: number): void => {
    for (const state of list) {
      if (queued.has(state)) continue;
      queued.add(state);
      queue.push(state);
    }
    if (queueTimer === undefined) runQueue(until);
  };

  const schedule = (delay: number): void => {
    if (checkTimer !== undefined) clearTimeout(checkTimer);
    checkTimer = setTimeout(flush, delay);
    session.checkerChanged();
  };

  /** Opens the gate of `state`'s group (row); its fields are checked again. */
  const touchGroup = (state: FieldState): void => {
    if (!gate.touch(state.field)) return;
    const { group } = state.field;
    for (const other of states.values())
      if (other.field.group === group) dirty.add(other.field.element);
  };
  /** Touched (taught) fields: their gate opens again when they are (re-)detected. */
  const touchedEarly = new WeakSet<FormField>();

  const onEvent = guard((event: Event): void => {
    // A box of a split value (毕业年月's month select): the field's first box stands for it.
    let target = event.target ? splitOwner(event.target as Element) : null;
    // Another radio of a group: the group's first radio stands for the field.
    if (
      target &&
      !states.has(target as FormField) &&
      (target as HTMLInputElement).type === 'radio'
    ) {
      target = radioGroup(target as HTMLInputElement)[0] ?? null;
    }
    if (!target || !states.has(target as FormField)) return;
    const state = states.get(target as FormField)!;
    // The first edit or blur in a group: its other fields' required findings may show now.
    touchGroup(state);
    dirty.add(target as FormField);
    schedule(event.type === 'input' ? INPUT_DEBOUNCE_MS : 0);
  });

  const checkAll = (): void => {
    values = {};
    rows = { education: [], training: [], certificates: [] };
    for (const state of states.values()) storeValue(state);
    enqueue(states.values(), session.deadline());
  };

  /** The session's fields changed: keep a state per field, mark new ones, clear those gone, check all. */
  const sync = guard((next: readonly DetectedField[]): void => {
    if (stopped()) return;
    const seen = new Set<FormField>();
    for (const field of next) {
      seen.add(field.element);
      const old = states.get(field.element);
      const sensitive = fieldByKey(field.key)?.sensitive === true;
      if (old) old.field = field;
      else states.set(field.element, { field, sensitive, findings: [] });
      if (touchedEarly.has(field.element)) {
        touchedEarly.delete(field.element);
        gate.touch(field);
      }
      contract.markField(field.element, field.key, field.parts);
    }
    for (const el of states.keys()) {
      if (seen.has(el)) continue;
      states.delete(el);
      if (el.isConnected) contract.clear(el);
    }
    sensitiveStates = [...states.values()].filter((s) => s.sensitive);
    // Rows shift when one is added or removed: rebuild the caches and check all.
    checkAll();
  });

  session.setChecker({
    results: () => [...states.values()].map((s) => ({ field: s.field, findings: s.findings })),
    busy: () =>
      checkTimer !== undefined ||
      queueTimer !== undefined ||
      dirty.size > 0 ||
      queueAt < queue.length,
  });
  session.on('fieldsChanged', sync, signal);
  // A widget library changed a value without a native event (src/page/widget-watch.ts).
  session.on(
    'valueChanged',
    guard(({ element }: { element: FormField }) => {
      const el = splitOwner(element);
      if (!states.has(el)) return;
      dirty.add(el);
      schedule(0);
    }),
    signal,
  );
  // A taught field counts as touched (src/teach/content.ts): now, or once it is detected.
  session.on(
    'touched',
    guard(({ element: el }: { element: FormField }) => {
      // Also when detected again (the new mapping may give it another group).
      touchedEarly.add(el);
      const state = states.get(el);
      if (!state) return;
      touchGroup(state);
      dirty.add(el);
      schedule(0);
    }),
    signal,
  );
  for (const type of ['input', 'change', 'focusout'] as const)
    doc.addEventListener(type, onEvent, { capture: true, passive: true, signal });
  watchSubmitAttempts(
    doc,
    signal,
    guard(() => {
      if (!gate.openAll() || stopped()) return;
      enqueue(states.values());
    }),
  );
  if (session.fields().length) sync(session.fields());

  signal.addEventListener(
    'abort',
    guard(() => {
      if (checkTimer !== undefined) clearTimeout(checkTimer);
      if (queueTimer !== undefined) clearTimeout(queueTimer);
      for (const el of states.keys()) contract.clear(el);
      states.clear();
      contract.destroy();
    }),
    { once: true },
  );

  return {
    setRuleSet: guard((next: RuleSet | undefined) => {
      // No rule set means the default one (src/rules/engine.ts makeContext): the same, nothing to re-check.
      if ((next ?? RULE_SETS[DEFAULT_RULE_SET]).id === (ruleSet ?? RULE_SETS[DEFAULT_RULE_SET]).id)
        return;
      ruleSet = next;
      checkAll();
    }),
    recheckAll: guard(() => {
      session.rescan();
      checkAll();
    }),
  };
}

/** The page assist on one document, on its own (unit tests, the bench); `stop()` leaves no trace. */
export function startPageAssist(doc: Document, options: PageAssistOptions = {}): PageAssist {
  const controller = new AbortController();
  const { signal } = controller;
  const session = createPageSession(doc, signal, { taught: options.taught });
  const checks = startChecks(session, signal, {
    ruleSet: options.ruleSet,
    onValuesChanged: options.onValuesChanged,
  });
  startWidgetWatch(session, signal);
  if (options.overlay !== false) {
    session.overlaySlot = options.overlaySlot;
    startOverlay(session, signal);
  }
  if (options.onFieldsChanged)
    session.on('fieldsChanged', (fields) => options.onFieldsChanged!([...fields]));
  session.start();
  return {
    stop: guard(() => controller.abort()),
    fields: () => session.fields(),
    findings: () => session.findings(),
    recheckAll: () => checks.recheckAll(),
  };
}
