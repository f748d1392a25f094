// What the content script does in a frame (entrypoints/content/index.ts only
// calls this): one page session, every feature of src/content/features.ts on
// it, all stopped by WXT's context signal when the extension goes away.
//
// The script runs at document_start: while the page is still parsing, the
// features read their settings (`prepare`); at DOM ready the session starts at
// once, normally with those settings in hand (docs/page-assist.md "Performance").
import { guard } from '../page/guard';
import {
  ATTR_CHECKS,
  createPageSession,
  sessionOf,
  type PageFeature,
  type Prepared,
} from '../page/session';
import { FEATURES } from './features';

/** Resolves once the document is parsed (at once when it already is). */
function domReady(doc: Document, signal: AbortSignal): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true, signal });
  });
}

/** Another copy of the content script already runs on this document (registered and injected). */
function alreadyRunning(doc: Document): boolean {
  return (
    sessionOf(doc) !== undefined ||
    doc.documentElement.hasAttribute(ATTR_CHECKS) ||
    doc.documentElement.querySelector(':scope > [data-exam-assist-overlay]') !== null
  );
}

/** Starts the session once the DOM is ready; resolves when it started (or was not needed). */
export async function startContent(
  doc: Document,
  signal: AbortSignal,
  features: readonly PageFeature[] = FEATURES,
): Promise<void> {
  // Read now, while the page parses; the session does not wait for a slow read.
  const prepared = features.map((feature): Prepared<unknown> | undefined => {
    if (!feature.prepare) return undefined;
    const state: { ready: boolean; value: unknown; promise: Promise<unknown> } = {
      ready: false,
      value: undefined,
      promise: Promise.resolve(undefined),
    };
    state.promise = feature.prepare().then(
      (value) => {
        state.ready = true;
        return (state.value = value);
      },
      (error: unknown) => {
        console.debug('[exam-assist]', feature.name, error);
        state.ready = true;
        return undefined;
      },
    );
    return state;
  });
  await domReady(doc, signal);
  guard(() => {
    if (signal.aborted || alreadyRunning(doc)) return;
    const session = createPageSession(doc, signal);
    features.forEach((feature, i) => {
      try {
        feature.init(session, signal, prepared[i]);
      } catch (error) {
        // One feature failing leaves the others running.
        console.debug('[exam-assist]', feature.name, error);
      }
    });
    session.start();
  })();
}
