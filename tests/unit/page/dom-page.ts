// Shared by the happy-dom tests of src/page: a page put in the document, a
// page session with the checks (or the whole assist) started on it, stopped
// and emptied after each test, and the document-level checks state.
import { afterEach } from 'vitest';
import { startChecks } from '../../../src/page/assist';
import { startPageAssist, type PageAssist } from '../../../src/page';
import { ATTR_CHECKS, createPageSession, type PageSession } from '../../../src/page/session';

const stops: (() => void)[] = [];
afterEach(() => {
  while (stops.length) stops.pop()!();
  document.body.innerHTML = '';
});

/** `data-exam-assist-checks` on <html>: `idle`, `busy`, or null when no session runs. */
export const checksState = () => document.documentElement.getAttribute(ATTR_CHECKS);

/** `html` in the body, a session with the checks started on it; `stop` aborts its signal. */
export function sessionOn(html: string): { session: PageSession; stop(): void } {
  document.body.innerHTML = html;
  const controller = new AbortController();
  const session = createPageSession(document, controller.signal);
  startChecks(session, controller.signal);
  session.start();
  const stop = () => controller.abort();
  stops.push(stop);
  return { session, stop };
}

/** `html` in the body and the whole page assist on it (without the overlay unless asked). */
export function assistOn(html: string, options: { overlay?: boolean } = {}): PageAssist {
  document.body.innerHTML = html;
  const assist = startPageAssist(document, { overlay: options.overlay ?? false });
  stops.push(() => assist.stop());
  return assist;
}

/**
 * An event as the browser reports a person's typing: happy-dom has no trusted
 * events, and the backup counts only trusted edits as the candidate's
 * (src/backup/ledger.ts).
 */
export function trusted(type: string): Event {
  const event = new Event(type, { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** Dispatches what typing does: the value, then a bubbling (trusted) `input`. */
export function typeValue(el: HTMLInputElement, value: string): void {
  el.value = value;
  el.dispatchEvent(trusted('input'));
}
