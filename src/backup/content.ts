// The backup's content-script side, a feature of the page session
// (src/page/session.ts): automatic snapshots of this frame's recognized fields,
// and answers to restore requests from the popup and the options page
// (src/messages/storage.ts). The fields are the session's; nothing here walks
// the page again.
import type { DetectedField, FormField } from '../page';
import type { PageSession } from '../page/session';
import { answer, send as sendMessage } from '../messages/bus';
import type { ApplyResponse, BackgroundRequest, PingResponse } from '../messages/storage';
import { hasProfileShape } from '../profile/groups';
import type { Profile } from '../profile/schema';
import { startAutoBackup } from './autosave';
import { collectPatch } from './collect';
import { applyRestore, planRestore } from './restore';

const send = (message: BackgroundRequest) => sendMessage(message).catch(() => undefined);

/** Counts the contract attributes (docs/spec/page-contract.md) once the checks have run. */
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

  // One id per page load: its saves update its own snapshot, never an earlier page's.
  const page = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  const auto = startAutoBackup(doc, {
    detect,
    send: (patch, reason) =>
      void send({ type: 'storage:snapshot', patch, host: pageHost(doc), page, reason }),
  });
  signal.addEventListener('abort', () => auto.stop(), { once: true });
  // A field taught (or a row added) after the candidate typed into it is saved at once.
  session.on('fieldsChanged', (fields) => auto.fieldsChanged(fields), signal);
  session.on('valueChanged', (c) => auto.widgetChanged(c.element, c.byPerson), signal);
  auto.fieldsChanged(detect());
  const context = {
    ledger: auto.ledger,
    whenChecked: () => session.whenChecked(),
    saveEdits: () => auto.flush('input'),
    valueChanged: (el: FormField) => session.valueChanged(el, false),
  };

  // Register this tab (and this frame) so the options page can restore into it
  // without the `tabs` permission, and restore can reach fields inside frames.
  // Once the session has collected the page, so the count is the page's.
  void session.whenChecked().then(() => {
    if (!signal.aborted)
      void send({
        type: 'storage:hello',
        url: doc.location.href,
        title: doc.title,
        fieldCount: detect().length,
      });
  });

  /** Only a frame that shows platform fields answers restore requests (the first answer wins). */
  const withFields = (): DetectedField[] | undefined => {
    const fields = detect();
    return fields.length ? fields : undefined;
  };
  // The background read a profile from the store through the zod schema; a
  // structural check is enough here and keeps zod out of the content script.
  const profileOf = (raw: unknown): Profile | undefined =>
    hasProfileShape(raw) ? (raw as Profile) : undefined;
  answer(
    {
      'backup:ping': () =>
        isTop
          ? ({
              type: 'backup:pong',
              url: doc.location.href,
              title: doc.title,
              fieldCount: detect().length,
            } satisfies PingResponse)
          : undefined,
      'backup:collect': () => {
        const fields = withFields();
        return (
          fields && { type: 'backup:collected', patch: collectPatch(fields, auto.ledger, 'page') }
        );
      },
      'backup:preview': (request) => {
        const fields = withFields();
        const profile = profileOf(request.profile);
        return (
          fields &&
          profile && {
            type: 'backup:plan',
            plan: planRestore(fields, profile, request.overwrite, context),
          }
        );
      },
      'backup:apply': (request) => {
        const profile = profileOf(request.profile);
        if (!withFields() || !profile) return undefined;
        return (async (): Promise<ApplyResponse> => {
          // Waits for the session's checks of the written values (docs/page-assist.md).
          const result = await applyRestore(detect, profile, request.overwrite, context);
          return { type: 'backup:applied', ...result, ...findingCounts(doc) };
        })();
      },
    },
    signal,
  );
}
