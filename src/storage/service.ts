// The background's storage service (wired by entrypoints/background.ts): saves
// the snapshots content scripts send, and keeps the list of open platform tabs
// (registered by their content scripts) so the options page can restore into
// one without the `tabs` permission.
import { browser } from 'wxt/browser';
import { getSetting } from '../settings';
import { profilePatchSchema } from '../profile';
import type {
  FramesResponse,
  PlatformTab,
  SnapshotRequest,
  SnapshotResponse,
  TabsResponse,
} from '../messages/storage';
import { snapshotStore } from './snapshots';
import { platformTabsItem } from '../items';
import { answer, dispatch, sendToTab, type Handlers, type Sender } from '../messages/bus';

// The service worker may be stopped at any time: the registry lives in
// session storage (item `platformTabs`, src/items.ts; cleared when the browser closes).
async function readRegistry(): Promise<Record<string, PlatformTab>> {
  try {
    const stored = await platformTabsItem.getValue();
    return stored && typeof stored === 'object' ? (stored as Record<string, PlatformTab>) : {};
  } catch {
    return {};
  }
}

async function writeRegistry(registry: Record<string, PlatformTab>): Promise<void> {
  try {
    await platformTabsItem.setValue(registry);
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

async function saveSnapshot(request: SnapshotRequest): Promise<SnapshotResponse> {
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
      const pong = await sendToTab(Number(id), { type: 'backup:ping' });
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

/** The background's answers, one per message type (src/messages/bus.ts). */
export const storageHandlers = {
  'storage:snapshot': (request) => {
    const job = queue
      .then(() => saveSnapshot(request))
      .catch((error: unknown) => ({ ok: false, error: String(error) }) as SnapshotResponse);
    queue = job;
    return job;
  },
  'storage:hello': (request, sender) => {
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
              url: String(request.url),
              title: String(request.title).slice(0, 300),
              fieldCount: Number(request.fieldCount) || 0,
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
  },
  'storage:tabs': () => liveTabs(),
  'storage:frames': (request) =>
    readRegistry().then((registry): FramesResponse => ({
      frames: registry[String(request.tabId)]?.frames ?? [0],
    })),
} satisfies Handlers;

/** One message as the background answers it (undefined: not one of ours). */
export function handleStorageMessage(
  message: unknown,
  sender: Sender,
): Promise<unknown> | undefined {
  return dispatch(storageHandlers, message, sender);
}

export function startStorageService(): void {
  answer(storageHandlers);
  browser.tabs.onRemoved.addListener((tabId) => {
    void updateRegistry((registry) => {
      delete registry[String(tabId)];
    });
  });
}
