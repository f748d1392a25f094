// Where the practice form's profile is kept: the backup engineer's snapshot
// store (src/storage), the same history the platform's pages are backed up
// into, so the options page shows it and the popup restores it into the real
// form. The practice page is an extension page of the same
// origin as the store; it never touches IndexedDB itself.
import { addToPatch, emptyPatch, ROW_GROUPS, type Profile, type ProfilePatch } from '../profile';
import { fieldByKey } from '../rules';
import { snapshotStore } from '../storage/snapshots';
import { getSetting } from '../settings';
import { allPracticeKeys } from './form';
import type { PracticePersistence } from './PracticeApp';

/** Marks the practice page's entries in the history (the options page lists the host). */
export const PRACTICE_HOST = 'practice';

/**
 * The practice form shows every field of the profile, so its patch carries each
 * of them, empty ones included (an emptied field clears the stored value).
 */
export function practicePatch(profile: Profile): ProfilePatch {
  const patch = emptyPatch();
  for (const key of allPracticeKeys()) {
    const def = fieldByKey(key);
    if (!def || def.repeats) continue;
    const group = profile[def.group as keyof Profile] as
      Record<string, string | undefined> | undefined;
    addToPatch(patch, key, group?.[key] ?? '');
  }
  for (const group of ROW_GROUPS) {
    profile[group].forEach((row: Record<string, string | undefined>, index: number) => {
      for (const key of allPracticeKeys()) {
        if (fieldByKey(key)?.group === group) addToPatch(patch, key, row[key] ?? '', index);
      }
    });
  }
  // The checklist at the end of the form shows the ticks: they travel whole.
  if (profile.materials) patch.materials = profile.materials;
  return patch;
}

/** This practice page load: its saves update its own snapshot (src/storage/snapshots.ts saveAuto). */
const PRACTICE_PAGE = `practice-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export const practicePersistence: PracticePersistence = {
  async load() {
    const store = await snapshotStore();
    return (await store.latest())?.profile;
  },
  async save(profile: Profile) {
    const store = await snapshotStore();
    const { keepLast } = await getSetting('retention');
    const latest = await store.latest();
    const removedRows =
      latest !== undefined &&
      ROW_GROUPS.some((group) => latest.profile[group].length > profile[group].length);
    if (removedRows) {
      // A merge keeps rows the page does not show; here the candidate removed one: store the whole profile.
      await store.saveProfile(profile, { source: 'edit', host: PRACTICE_HOST, keepLast });
      return;
    }
    // Typing on the practice form is one editing session, one history entry (like the platform's pages),
    // so practising never pushes the platform's own snapshots out of the history.
    await store.saveAuto(practicePatch(profile), {
      host: PRACTICE_HOST,
      page: PRACTICE_PAGE,
      keepLast,
    });
  },
};
