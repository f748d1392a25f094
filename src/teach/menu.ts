// The context-menu entry "这个字段是… / Teach this field",
// created by the background. It shows only on pages where the content script
// runs: the platform's hosts and the hosts the candidate switched on
// (settings key `enabledHosts`). A click asks the content script of that frame
// to open the picker for the field it saw right-clicked.
import { browser } from 'wxt/browser';
import { sendToTab } from '../messages/bus';
import { enabledHostsItem } from '../items';

export const TEACH_MENU_ID = 'exam-assist-teach-field';
const PLATFORM_PATTERNS = ['*://*.nmec.org.cn/*'];

export function menuPatterns(enabledHosts: unknown): string[] {
  const hosts = Array.isArray(enabledHosts)
    ? enabledHosts.filter((h): h is string => typeof h === 'string' && /^[a-z0-9.-]+$/i.test(h))
    : [];
  return [...PLATFORM_PATTERNS, ...hosts.map((h) => `*://${h}/*`)];
}

async function currentPatterns(): Promise<string[]> {
  return menuPatterns(await enabledHostsItem.getValue());
}

export function startTeachMenu(): void {
  const create = async () => {
    // Only our own entry is replaced (an update re-runs onInstalled).
    await browser.contextMenus.remove(TEACH_MENU_ID).catch(() => undefined);
    browser.contextMenus.create({
      id: TEACH_MENU_ID,
      title: '这个字段是… / Teach this field',
      // `page` too: a right-click on a <select> reports the page context, not `editable`.
      contexts: ['editable', 'page', 'frame'],
      documentUrlPatterns: await currentPatterns(),
    });
  };
  browser.runtime.onInstalled.addListener(() => void create().catch(() => undefined));
  browser.runtime.onStartup?.addListener(() => void create().catch(() => undefined));
  enabledHostsItem.watch((hosts) => {
    browser.contextMenus
      .update(TEACH_MENU_ID, { documentUrlPatterns: menuPatterns(hosts) })
      .catch(() => undefined);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== TEACH_MENU_ID || tab?.id === undefined) return;
    sendToTab(tab.id, { type: 'teach:open' }, info.frameId ?? 0).catch(() => undefined);
  });
}
