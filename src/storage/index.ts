// Storage's public face: the snapshot store and the file import/export.
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
