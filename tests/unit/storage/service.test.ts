// The background's storage service: snapshot messages (validated before
// merging) and the registry of platform tabs and their frames.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IDBFactory } from 'fake-indexeddb';
import { handleStorageMessage } from '../../../src/storage/service';
import { resetSnapshotStore, snapshotStore } from '../../../src/storage/snapshots';
import { setSetting } from '../../../src/settings';

const sender = (tabId: number, frameId = 0) => ({ tab: { id: tabId } as never, frameId }) as never;

beforeEach(async () => {
  fakeBrowser.reset();
  await resetSnapshotStore();
  globalThis.indexedDB = new IDBFactory();
});

describe('storage service', () => {
  it('saves a snapshot from a page and refuses a malformed patch', async () => {
    const ok = await handleStorageMessage(
      {
        type: 'storage:snapshot',
        host: 'www.nmec.org.cn',
        reason: 'input',
        patch: { single: { basic: { name: '张三' } }, rows: {} },
      },
      sender(1),
    );
    expect(ok).toMatchObject({ ok: true, changed: true });
    const bad = await handleStorageMessage(
      {
        type: 'storage:snapshot',
        host: 'x',
        reason: 'input',
        patch: { single: { basic: { name: 42 } }, rows: {} },
      },
      sender(1),
    );
    expect(bad).toMatchObject({ ok: false });
    // A sensitive key in a hand-made patch is dropped by the merge, never stored.
    await handleStorageMessage(
      {
        type: 'storage:snapshot',
        host: 'www.nmec.org.cn',
        reason: 'input',
        patch: { single: { register: { password: 'P4ss', username: 'u' } }, rows: {} },
      },
      sender(1),
    );
    const profile = await (await snapshotStore()).currentProfile();
    expect(profile.basic).toEqual({ name: '张三' });
    expect(profile.register).toEqual({ username: 'u' });
    expect(JSON.stringify(profile)).not.toContain('P4ss');
  });

  it('applies the retention setting to automatic snapshots', async () => {
    await setSetting('retention', { keepLast: 2 });
    for (let i = 0; i < 5; i++) {
      await handleStorageMessage(
        {
          type: 'storage:snapshot',
          host: `host${i}.nmec.org.cn`,
          reason: 'input',
          patch: { single: { basic: { name: `n${i}` } }, rows: {} },
        },
        sender(1),
      );
    }
    expect((await (await snapshotStore()).list()).snapshots).toHaveLength(2);
  });

  it('records the frames of a tab in any order', async () => {
    await handleStorageMessage(
      { type: 'storage:hello', url: 'http://www.nmec.org.cn/a', title: 'A', fieldCount: 0 },
      sender(7, 3),
    );
    await Promise.all([
      handleStorageMessage(
        { type: 'storage:hello', url: 'http://www.nmec.org.cn/a', title: 'A', fieldCount: 5 },
        sender(7, 0),
      ),
      handleStorageMessage(
        { type: 'storage:hello', url: 'about:srcdoc', title: '', fieldCount: 2 },
        sender(7, 5),
      ),
    ]);
    expect(await handleStorageMessage({ type: 'storage:frames', tabId: 7 }, sender(99))).toEqual({
      frames: [0, 3, 5],
    });
    expect(await handleStorageMessage({ type: 'storage:frames', tabId: 8 }, sender(99))).toEqual({
      frames: [0],
    });
  });

  it('ignores messages that are not its own', () => {
    expect(handleStorageMessage({ type: 'page:status' }, sender(1))).toBeUndefined();
    expect(handleStorageMessage('hello', sender(1))).toBeUndefined();
  });
});
