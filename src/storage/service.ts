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
  type FramesResponse,
  type PlatformTab,
  type SnapshotResponse,
  type TabsResponse,
} from '../messages/storage';
import { snapshotStore } from './snapshots';
import { answer, type Handler } from '../messages/bus';

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

// Registry updates come from several frames at once: one at a time, or one would undo another.
let registryQueue: Promise<unknown> = Promise.resolve();
function updateRegistry(change: (registry: Record<string, PlatformTab>) => void): Promise<void> {
  const job = registryQueue.then(async () => {
    const registry = await readRegistry();
    change(registry);
    await writeRegistry(registry);
  });
  registryQueue = job.catch(() => undefined);
  return job;
}

// Serialize snapshot writes: two quick saves from two frames must merge in order.
let queue: Promise<unknown> = Promise.resolve();

async function saveSnapshot(
  request: Extract<BackgroundRequest, { type: 'storage:snapshot' }>,
): Promise<SnapshotResponse> {
  const patch = profilePatchSchema.safeParse(request.patch);
  if (!patch.success) return { ok: false, error: 'invalid patch' };
  const keepLast = (await getSetting('retention')).keepLast;
  const store = await snapshotStore();
  const result = await store.saveAuto(patch.data, {
    host: String(request.host).slice(0, 253),
    ...(typeof request.page === 'string' ? { page: request.page.slice(0, 64) } : {}),
    keepLast,
  });
  return result ? { ok: true, ...result } : { ok: false, error: 'nothing to save' };
}

async function liveTabs(): Promise<TabsResponse> {
  const registry = await readRegistry();
  const tabs: PlatformTab[] = [];
  const dead: string[] = [];
  for (const [id, tab] of Object.entries(registry)) {
    try {
      const pong = (await browser.tabs.sendMessage(
        Number(id),
        { type: 'backup:ping' },
        { frameId: 0 },
      )) as PingResponse | undefined;
      if (pong?.type === 'backup:pong')
        tabs.push({
          tabId: Number(id),
          url: pong.url,
          title: pong.title,
          fieldCount: pong.fieldCount,
          frames: tab.frames ?? [0],
        });
      else dead.push(id);
    } catch {
      dead.push(id);
    }
  }
  if (dead.length > 0) {
    await updateRegistry((current) => {
      for (const id of dead) delete current[id];
    });
  }
  return { tabs };
}

export function handleStorageMessage(
  message: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<unknown> | undefined {
  if (!isBackgroundRequest(message)) return undefined;
  switch (message.type) {
    case 'storage:snapshot': {
      const job = queue
        .then(() => saveSnapshot(message))
        .catch((error: unknown) => ({ ok: false, error: String(error) }) as SnapshotResponse);
      queue = job;
      return job;
    }
    case 'storage:hello': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return Promise.resolve(undefined);
      const frameId = sender.frameId ?? 0;
      return updateRegistry((registry) => {
        const old = registry[String(tabId)];
        // Frames register in any order; keep the union (a stale frame id simply does not answer).
        const frames = [...new Set([0, ...(old?.frames ?? []), frameId])];
        registry[String(tabId)] =
          frameId === 0
            ? {
                tabId,
                url: String(message.url),
                title: String(message.title).slice(0, 300),
                fieldCount: Number(message.fieldCount) || 0,
                frames,
              }
            : {
                tabId,
                url: old?.url ?? '',
                title: old?.title ?? '',
                fieldCount: old?.fieldCount ?? 0,
                frames,
              };
      });
    }
    case 'storage:tabs':
      return liveTabs();
    case 'storage:frames':
      return readRegistry().then((registry): FramesResponse => ({
        frames: registry[String(message.tabId)]?.frames ?? [0],
      }));
  }
}

export function startStorageService(): void {
  // One handler for the four background types (it switches on the type itself).
  const handle = <T extends BackgroundRequest['type']>(): Handler<T> =>
    handleStorageMessage as unknown as Handler<T>;
  answer({
    'storage:snapshot': handle(),
    'storage:hello': handle(),
    'storage:tabs': handle(),
    'storage:frames': handle(),
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void updateRegistry((registry) => {
      delete registry[String(tabId)];
    });
  });
}
