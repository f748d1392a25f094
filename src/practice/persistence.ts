// Where the practice form's profile is kept: the backup engineer's snapshot
// store (src/storage), the same history the platform's pages are backed up
// into, so the options page shows it and the popup restores it into the real
// form (issue 6 item 1). The practice page is an extension page of the same
// origin as the store; it never touches IndexedDB itself.
import { sameProfile, type Profile } from '../profile';
import { snapshotStore } from '../storage/snapshots';
import { getSetting } from '../settings';
import type { PracticePersistence } from './PracticeApp';

export const practicePersistence: PracticePersistence = {
  async load() {
    const store = await snapshotStore();
    return (await store.latest())?.profile;
  },
  async save(profile: Profile) {
    const store = await snapshotStore();
    const latest = await store.latest();
    // Typing pauses often end on the same profile (e.g. a value typed and undone): no new history entry then.
    if (latest && sameProfile(latest.profile, profile)) return;
    const { keepLast } = await getSetting('retention');
    await store.saveProfile(profile, { source: 'edit', host: 'practice', keepLast });
  },
};
