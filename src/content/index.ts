// What the content script does in a frame (entrypoints/content/index.ts only
// calls this): one page session, every feature of src/content/features.ts on
// it, all stopped by WXT's context signal when the extension goes away.
import { guard } from '../page/guard';
import { createPageSession, sessionOf, type PageFeature } from '../page/session';
import { FEATURES } from './features';

export function startContent(
  doc: Document,
  signal: AbortSignal,
  features: readonly PageFeature[] = FEATURES,
): void {
  guard(() => {
    // Injected twice (registered for a site and injected by the popup's switch)? One is enough.
    if (sessionOf(doc) || doc.documentElement.querySelector(':scope > [data-exam-assist-overlay]'))
      return;
    const session = createPageSession(doc, signal);
    for (const feature of features) {
      try {
        feature.init(session, signal);
      } catch (error) {
        // One feature failing leaves the others running.
        console.debug('[exam-assist]', feature.name, error);
      }
    }
    session.start();
  })();
}
