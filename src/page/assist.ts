// The assist controller: detection + MutationObserver + checks + contract
// attributes + the overlay, for one document (issue 3). Everything the page can
// trigger runs inside guard(): no error of ours ever reaches the page (item 5).
import {
  checkField,
  dependentFields,
  fieldByKey,
  makeContext,
  type CheckContext,
  type Finding,
  type Values,
} from '../rules';
import { createOverlay, type Overlay, type OverlayItem } from '../overlay';
import { ContractWriter } from './contract';
import { Detector, isFormField } from './detect';
import type { DetectedField, FormField, PageAssist, PageAssistOptions } from './types';
import { radioGroup, readFieldValue, writeFieldValue } from './values';

type RowGroup = 'education' | 'training' | 'certificates';

/** ≤ 300 ms after the last keystroke (issue 3 item 3). */
const INPUT_DEBOUNCE_MS = 150;

interface FieldState {
  field: DetectedField;
  sensitive: boolean;
  findings: Finding[];
}

export function guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch (error) {
      // Never let our failure reach the page (issue 3 item 5); keep a trace for us.
      try {
        console.debug('[exam-assist]', error);
      } catch {
        /* nothing */
      }
    }
  };
}

export function startPageAssist(doc: Document, options: PageAssistOptions = {}): PageAssist {
  const view = doc.defaultView ?? window;
  const detector = new Detector({ taught: options.taught });
  const contract = new ContractWriter(doc);
  const states = new Map<FormField, FieldState>();
  /** The few password/captcha fields, so a check does not walk every field to find them. */
  let sensitiveStates: FieldState[] = [];
  let fields: DetectedField[] = [];
  /** Non-row, non-sensitive values by key; rows by group. Kept in step with events. */
  let values: Values = {};
  let rows: Record<RowGroup, Values[]> = { education: [], training: [], certificates: [] };
  const dirty = new Set<FormField>();
  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  let scanScheduled = false;
  let stopped = false;
  let overlay: Overlay | undefined;

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
    return makeContext(pageValues, { ruleSet: options.ruleSet }, { row: rowValues, rows });
  };

  const checkOne = (state: FieldState): void => {
    const { element, key, row } = state.field;
    const kind = fieldByKey(key)?.kind;
    let findings: Finding[] = [];
    if (kind !== 'file') {
      const value = state.sensitive ? readFieldValue(element) : readValueCached(state);
      findings = checkField(key, value, contextFor(state), row);
      // A fix would carry the secret itself: sensitive fields get the message only.
      if (state.sensitive) findings = findings.map(({ fix: _fix, ...rest }) => rest);
    }
    state.findings = findings;
    contract.apply(element, findings);
  };

  const readValueCached = (state: FieldState): string => {
    const { key, group, row } = state.field;
    if (row !== undefined && group in rows) return rows[group as RowGroup][row]?.[key] ?? readFieldValue(state.field.element);
    return values[key] ?? readFieldValue(state.field.element);
  };

  /** The fields to re-check when `state` changed: itself and its dependents (cross-field rules). */
  const dependents = (state: FieldState): FieldState[] => {
    const out = new Set<FieldState>([state]);
    const deps = dependentFields(state.field.key).filter((k) => k !== state.field.key);
    if (deps.length === 0) return [...out];
    const sameRowOnly = state.field.row !== undefined && rows[state.field.group as RowGroup]?.length > 20;
    for (const other of states.values()) {
      if (!deps.includes(other.field.key)) continue;
      if (sameRowOnly && other.field.group === state.field.group && other.field.row !== state.field.row) continue;
      out.add(other);
    }
    // Same-key fields in other rows (R-EDU-SELECTED counts ticks across rows).
    if (state.field.row !== undefined && fieldByKey(state.field.key)?.kind === 'checkbox') {
      for (const other of states.values()) if (other.field.key === state.field.key) out.add(other);
    }
    return [...out];
  };

  const refreshOverlay = (): void => {
    if (!overlay) return;
    const items: OverlayItem[] = [];
    for (const state of states.values()) {
      if (state.findings.length) items.push({ element: state.field.element, findings: state.findings });
    }
    overlay.update(items);
  };

  const flush = guard((): void => {
    checkTimer = undefined;
    if (stopped || dirty.size === 0) return;
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
    // an event (the platform fills 性别/出生日期 from the ID number, seed 001).
    for (const state of toCheck) storeValue(state);
    enqueue(toCheck, startedAt);
    options.onValuesChanged?.(fields);
  });

  // Checks run in slices of about 8 ms, so a change that touches every row of a
  // 5,000-field page never blocks the page for long (issue 3 item 5). A small
  // page is checked in the first slice, synchronously.
  const SLICE_MS = 8;
  let queue: FieldState[] = [];
  let queueAt = 0;
  const queued = new Set<FieldState>();
  let queueTimer: ReturnType<typeof setTimeout> | undefined;

  const runQueue = guard((startedAt?: number): void => {
    queueTimer = undefined;
    if (stopped) return;
    // The budget counts from the start of the task that queued the work.
    const start = startedAt ?? performance.now();
    let done = 0;
    while (queueAt < queue.length && (done === 0 || performance.now() - start < SLICE_MS)) {
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
    refreshOverlay();
  });

  const enqueue = (list: Iterable<FieldState>, startedAt?: number): void => {
    for (const state of list) {
      if (queued.has(state)) continue;
      queued.add(state);
      queue.push(state);
    }
    if (queueTimer === undefined) runQueue(startedAt);
  };

  const schedule = (delay: number): void => {
    if (checkTimer !== undefined) clearTimeout(checkTimer);
    checkTimer = setTimeout(flush, delay);
  };

  const onEvent = guard((event: Event): void => {
    let target = event.target as Element | null;
    // Another radio of a group: the group's first radio stands for the field.
    if (target && !states.has(target as FormField) && (target as HTMLInputElement).type === 'radio') {
      target = radioGroup(target as HTMLInputElement)[0] ?? null;
    }
    if (!target || !states.has(target as FormField)) return;
    dirty.add(target as FormField);
    schedule(event.type === 'input' ? INPUT_DEBOUNCE_MS : 0);
  });

  const checkAll = (): void => {
    values = {};
    rows = { education: [], training: [], certificates: [] };
    for (const state of states.values()) storeValue(state);
    enqueue(states.values());
  };

  const scan = guard((): void => {
    scanScheduled = false;
    if (stopped) return;
    // Read new fields in slices (a little longer at start, so a normal page is done
    // in one go); the rest in the next task (issue 3 item 5).
    const budget = fields.length === 0 && states.size === 0 ? 30 : 12;
    if (!detector.prepare(doc, budget)) {
      scanScheduled = true;
      setTimeout(scan, 0);
      return;
    }
    const next = detector.detect(doc);
    const seen = new Set<FormField>();
    let changed = next.length !== fields.length;
    for (const field of next) {
      seen.add(field.element);
      const old = states.get(field.element);
      const sensitive = fieldByKey(field.key)?.sensitive === true;
      if (!old || old.field.key !== field.key || old.field.row !== field.row) changed = true;
      if (old) old.field = field;
      else states.set(field.element, { field, sensitive, findings: [] });
      contract.markField(field.element, field.key);
    }
    for (const [el, state] of states) {
      if (seen.has(el)) continue;
      states.delete(el);
      if (el.isConnected) contract.clear(el);
      void state;
      changed = true;
    }
    fields = next;
    sensitiveStates = [...states.values()].filter((s) => s.sensitive);
    if (changed) {
      // Rows shift when one is added or removed: rebuild the caches and check all.
      checkAll();
      options.onFieldsChanged?.(fields);
    }
  });

  const scheduleScan = (): void => {
    if (scanScheduled || stopped) return;
    scanScheduled = true;
    // Batch all mutations of one frame; a hidden tab has no frames, so a timer backs it up.
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      scan();
    };
    view.requestAnimationFrame?.(run);
    setTimeout(run, 100);
  };

  /** Text changed where a label could be: inside a form, table, fieldset or label, or next to a field. */
  const nearFields = (node: Node | null): boolean => {
    const el = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
    if (!el) return false;
    return el.closest('form,table,fieldset,label') !== null || el.parentElement?.querySelector('input,select,textarea') != null;
  };

  // Cheap per record: a scan is scheduled only when fields come or go, or label
  // text near fields changes (a ticking clock elsewhere costs nothing).
  const observer = new view.MutationObserver(
    guard((records: MutationRecord[]) => {
      let fieldsChanged = false;
      let labelsChanged = false;
      for (const record of records) {
        if (overlay?.isOurs(record.target) || contract.isOurs(record.target)) continue;
        if (record.type === 'characterData') {
          labelsChanged ||= nearFields(record.target);
          continue;
        }
        for (const list of [record.addedNodes, record.removedNodes]) {
          for (const n of list) {
            if (n.nodeType === 1) {
              const el = n as Element;
              if (contract.isOurs(el) || overlay?.isOurs(el)) continue;
              if (isFormField(el) || el.querySelector('input,select,textarea')) fieldsChanged = true;
              else labelsChanged ||= nearFields(record.target);
            } else if (n.nodeType === 3) labelsChanged ||= nearFields(record.target);
          }
        }
      }
      if (labelsChanged) detector.forgetUnrecognized();
      if (fieldsChanged || labelsChanged) scheduleScan();
    }),
  );

  const events = ['input', 'change', 'focusout'] as const;
  const start = guard(() => {
    for (const type of events) doc.addEventListener(type, onEvent, { capture: true, passive: true });
    if (options.overlay !== false) {
      overlay = createOverlay(doc, {
        onFix: (element, value) => writeFieldValue(element as FormField, value),
        slot: options.overlaySlot,
      });
    }
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    scan();
  });
  start();

  return {
    stop: guard(() => {
      stopped = true;
      observer.disconnect();
      for (const type of events) doc.removeEventListener(type, onEvent, { capture: true });
      if (checkTimer !== undefined) clearTimeout(checkTimer);
      if (queueTimer !== undefined) clearTimeout(queueTimer);
      for (const el of states.keys()) contract.clear(el);
      states.clear();
      contract.destroy();
      overlay?.destroy();
      overlay = undefined;
    }),
    fields: () => fields.slice(),
    findings: () => [...states.values()].flatMap((s) => s.findings),
    recheckAll: guard(() => {
      scan();
      checkAll();
    }),
  };
}
