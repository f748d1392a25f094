import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { SnapshotStore, DB_NAME, SESSION_MS } from '../../../src/storage/snapshots';
import { addToPatch, emptyPatch, type ProfilePatch } from '../../../src/profile';

function patchOf(
  values: Record<string, string>,
  rows: [string, number, string][] = [],
): ProfilePatch {
  const patch = emptyPatch();
  for (const [key, value] of Object.entries(values)) addToPatch(patch, key, value);
  for (const [key, row, value] of rows) addToPatch(patch, key, value, row);
  return patch;
}

let store: SnapshotStore;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  store = await SnapshotStore.open();
});
afterEach(() => {
  store.close();
  vi.restoreAllMocks();
});

describe('snapshots', () => {
  it('saves an automatic snapshot merged into the newest one by group and row', async () => {
    const later = 1000 + SESSION_MS + 1;
    await store.saveAuto(
      patchOf({ name: '张三', mobile: '13800138000' }, [['school', 0, '北京大学']]),
      { keepLast: 50, now: 1000 },
    );
    const second = await store.saveAuto(patchOf({ name: '张三' }, [['school', 1, '协和医学院']]), {
      keepLast: 50,
      now: later,
    });
    expect(second?.changed).toBe(true);
    const latest = await store.latest();
    expect(latest?.profile.basic).toEqual({ name: '张三' });
    expect(latest?.profile.contact).toEqual({ mobile: '13800138000' });
    expect(latest?.profile.education).toEqual([{ school: '北京大学' }, { school: '协和医学院' }]);
    expect((await store.list()).snapshots.map((s) => s.savedAt)).toEqual([later, 1000]);
  });

  it('one page load is one history entry, updated in place', async () => {
    await store.saveAuto(patchOf({ name: '张' }), {
      keepLast: 50,
      now: 10_000,
      host: 'www.nmec.org.cn',
      page: 'load-1',
    });
    await store.saveAuto(patchOf({ name: '张三' }), {
      keepLast: 50,
      now: 12_000,
      host: 'www.nmec.org.cn',
      page: 'load-1',
    });
    await store.saveAuto(patchOf({ mobile: '138' }), {
      keepLast: 50,
      now: 14_000,
      host: 'www.nmec.org.cn',
      page: 'load-1',
    });
    let { snapshots } = await store.list();
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]).toMatchObject({ savedAt: 14_000, valueCount: 2 });
    // A named snapshot, another page load, or a pause longer than the session starts a new entry.
    await store.rename(snapshots[0]!.id, '报名前');
    await store.saveAuto(patchOf({ mobile: '1380' }), {
      keepLast: 50,
      now: 15_000,
      host: 'www.nmec.org.cn',
      page: 'load-1',
    });
    await store.saveAuto(patchOf({ mobile: '13800' }), {
      keepLast: 50,
      now: 16_000,
      host: 'kaosheng.example.cn',
      page: 'load-2',
    });
    await store.saveAuto(patchOf({ mobile: '138001' }), {
      keepLast: 50,
      now: 16_000 + SESSION_MS,
      host: 'kaosheng.example.cn',
      page: 'load-2',
    });
    ({ snapshots } = await store.list());
    expect(snapshots.map((s) => s.savedAt)).toEqual([16_000 + SESSION_MS, 16_000, 15_000, 14_000]);
    expect((await store.get(snapshots[3]!.id))?.profile.contact).toEqual({ mobile: '138' });
  });

  it('a manual backup is its own entry even inside a session', async () => {
    await store.saveAuto(patchOf({ name: '张' }), { keepLast: 50, now: 1, host: 'h', page: 'p' });
    await store.saveManual(patchOf({ name: '张三' }), { keepLast: 50, now: 2, host: 'h' });
    await store.saveAuto(patchOf({ name: '张三丰' }), {
      keepLast: 50,
      now: 3,
      host: 'h',
      page: 'p',
    });
    const { snapshots } = await store.list();
    expect(snapshots.map((s) => s.source)).toEqual(['auto', 'manual', 'auto']);
  });

  // issue 12 fault 2: typing on a freshly loaded page rewrote the earlier snapshot in place.
  it('a new page load never rewrites an earlier snapshot, even within the session time', async () => {
    const host = 'www.nmec.org.cn';
    await store.saveAuto(patchOf({ name: '李文博' }), {
      keepLast: 50,
      now: 1_000,
      host,
      page: 'a',
    });
    // Browser restarted, page loaded again two minutes later: another page load.
    await store.saveAuto(patchOf({ name: '张三丰' }), {
      keepLast: 50,
      now: 121_000,
      host,
      page: 'b',
    });
    const { snapshots } = await store.list();
    expect(snapshots).toHaveLength(2);
    const names = await Promise.all(
      snapshots.map(async (meta) => (await store.get(meta.id))?.profile.basic.name),
    );
    expect(names).toEqual(['张三丰', '李文博']);
  });

  // issue 12 fault 7: naming right after an autosave renamed the automatic snapshot.
  it('naming in the popup makes a new manual snapshot; the automatic one stays as it was', async () => {
    const auto = await store.saveAuto(patchOf({ name: '张三' }), {
      keepLast: 50,
      now: 1_000,
      host: 'h',
      page: 'p',
    });
    const named = await store.saveManual(patchOf({ name: '张三' }), {
      keepLast: 50,
      now: 1_500,
      name: '2025 报名前',
    });
    expect(named.id).not.toBe(auto!.id);
    const { snapshots } = await store.list();
    expect(snapshots.map((s) => [s.source, s.name])).toEqual([
      ['manual', '2025 报名前'],
      ['auto', undefined],
    ]);
    // A later autosave of the same page load starts a new entry: the named one is never rewritten.
    await store.saveAuto(patchOf({ name: '张三丰' }), {
      keepLast: 50,
      now: 2_000,
      host: 'h',
      page: 'p',
    });
    expect((await store.list()).snapshots).toHaveLength(3);
    expect((await store.get(named.id))?.profile.basic.name).toBe('张三');
  });

  it('writes nothing new when the page shows what is already stored', async () => {
    const first = await store.saveAuto(patchOf({ name: '张三' }), { keepLast: 50, now: 1 });
    const again = await store.saveAuto(patchOf({ name: '张三' }), { keepLast: 50, now: 2 });
    expect(again).toEqual({ id: first!.id, changed: false });
    expect((await store.list()).snapshots).toHaveLength(1);
  });

  it('never stores a password, captcha or recovery answer', async () => {
    const patch = patchOf({
      name: '张三',
      password: 'Pa55word!',
      captcha: 'X7K9',
      recoveryAnswer: '我的小学',
    });
    await store.saveAuto(patch, { keepLast: 50 });
    const exported = JSON.stringify(await store.exportFile({ includeHistory: true }));
    expect(exported).toContain('张三');
    for (const secret of ['Pa55word!', 'X7K9', '我的小学']) expect(exported).not.toContain(secret);
  });

  it('prunes to the last N automatic snapshots and keeps every named one', async () => {
    for (let i = 1; i <= 8; i++) {
      const id = await store.saveProfile(
        { ...(await store.currentProfile()), basic: { name: `n${i}` } },
        { source: 'auto', now: i },
      );
      if (i === 2) await store.rename(id, '2025 报名前');
    }
    const deleted = await store.prune(3);
    expect(deleted).toHaveLength(4);
    const { snapshots } = await store.list();
    expect(snapshots.map((s) => s.savedAt)).toEqual([8, 7, 6, 2]);
    expect(snapshots.find((s) => s.savedAt === 2)?.name).toBe('2025 报名前');
  });

  it('pruning never deletes the newest good snapshot, even when newer records are corrupt', async () => {
    await store.saveProfile(
      { ...(await store.currentProfile()), basic: { name: 'good' } },
      { source: 'auto', now: 1 },
    );
    // Two newer records whose profiles are unreadable.
    const db = await openDB(DB_NAME);
    for (const [id, savedAt] of [
      [100, 5],
      [101, 6],
    ]) {
      await db.put('snapshots', { id, savedAt, source: 'auto', valueCount: 1, version: 1 });
      await db.put('profiles', { id, version: 1, profile: { basic: { password: 'x' } } });
    }
    db.close();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await store.prune(0);
    const latest = await store.latest();
    expect(latest?.profile.basic).toEqual({ name: 'good' });
  });

  it('ignores corrupt records with a warning instead of breaking the list', async () => {
    await store.saveProfile(
      { ...(await store.currentProfile()), basic: { name: 'ok' } },
      { source: 'manual', now: 10 },
    );
    const db = await openDB(DB_NAME);
    await db.put('snapshots', { id: 50, savedAt: 'yesterday', source: 'auto' });
    await db.put('snapshots', { id: 51, savedAt: 20, source: 'auto', valueCount: 1, version: 1 }); // no profile record
    db.close();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const list = await store.list();
    expect(list.skipped).toBe(1);
    expect(list.snapshots.map((s) => s.id)).toContain(51);
    expect(await store.get(51)).toBeUndefined();
    expect((await store.latest())?.profile.basic).toEqual({ name: 'ok' });
    expect(warn).toHaveBeenCalled();
  });

  it('migrates a version-0 record on read', async () => {
    const db = await openDB(DB_NAME);
    await db.put('snapshots', { id: 7, savedAt: 1, source: 'auto', valueCount: 2, version: 0 });
    await db.put('profiles', {
      id: 7,
      version: 0,
      profile: { name: '王五', 'education.0.school': '复旦大学', password: 'no' },
    });
    db.close();
    const snapshot = await store.get(7);
    expect(snapshot?.profile.basic).toEqual({ name: '王五' });
    expect(snapshot?.profile.education).toEqual([{ school: '复旦大学' }]);
  });

  it('repairs a database that exists without its stores', async () => {
    store.close();
    globalThis.indexedDB = new IDBFactory();
    const bare = await openDB(DB_NAME, 1); // created by hand, no stores
    bare.close();
    store = await SnapshotStore.open();
    await store.saveAuto(patchOf({ name: '赵六' }), { keepLast: 50 });
    expect((await store.currentProfile()).basic).toEqual({ name: '赵六' });
  });

  it('renames, un-names and deletes', async () => {
    const id = await store.saveProfile(
      { ...(await store.currentProfile()), basic: { name: 'a' } },
      { source: 'manual' },
    );
    expect(await store.rename(id, '  考前  ')).toBe(true);
    expect((await store.list()).snapshots[0]?.name).toBe('考前');
    await store.rename(id, '');
    expect((await store.list()).snapshots[0]?.name).toBeUndefined();
    await store.remove(id);
    expect((await store.list()).snapshots).toEqual([]);
    expect(await store.get(id)).toBeUndefined();
  });

  it('exports with history and imports it into a fresh store', async () => {
    await store.saveAuto(patchOf({ name: '张三' }), {
      keepLast: 50,
      now: Date.parse('2025-01-01T00:00:00Z'),
    });
    const id = (await store.saveAuto(patchOf({ mobile: '13800138000' }), {
      keepLast: 50,
      now: Date.parse('2025-01-02T00:00:00Z'),
    }))!.id;
    await store.rename(id, '报名前');
    const file = await store.exportFile({ includeHistory: true });
    expect(file.history).toHaveLength(2);
    store.close();
    globalThis.indexedDB = new IDBFactory();
    store = await SnapshotStore.open();
    await store.importFile(file, { includeHistory: true });
    const { snapshots } = await store.list();
    expect(snapshots).toHaveLength(3);
    expect(snapshots.filter((s) => s.name === '报名前')).toHaveLength(1);
    expect(await store.currentProfile()).toEqual(file.profile);
  });
});
