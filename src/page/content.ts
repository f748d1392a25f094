// What the content script does on a page, kept out of the entry file
// (architecture.md: entry files stay thin). Reads the active rule set, starts
// the assist, answers the popup's questions (src/messages/page.ts).
import { browser } from 'wxt/browser';
import { DEFAULT_RULE_SET, ruleSetById } from '../rules';
import { startPageAssist, guard } from './assist';
import { answerPageMessage } from './popup-answer';
import type { PageAssist } from './types';
import { startTeachContent } from '../teach/content';

let running: PageAssist | undefined;

export function startPageContent(doc: Document): void {
  guard(() => {
    if (running) return;
    // Injected twice (registered for a site and injected by the popup's switch)? One is enough.
    if (doc.documentElement.querySelector(':scope > [data-exam-assist-overlay]')) return;
    // Teach-a-field (issue 7): taught mappings, the summary slot, the context-menu entry.
    const teach = startTeachContent(doc);
    running = startPageAssist(doc, { ...teach.assistOptions });
    teach.attach(() => running);
    const assist = running;
    // The rule set is a setting (src/settings.ts key `ruleSet`); read it without
    // pulling zod into the content script, validated by ruleSetById().
    browser.storage.local
      .get('ruleSet')
      .then(
        guard((stored: Record<string, unknown>) => {
          const ruleSet = ruleSetById(typeof stored.ruleSet === 'string' ? stored.ruleSet : undefined);
          if (ruleSet && ruleSet.id !== DEFAULT_RULE_SET && assist === running) {
            assist.stop();
            running = startPageAssist(doc, { ...teach.assistOptions, ruleSet });
          }
        }),
      )
      .catch(() => undefined);
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!running) return undefined;
      try {
        return answerPageMessage(message, running, doc);
      } catch {
        return undefined;
      }
    });
  })();
}
