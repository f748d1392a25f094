// The per-site switch (src/hosts/): permission asked for exactly that origin,
// the content script registered for it, and both undone when switched off.
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SCRIPT_FILE,
  disableHost,
  enableHost,
  isHostEnabled,
  switchableHost,
  syncHosts,
  type HostsApi,
  type RegisteredScript,
} from '../../../src/hosts';

function fakeApi(grant: boolean) {
  const granted = new Set<string>();
  const scripts = new Map<string, RegisteredScript>();
  const store: Record<string, unknown> = {};
  const requests: string[][] = [];
  const executed: number[] = [];
  const api: HostsApi = {
    permissions: {
      request: async ({ origins }) => {
        requests.push(origins);
        if (grant) origins.forEach((o) => granted.add(o));
        return grant;
      },
      remove: async ({ origins }) => {
        origins.forEach((o) => granted.delete(o));
        return true;
      },
      contains: async ({ origins }) => origins.every((o) => granted.has(o)),
    },
    scripting: {
      registerContentScripts: async (list) => {
        for (const s of list) {
          if (scripts.has(s.id)) throw new Error('Duplicate script ID');
          scripts.set(s.id, s);
        }
      },
      unregisterContentScripts: async ({ ids }) => ids.forEach((id) => scripts.delete(id)),
      getRegisteredContentScripts: async (filter) =>
        [...scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
      executeScript: async ({ target }) => {
        executed.push(target.tabId);
        return [];
      },
    },
    enabledHosts: {
      getValue: async () => store.enabledHosts ?? [],
      setValue: async (hosts) => void (store.enabledHosts = hosts),
    },
  };
  return { api, granted, scripts, store, requests, executed };
}

describe('per-site switch', () => {
  it('offers the switch only for http(s) pages that are not the platform', () => {
    expect(switchableHost('https://kaosheng.example-province.cn/bm/index.html')).toBe(
      'kaosheng.example-province.cn',
    );
    expect(switchableHost('http://www.nmec.org.cn/platform/register.html')).toBeUndefined();
    expect(switchableHost('chrome://extensions/')).toBeUndefined();
    expect(switchableHost(undefined)).toBeUndefined();
  });

  it(
    'switching on asks for that one origin, registers the content script in all frames and starts it in the ' +
      'tab',
    async () => {
      const fake = fakeApi(true);
      expect(await enableHost('kaosheng.example-province.cn', 7, fake.api)).toBe('enabled');
      expect(fake.requests).toEqual([['*://kaosheng.example-province.cn/*']]);
      const [script] = [...fake.scripts.values()];
      expect(script).toMatchObject({
        matches: ['*://kaosheng.example-province.cn/*'],
        js: [CONTENT_SCRIPT_FILE],
        allFrames: true,
      });
      expect(fake.executed).toEqual([7]);
      expect(fake.store.enabledHosts).toEqual(['kaosheng.example-province.cn']);
      expect(await isHostEnabled('kaosheng.example-province.cn', fake.api)).toBe(true);
      // A second switch-on does not fail on the existing registration.
      expect(await enableHost('kaosheng.example-province.cn', undefined, fake.api)).toBe('enabled');
    },
  );

  it('a refused permission registers nothing', async () => {
    const fake = fakeApi(false);
    expect(await enableHost('other.example.cn', 3, fake.api)).toBe('denied');
    expect(fake.scripts.size).toBe(0);
    expect(fake.store.enabledHosts).toBeUndefined();
  });

  it('switching off unregisters and gives the permission back; sync drops hosts whose permission is gone', async () => {
    const fake = fakeApi(true);
    await enableHost('a.example.cn', undefined, fake.api);
    await enableHost('b.example.cn', undefined, fake.api);
    await disableHost('a.example.cn', fake.api);
    expect(fake.granted.has('*://a.example.cn/*')).toBe(false);
    expect([...fake.scripts.keys()]).toEqual(['exam-assist-host-b.example.cn']);
    expect(fake.store.enabledHosts).toEqual(['b.example.cn']);
    fake.granted.delete('*://b.example.cn/*'); // removed in Chrome's settings
    expect(await syncHosts(fake.api)).toEqual([]);
    expect(fake.scripts.size).toBe(0);
  });
});
