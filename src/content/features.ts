// The content script's features, in the order they start on a page session
// (src/page/session.ts). Each is `init(session, signal)`; the signal (WXT's
// `ctx.signal`) stops everything it started; `prepare` (optional) reads the
// feature's settings while the page loads. Order matters in one place only:
// teach registers its summary slot before the overlay is drawn.
import { answer } from '../messages/bus';
import { answerPageMessage } from '../page/popup-answer';
import { startChecks } from '../page/assist';
import { startOverlay } from '../page/overlay-feature';
import { startPhotoInputs } from '../page/photo-input';
import { usePrepared, type PageFeature, type Prepared } from '../page/session';
import { startBackup } from '../backup/content';
import { startTeach } from '../teach/content';
import { loadTaught } from '../teach/store';
import type { TaughtMapping } from '../page/types';
import { ruleSetItem } from '../items';
import { ruleSetById } from '../rules';

export const FEATURES: readonly PageFeature[] = [
  {
    name: 'teach',
    prepare: loadTaught,
    init: (session, signal, taught?: Prepared<TaughtMapping[]>) =>
      startTeach(session, signal, taught),
  } satisfies PageFeature<TaughtMapping[]>,
  {
    name: 'checks',
    // The rule set is a setting (src/items.ts `ruleSet`), validated by ruleSetById().
    prepare: () => ruleSetItem.getValue(),
    init(session, signal, ruleSetId?: Prepared<string>) {
      const checks = startChecks(session, signal);
      // Normally read by now: the first check uses it; a late one re-checks only if it differs.
      usePrepared(ruleSetId, signal, (id) => checks.setRuleSet(ruleSetById(id)));
    },
  } satisfies PageFeature<string>,
  { name: 'overlay', init: startOverlay },
  { name: 'backup', init: startBackup },
  {
    name: 'photo inputs',
    init(session, signal) {
      const photos = startPhotoInputs(session.doc);
      signal.addEventListener('abort', () => photos.stop(), { once: true });
    },
  },
  {
    name: 'popup answer',
    init(session, signal) {
      answer({ 'page:status': () => answerPageMessage(session, session.doc) }, signal);
    },
  },
];
