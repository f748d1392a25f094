// Changes a widget library makes without a native event (docs/page-assist.md
// "Widget adapters"): element-plus writes the chosen label into a <span>, layui
// sets the hidden <select> through jQuery, element-ui's month picker writes its
// value after the `focusout`. After every click, key and focus change the
// fields an adapter claims are read again (now, and after the popup's close
// animation); a changed value is told to the session (`valueChanged`). Only
// those few fields are read, and only after the candidate did something.
import { guard } from './guard';
import type { PageSession } from './session';
import type { FormField } from './types';
import { readFieldValue } from './values';
import { widgetOf } from './widgets';

/** Re-read delays: at once, after a popup's close transition (~200–300 ms), and once more. */
const REREAD_MS = [0, 120, 350, 800];

export function startWidgetWatch(session: PageSession, signal: AbortSignal): void {
  const doc = session.doc;
  let watched: FormField[] = [];
  const last = new WeakMap<FormField, string>();

  const refresh = guard(() => {
    watched = session
      .fields()
      .map((f) => f.element)
      .filter((el) => widgetOf(el) !== undefined);
    for (const el of watched) if (!last.has(el)) last.set(el, readFieldValue(el));
  });

  const reread = guard(() => {
    if (signal.aborted) return;
    for (const el of watched) {
      if (!el.isConnected) continue;
      const now = readFieldValue(el);
      if (now === last.get(el)) continue;
      last.set(el, now);
      session.valueChanged(el, byPerson);
    }
  });

  let timers: ReturnType<typeof setTimeout>[] = [];
  // Restore and fixes write through adapters with synthetic clicks (untrusted):
  // the backup's ledger (src/backup/ledger.ts) must not count those as the candidate's.
  let byPerson = false;
  const soon = (event: Event) => {
    byPerson = event.isTrusted;
    if (watched.length === 0) return;
    for (const t of timers) clearTimeout(t);
    timers = REREAD_MS.map((ms) => setTimeout(reread, ms));
  };

  session.on('fieldsChanged', refresh, signal);
  refresh();
  for (const type of ['click', 'keyup', 'focusout', 'mouseup', 'change'] as const)
    doc.addEventListener(type, soon, { capture: true, passive: true, signal });
  signal.addEventListener('abort', () => timers.forEach(clearTimeout), { once: true });
}
