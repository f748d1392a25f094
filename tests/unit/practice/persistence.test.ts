// The practice form's profile goes into the same snapshot history as the
// platform's pages: a typing session is one entry, emptied fields and removed
// rows really disappear, and secrets never get in.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetSnapshotStore, snapshotStore } from '../../../src/storage/snapshots';
import {
  practicePatch,
  practicePersistence,
  PRACTICE_HOST,
} from '../../../src/practice/persistence';
import { emptyState, stateToProfile, type PracticeState } from '../../../src/practice/state';

function stateWith(
  values: Record<string, string>,
  education: Record<string, string>[] = [{}],
): PracticeState {
  const state = emptyState();
  state.values = { ...state.values, ...values };
  state.rows.education = education;
  return state;
}

beforeEach(async () => {
  fakeBrowser.reset();
  await resetSnapshotStore();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => resetSnapshotStore());

describe('practice persistence', () => {
  it('the patch carries every field of the form, emptied ones as ""', () => {
    const patch = practicePatch(
      stateToProfile(stateWith({ name: '王洋' }, [{ school: '北京大学' }])),
    );
    expect(patch.single.basic?.name).toBe('王洋');
    expect(patch.single.basic?.idNumber).toBe('');
    expect(patch.rows.education?.[0]?.values.school).toBe('北京大学');
    expect(patch.rows.education?.[0]?.values.diplomaNumber).toBe('');
    expect(JSON.stringify(patch)).not.toMatch(/password|captcha|recoveryAnswer/);
  });

  it('saves, loads, and keeps one typing session as one history entry', async () => {
    await expect(practicePersistence.load()).resolves.toBeUndefined();
    await practicePersistence.save(stateToProfile(stateWith({ name: '王' })));
    await practicePersistence.save(
      stateToProfile(stateWith({ name: '王洋', mobile: '13800138000' })),
    );
    const store = await snapshotStore();
    const { snapshots } = await store.list();
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]!.host).toBe(PRACTICE_HOST);
    const loaded = await practicePersistence.load();
    expect(loaded?.basic.name).toBe('王洋');
    expect(loaded?.contact.mobile).toBe('13800138000');
  });

  it('an emptied field is cleared, a removed row is gone', async () => {
    await practicePersistence.save(
      stateToProfile(
        stateWith({ name: '王洋', mobile: '13800138000' }, [{ school: 'A' }, { school: 'B' }]),
      ),
    );
    await practicePersistence.save(
      stateToProfile(stateWith({ name: '王洋', mobile: '' }, [{ school: 'A' }, { school: 'B' }])),
    );
    expect((await practicePersistence.load())?.contact.mobile).toBeUndefined();
    await practicePersistence.save(stateToProfile(stateWith({ name: '王洋' }, [{ school: 'B' }])));
    const loaded = await practicePersistence.load();
    expect(loaded?.education).toEqual([{ school: 'B' }]);
    // Removing a row is its own history entry: the version with both rows can still be restored.
    const { snapshots } = await (await snapshotStore()).list();
    expect(snapshots.length).toBe(2);
  });
});
