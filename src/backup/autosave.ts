// Automatic backup while the candidate types: at most one save
// every 2 s while typing, and at once on pagehide and form submit. The save
// itself happens in the background (src/storage/service.ts); this side only
// decides when, and collects the values. Only the candidate's own edits count
// (src/backup/ledger.ts): a script's input or change event starts no save.
import type { DetectedField, FormField } from '../page';
import { patchIsEmpty, type ProfilePatch } from '../profile/patch';
import type { SnapshotRequest } from '../messages/storage';
import { collectPatch } from './collect';
import { createLedger, type FieldLedger } from './ledger';

export interface AutoBackupOptions {
  detect(): readonly DetectedField[];
  send(patch: ProfilePatch, reason: SnapshotRequest['reason']): void;
  /** Minimum time between two saves while typing (2 s). */
  intervalMs?: number;
  /** Wait after the first change, so a burst of keystrokes is one save. */
  settleMs?: number;
  ledger?: FieldLedger;
}

export interface AutoBackup {
  /** Saves now if anything changed since the last save. */
  flush(reason: SnapshotRequest['reason']): void;
  /** Who wrote each field's value on this page load. */
  ledger: FieldLedger;
  /**
   * The recognized fields changed (a field was taught, a row added): a field
   * the candidate had already edited is saved now that it has a key.
   */
  fieldsChanged(fields: readonly DetectedField[]): void;
  /**
   * A widget library changed a field without a native event (src/page/widget-watch.ts);
   * `byPerson` when the candidate's own click or key led to it.
   */
  widgetChanged(el: FormField, byPerson: boolean): void;
  stop(): void;
}

export function startAutoBackup(doc: Document, options: AutoBackupOptions): AutoBackup {
  const intervalMs = options.intervalMs ?? 2_000;
  const settleMs = options.settleMs ?? 500;
  const ledger = options.ledger ?? createLedger();
  let dirty = false;
  let lastSave = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Fields saved under their key at least once (or known when the page loaded). */
  let known = new WeakSet<FormField>();
  const controller = new AbortController();
  const { signal } = controller;

  const flush = (reason: SnapshotRequest['reason']) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!dirty) return;
    dirty = false;
    lastSave = Date.now();
    const patch = collectPatch(options.detect(), ledger);
    if (!patchIsEmpty(patch)) options.send(patch, reason);
  };

  const schedule = () => {
    dirty = true;
    if (timer !== undefined) return;
    const wait = Math.max(settleMs, lastSave + intervalMs - Date.now());
    timer = setTimeout(() => flush('input'), wait);
  };
  const onEdit = (event: Event) => {
    if (ledger.record(event)) schedule();
  };

  doc.addEventListener('input', onEdit, { capture: true, signal });
  doc.addEventListener('change', onEdit, { capture: true, signal });
  doc.addEventListener('submit', () => flush('submit'), { capture: true, signal });
  doc.defaultView?.addEventListener('pagehide', () => flush('pagehide'), { signal });
  doc.addEventListener(
    'visibilitychange',
    () => {
      if (doc.visibilityState === 'hidden') flush('pagehide');
    },
    { signal },
  );

  return {
    flush,
    ledger,
    fieldsChanged(fields) {
      const next = new WeakSet<FormField>();
      let newlyEdited = false;
      for (const field of fields) {
        next.add(field.element);
        if (!known.has(field.element) && ledger.edited(field.element)) newlyEdited = true;
      }
      known = next;
      if (newlyEdited) schedule();
    },
    widgetChanged(el, byPerson) {
      if (ledger.recordChange(el, byPerson)) schedule();
    },
    stop() {
      controller.abort();
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
