// The backup's content-script side, a feature of the page session
// (src/page/session.ts): automatic snapshots of this frame's recognized fields,
// and answers to restore requests from the popup and the options page
// (src/messages/storage.ts). The fields are the session's; nothing here walks
// the page again.
import { browser } from 'wxt/browser';
import type { DetectedField } from '../page';
import type { PageSession } from '../page/session';
import type {
  ApplyResponse,
  BackgroundRequest,
  CollectResponse,
  PingResponse,
  PreviewResponse,
  TabRequest,
} from '../messages/storage';
import { isTabRequest } from '../messages/storage';
import { hasProfileShape } from '../profile/groups';
import type { Profile } from '../profile/schema';
import { startAutoBackup } from './autosave';
import { collectPatch } from './collect';
import { applyRestore, planRestore } from './restore';

const send = (message: BackgroundRequest) => browser.runtime.sendMessage(message).catch(() => undefined);

/** Counts the contract attributes (page-contract.md) once the checks have run. */
function findingCounts(doc: Document): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const el of doc.querySelectorAll('[data-exam-assist-state]')) {
    const state = el.getAttribute('data-exam-assist-state');
    if (state === 'error') errors++;
    else if (state === 'warning') warnings++;
  }
  return { errors, warnings };
}

/** The tab's host (a srcdoc/about:blank frame has none of its own): one session per site. */
function pageHost(doc: Document): string {
  try {
    return doc.defaultView?.top?.location.hostname || doc.location.hostname;
  } catch {
    return doc.location.hostname;
  }
}

export function startBackup(session: PageSession, signal: AbortSignal): void {
  const doc = session.doc;
  const isTop = doc.defaultView === doc.defaultView?.top;
  const detect = (): DetectedField[] => session.fields();

  const auto = startAutoBackup(doc, {
    detect,
    send: (patch, reason) => void send({ type: 'storage:snapshot', patch, host: pageHost(doc), reason }),
  });
  signal.addEventListener('abort', () => auto.stop(), { once: true });

  // Register this tab (and this frame) so the options page can restore into it
  // without the `tabs` permission, and restore can reach fields inside frames.
  // Once the session has collected the page, so the count is the page's.
  void session.whenChecked().then(() => {
    if (!signal.aborted) void send({ type: 'storage:hello', url: doc.location.href, title: doc.title, fieldCount: detect().length });
  });

  const onMessage = (message: unknown): Promise<unknown> | undefined => {
    if (!isTabRequest(message)) return undefined;
    const request = message as TabRequest;
    if (request.type === 'backup:ping') {
      if (!isTop) return undefined;
      return Promise.resolve<PingResponse>({ type: 'backup:pong', url: doc.location.href, title: doc.title, fieldCount: detect().length });
    }
    const fields = detect();
    // Only a frame that shows platform fields answers (the first answer wins).
    if (fields.length === 0) return undefined;
    if (request.type === 'backup:collect') {
      return Promise.resolve<CollectResponse>({ type: 'backup:collected', patch: collectPatch(fields, auto.touched) });
    }
    // The background read this profile from the store through the zod schema;
    // a structural check is enough here and keeps zod out of the content script.
    if (!hasProfileShape(request.profile)) return undefined;
    const profile = request.profile as Profile;
    if (request.type === 'backup:preview') {
      return Promise.resolve<PreviewResponse>({ type: 'backup:plan', plan: planRestore(fields, profile, request.overwrite) });
    }
    return (async (): Promise<ApplyResponse> => {
      const started = performance.now();
      const result = await applyRestore(detect, profile, request.overwrite);
      const ms = performance.now() - started;
      // The session says when the written values are checked (docs/page-assist.md).
      await session.whenChecked();
      return { type: 'backup:applied', ...result, ms, ...findingCounts(doc) };
    })();
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
}
