// Storage's public face: the snapshot store and the file import/export.
import { checkProfile, ruleSetById, type Finding } from '../rules';
import type { ProfileFile } from '../profile';
import { readImportText } from './file';
import type { SnapshotStore } from './snapshots';

export * from './snapshots';
export * from './file';

/**
 * Validates the whole file first, then writes it in one transaction: a bad
 * file (any ImportError) leaves the store exactly as it was.
 */
export async function importIntoStore(
  store: SnapshotStore,
  text: string,
  options: { passphrase?: string; includeHistory: boolean },
): Promise<number> {
  const file = await readImportText(text, options.passphrase);
  return store.importFile(file, { includeHistory: options.includeHistory });
}

/**
 * Import's first step: reads and validates the file (any ImportError names the
 * problem) and runs the rule set on its profile, so the candidate sees the
 * findings before anything is saved. Never writes.
 */
export async function checkImportText(
  text: string,
  options: { passphrase?: string; ruleSet?: string },
): Promise<{ file: ProfileFile; findings: Finding[] }> {
  const file = await readImportText(text, options.passphrase);
  const findings = checkProfile(file.profile, {
    ...(options.ruleSet ? { ruleSet: ruleSetById(options.ruleSet) } : {}),
  });
  return { file, findings };
}
