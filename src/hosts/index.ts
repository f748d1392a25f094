// Other registration hosts (docs/spec/platform-rules.md §1: provincial 考生服务系统 sites
// run elsewhere): the candidate switches the extension on for the current site
// from the popup. That asks for an optional host permission at run time (from
// the popup click: a user gesture) and registers the same content script for
// that origin with chrome.scripting; switching off removes both.
// The browser API is a parameter (docs/contributing.md: inject the environment) so the
// unit tests pass a fake.
import { browser } from 'wxt/browser';
import { enabledHostsItem } from '../items';

/** The parts of the extension API this module uses. */
export interface HostsApi {
  permissions: {
    request(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
    contains(p: { origins: string[] }): Promise<boolean>;
  };
  scripting: {
    registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
    executeScript(injection: {
      target: { tabId: number; allFrames?: boolean };
      files: string[];
    }): Promise<unknown>;
  };
  /** The stored host list (src/items.ts `enabledHostsItem`). */
  enabledHosts: { getValue(): Promise<unknown>; setValue(hosts: string[]): Promise<void> };
}

export interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  allFrames: boolean;
  matchOriginAsFallback: boolean;
  // As the manifest's content script (entrypoints/content/index.ts): it starts the session at DOM ready.
  runAt: 'document_start';
  persistAcrossSessions: boolean;
}

/** The built content script (WXT names it after entrypoints/content/). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
const defaultApi = (): HostsApi => {
  const api = browser as unknown as Pick<HostsApi, 'permissions' | 'scripting'>;
  return { permissions: api.permissions, scripting: api.scripting, enabledHosts: enabledHostsItem };
};

/** Hosts where the extension always runs (the manifest's content script). */
export function isPlatformHost(hostname: string): boolean {
  return hostname === 'nmec.org.cn' || hostname.endsWith('.nmec.org.cn');
}

/** The host a switch can be offered for: http(s) pages only, never the platform's own. */
export function switchableHost(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    if (isPlatformHost(parsed.hostname)) return undefined;
    return parsed.hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

export const originPattern = (hostname: string): string => `*://${hostname}/*`;
export const scriptId = (hostname: string): string => `exam-assist-host-${hostname}`;

async function readHosts(api: HostsApi): Promise<string[]> {
  const list = await api.enabledHosts.getValue();
  return Array.isArray(list) ? list.filter((h): h is string => typeof h === 'string') : [];
}

async function writeHosts(api: HostsApi, hosts: string[]): Promise<void> {
  await api.enabledHosts.setValue([...new Set(hosts)].sort());
}

export async function isHostEnabled(
  hostname: string,
  api: HostsApi = defaultApi(),
): Promise<boolean> {
  const [granted, scripts] = await Promise.all([
    api.permissions.contains({ origins: [originPattern(hostname)] }),
    api.scripting.getRegisteredContentScripts({ ids: [scriptId(hostname)] }),
  ]);
  return granted && scripts.length > 0;
}

async function register(api: HostsApi, hostname: string): Promise<void> {
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [scriptId(hostname)] });
  if (existing.length) return;
  await api.scripting.registerContentScripts([
    {
      id: scriptId(hostname),
      matches: [originPattern(hostname)],
      js: [CONTENT_SCRIPT_FILE],
      allFrames: true,
      matchOriginAsFallback: true,
      runAt: 'document_start',
      persistAcrossSessions: true,
    },
  ]);
}

export type EnableResult = 'enabled' | 'denied';

/**
 * Switches the extension on for `hostname`. Must be called from a user gesture
 * (the popup's click) because it asks for the permission. When a tab is given,
 * the content script also starts there now, without a reload.
 */
export async function enableHost(
  hostname: string,
  tabId?: number,
  api: HostsApi = defaultApi(),
): Promise<EnableResult> {
  const granted = await api.permissions.request({ origins: [originPattern(hostname)] });
  if (!granted) return 'denied';
  await register(api, hostname);
  await writeHosts(api, [...(await readHosts(api)), hostname]);
  if (tabId !== undefined) {
    await api.scripting
      .executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT_FILE] })
      .catch(() => undefined);
  }
  return 'enabled';
}

/** Switches it off again: unregisters the script and gives the permission back. */
export async function disableHost(hostname: string, api: HostsApi = defaultApi()): Promise<void> {
  await api.scripting
    .unregisterContentScripts({ ids: [scriptId(hostname)] })
    .catch(() => undefined);
  await api.permissions.remove({ origins: [originPattern(hostname)] }).catch(() => false);
  await writeHosts(
    api,
    (await readHosts(api)).filter((h) => h !== hostname),
  );
}

/**
 * Keeps registrations and permissions in step (background start, and when the
 * candidate removes a site permission in Chrome's own settings): a host stays
 * on only while its permission is granted.
 */
export async function syncHosts(api: HostsApi = defaultApi()): Promise<string[]> {
  const hosts = await readHosts(api);
  const kept: string[] = [];
  for (const hostname of hosts) {
    if (await api.permissions.contains({ origins: [originPattern(hostname)] })) {
      await register(api, hostname);
      kept.push(hostname);
    } else {
      await api.scripting
        .unregisterContentScripts({ ids: [scriptId(hostname)] })
        .catch(() => undefined);
    }
  }
  if (kept.length !== hosts.length) await writeHosts(api, kept);
  return kept;
}

/** Background wiring: sync now and whenever a permission is removed. */
export function startHostRegistrations(): void {
  void syncHosts().catch(() => undefined);
  browser.permissions.onRemoved.addListener(() => void syncHosts().catch(() => undefined));
}
