// The background's storage service (wired by entrypoints/background.ts): saves
// the snapshots content scripts send, and keeps the list of open platform tabs
// (registered by their content scripts) so the options page can restore into
// one without the `tabs` permission.
import { browser, type Browser } from 'wxt/browser';
import { getSetting } from '../settings';
import { profilePatchSchema } from '../profile';
import {
  isBackgroundRequest,
  type BackgroundRequest,
  type PingResponse,
  type PlatformTab,
  type SnapshotResponse,
  type TabsResponse,
} from '../messages/storage';
import { snapshotStore } from './snapshots';

const SESSION_KEY = 'platformTabs';

// The service worker may be stopped at any time: the registry lives in
// storage.session (cleared when the browser closes), mirrored in memory.
async function readRegistry(): Promise<Record<string, PlatformTab>> {
  try {
    const stored = await browser.storage.session.get(SESSION_KEY);
    return (stored[SESSION_KEY] as Record<string, PlatformTab> | undefined) ?? {};
  } catch {
    return {};
  }
}

async function writeRegistry(registry: Record<string, PlatformTab>): Promise<void> {
  try {
    await browser.storage.session.set({ [SESSION_KEY]: registry });
  } catch {
    /* storage.session missing (older browser): the ping below still finds live tabs */
  }
}

// Serialize snapshot writes: two quick saves from two frames must merge in order.
let queue: Promise<unknown> = Promise.resolve();

async function saveSnapshot(request: Extract<BackgroundRequest, { type: 'storage:snapshot' }>): Promise<SnapshotResponse> {
  const patch = profilePatchSchema.safeParse(request.patch);
  if (!patch.success) return { ok: false, error: 'invalid patch' };
  const keepLast = (await getSetting('retention')).keepLast;
  const store = await snapshotStore();
  const result = await store.saveAuto(patch.data, { host: String(request.host).slice(0, 253), keepLast });
  return result ? { ok: true, ...result } : { ok: false, error: 'nothing to save' };
}

async function liveTabs(): Promise<TabsResponse> {
  const registry = await readRegistry();
  const tabs: PlatformTab[] = [];
  for (const [id, tab] of Object.entries(registry)) {
    try {
      const pong = (await browser.tabs.sendMessage(Number(id), { type: 'backup:ping' }, { frameId: 0 })) as PingResponse | undefined;
      if (pong?.type === 'backup:pong') tabs.push({ tabId: Number(id), url: pong.url, title: pong.title, fieldCount: pong.fieldCount });
      else delete registry[id];
    } catch {
      delete registry[id];
    }
  }
  await writeRegistry(registry);
  return { tabs };
}

export function handleStorageMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined {
  if (!isBackgroundRequest(message)) return undefined;
  switch (message.type) {
    case 'storage:snapshot': {
      const job = queue.then(() => saveSnapshot(message)).catch((error: unknown) => ({ ok: false, error: String(error) }) as SnapshotResponse);
      queue = job;
      return job;
    }
    case 'storage:hello': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return Promise.resolve(undefined);
      return readRegistry().then(async (registry) => {
        registry[String(tabId)] = { tabId, url: String(message.url), title: String(message.title).slice(0, 300), fieldCount: Number(message.fieldCount) || 0 };
        await writeRegistry(registry);
      });
    }
    case 'storage:tabs':
      return liveTabs();
  }
}

export function startStorageService(): void {
  browser.runtime.onMessage.addListener(handleStorageMessage);
  browser.tabs.onRemoved.addListener((tabId) => {
    void readRegistry().then((registry) => {
      if (!(String(tabId) in registry)) return;
      delete registry[String(tabId)];
      return writeRegistry(registry);
    });
  });
}
