// Stored items (src/items.ts): one declaration per item with its version, and
// the migrations that bring an older stored value up to date, run once.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineItem, ITEMS, metaKey, platformTabsItem, ruleSetItem } from '../../src/items';

beforeEach(() => fakeBrowser.reset());

/** An item in its third format: a bare number, then { keepLast }, then { keepLast, keepNamed }. */
const calls: number[] = [];
const retentionV3 = () =>
  defineItem<{ keepLast: number; keepNamed: boolean }>('testRetention', {
    fallback: { keepLast: 50, keepNamed: true },
    version: 3,
    migrations: {
      2: (old) => (calls.push(2), { keepLast: Number(old) }),
      3: (old) => (calls.push(3), { ...(old as { keepLast: number }), keepNamed: true }),
    },
  });

describe('stored items', () => {
  it('reads the fallback when nothing is stored, and writes nothing for it', async () => {
    const item = retentionV3();
    expect(await item.getValue()).toEqual({ keepLast: 50, keepNamed: true });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('stores a value with its version', async () => {
    const item = retentionV3();
    await item.setValue({ keepLast: 7, keepNamed: false });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      testRetention: { keepLast: 7, keepNamed: false },
      [metaKey('testRetention')]: { v: 3 },
    });
    expect(await item.getValue()).toEqual({ keepLast: 7, keepNamed: false });
  });

  it('migrates a value written before versions existed (version 1) through every step, once', async () => {
    calls.length = 0;
    await fakeBrowser.storage.local.set({ testRetention: 12 });
    const item = retentionV3();
    expect(await item.getValue()).toEqual({ keepLast: 12, keepNamed: true });
    expect(calls).toEqual([2, 3]);
    // Written back with its version: the next read does not migrate again.
    expect(
      await fakeBrowser.storage.local.get(['testRetention', metaKey('testRetention')]),
    ).toEqual({
      testRetention: { keepLast: 12, keepNamed: true },
      [metaKey('testRetention')]: { v: 3 },
    });
    expect(await item.getValue()).toEqual({ keepLast: 12, keepNamed: true });
    expect(calls).toEqual([2, 3]);
  });

  it('runs only the steps above the stored version', async () => {
    calls.length = 0;
    await fakeBrowser.storage.local.set({
      testRetention: { keepLast: 9 },
      [metaKey('testRetention')]: { v: 2 },
    });
    await retentionV3().migrate();
    expect(calls).toEqual([3]);
    expect((await fakeBrowser.storage.local.get('testRetention')).testRetention).toEqual({
      keepLast: 9,
      keepNamed: true,
    });
  });

  it('reads a value of a newer build as it is (a downgrade; readers validate it)', async () => {
    calls.length = 0;
    await fakeBrowser.storage.local.set({
      testRetention: { keepLast: 3, keepNamed: false, more: 1 },
      [metaKey('testRetention')]: { v: 4 },
    });
    expect(await retentionV3().getValue()).toEqual({ keepLast: 3, keepNamed: false, more: 1 });
    expect(calls).toEqual([]);
  });

  it('refuses a declaration with a missing migration step', () => {
    expect(() =>
      defineItem('broken', { fallback: 0, version: 3, migrations: { 3: (v) => v } }),
    ).toThrow(/no migration to version 2/);
  });

  it('tells watchers the new value, and the fallback when the value is removed', async () => {
    const seen: unknown[] = [];
    const stop = ruleSetItem.watch((value) => seen.push(value));
    await ruleSetItem.setValue('notice-2022');
    await fakeBrowser.storage.local.remove('ruleSet');
    stop();
    await ruleSetItem.setValue('notice-2022');
    expect(seen).toEqual(['notice-2022', 'guide-2014']);
  });

  it('keeps the tab registry in session storage, not local', async () => {
    await platformTabsItem.setValue({ 7: { tabId: 7 } });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await platformTabsItem.getValue()).toEqual({ 7: { tabId: 7 } });
  });

  it('declares every setting with a version', () => {
    for (const item of Object.values(ITEMS)) expect(item.version).toBeGreaterThanOrEqual(1);
  });
});
