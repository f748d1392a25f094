// Taught mappings in the extension's storage: added, replaced
// for the same element, removed, watched; malformed entries are dropped. Runs
// against WXT's fake browser (tests/unit/setup.ts).
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  loadTaught,
  parseTaught,
  removeMapping,
  saveMapping,
  watchTaught,
} from '../../../src/teach/store';
import { menuPatterns } from '../../../src/teach/menu';
import { SETTINGS } from '../../../src/settings';

const diploma = {
  host: 'www.nmec.org.cn',
  path: '/unknown/signup.html',
  selector: 'input[type="text" i][id="zz_19"]',
  key: 'diplomaNumber',
};
const onDuty = {
  host: 'www.nmec.org.cn',
  path: '/unknown/signup.html',
  selector: 'select[id="zz_11"]',
  key: 'onDutyStatus',
};

describe('taught mappings in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves, replaces a mapping of the same element, and removes', async () => {
    await saveMapping(diploma);
    await saveMapping(onDuty);
    expect(await loadTaught()).toEqual([diploma, onDuty]);
    // Taught again as something else: one mapping for that element, the new key.
    await saveMapping({ ...diploma, key: 'studyMode' });
    expect(await loadTaught()).toEqual([onDuty, { ...diploma, key: 'studyMode' }]);
    await removeMapping(onDuty);
    expect(await loadTaught()).toEqual([{ ...diploma, key: 'studyMode' }]);
    // What is stored fits the settings schema the options page reads (src/settings.ts).
    expect(
      SETTINGS.taught.schema.safeParse((await fakeBrowser.storage.local.get('taught')).taught)
        .success,
    ).toBe(true);
  });

  it('tells watchers about changes from elsewhere (another frame, the options page)', async () => {
    const seen: unknown[] = [];
    const stop = watchTaught((list) => seen.push(list));
    await fakeBrowser.storage.local.set({ taught: [onDuty] });
    stop();
    await fakeBrowser.storage.local.set({ taught: [] });
    expect(seen).toEqual([[onDuty]]);
  });

  it('drops malformed entries instead of trusting them', () => {
    expect(parseTaught('nope')).toEqual([]);
    expect(
      parseTaught([
        diploma,
        { host: 'bad host!', path: '/', selector: 'x', key: 'k' },
        { ...onDuty, selector: '' },
        null,
        { ...onDuty, extra: 1 },
      ]),
    ).toEqual([diploma, onDuty]);
  });
});

describe('the context-menu entry', () => {
  it('shows on the platform and on the hosts the candidate switched on, nowhere else', () => {
    expect(menuPatterns(undefined)).toEqual(['*://*.nmec.org.cn/*']);
    expect(menuPatterns(['kaosheng.example-province.cn', 'bad/host', 3])).toEqual([
      '*://*.nmec.org.cn/*',
      '*://kaosheng.example-province.cn/*',
    ]);
  });
});
