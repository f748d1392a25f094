// The content script's features, in the order they start on a page session
// (src/page/session.ts). Each is `init(session, signal)`; the signal (WXT's
// `ctx.signal`) stops everything it started. Order matters in one place only:
// teach registers its summary slot before the overlay is drawn.
import { answer } from '../messages/bus';
import { answerPageMessage } from '../page/popup-answer';
import { startChecks } from '../page/assist';
import { startOverlay } from '../page/overlay-feature';
import { startPhotoInputs } from '../page/photo-input';
import { startWidgetWatch } from '../page/widget-watch';
import type { PageFeature } from '../page/session';
import { startBackup } from '../backup/content';
import { startTeach } from '../teach/content';
import { ruleSetItem } from '../items';
import { ruleSetById } from '../rules';

export const FEATURES: readonly PageFeature[] = [
  { name: 'teach', init: startTeach },
  {
    name: 'checks',
    init(session, signal) {
      const checks = startChecks(session, signal);
      // The rule set is a setting (src/items.ts `ruleSet`), validated by ruleSetById().
      ruleSetItem
        .getValue()
        .then((id) => {
          if (!signal.aborted) checks.setRuleSet(ruleSetById(id));
        })
        .catch(() => undefined);
    },
  },
  { name: 'widget watch', init: startWidgetWatch },
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
