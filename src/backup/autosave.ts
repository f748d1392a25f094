// Automatic backup while the candidate types: at most one save
// every 2 s while typing, and at once on pagehide and form submit. The save
// itself happens in the background (src/storage/service.ts); this side only
// decides when, and collects the values.
import type { DetectedField, FormField } from '../page';
import { patchIsEmpty, type ProfilePatch } from '../profile/patch';
import type { SnapshotRequest } from '../messages/storage';
import { collectPatch } from './collect';

export interface AutoBackupOptions {
  detect(): readonly DetectedField[];
  send(patch: ProfilePatch, reason: SnapshotRequest['reason']): void;
  /** Minimum time between two saves while typing (2 s). */
  intervalMs?: number;
  /** Wait after the first change, so a burst of keystrokes is one save. */
  settleMs?: number;
}

export interface AutoBackup {
  /** Saves now if anything changed since the last save. */
  flush(reason: SnapshotRequest['reason']): void;
  /** Fields the candidate changed on this page (their empty value counts). */
  touched: WeakSet<FormField>;
  /** A field changed without a native event (a widget library's pick, src/page/widget-watch.ts). */
  edited(el: FormField): void;
  stop(): void;
}

const FORM_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

export function startAutoBackup(doc: Document, options: AutoBackupOptions): AutoBackup {
  const intervalMs = options.intervalMs ?? 2_000;
  const settleMs = options.settleMs ?? 500;
  const touched = new WeakSet<FormField>();
  let dirty = false;
  let lastSave = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const controller = new AbortController();
  const { signal } = controller;

  const flush = (reason: SnapshotRequest['reason']) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!dirty && reason !== 'manual') return;
    dirty = false;
    lastSave = Date.now();
    const patch = collectPatch(options.detect(), touched);
    if (!patchIsEmpty(patch)) options.send(patch, reason);
  };

  const edited = (target: FormField) => {
    touched.add(target);
    dirty = true;
    if (timer !== undefined) return;
    const wait = Math.max(settleMs, lastSave + intervalMs - Date.now());
    timer = setTimeout(() => flush('input'), wait);
  };
  const onEdit = (event: Event) => {
    const target = event.target as Element | null;
    if (target && FORM_TAGS.has(target.tagName)) edited(target as FormField);
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
    touched,
    edited,
    stop() {
      controller.abort();
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
