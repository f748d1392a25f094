// The only IndexedDB code of the extension (docs/contributing.md), used from the
// extension's own origin (background, popup, options page). Snapshots of the
// candidate's profile, with history.
//
// Two object stores, written together in one transaction so a snapshot is
// either fully there or not there at all (a page closed mid-save cannot leave
// half a record):
//   snapshots: small metadata records (listing 1,000 stays fast)
//   profiles:  the profile of each snapshot, keyed by the same id
// Every record is validated with zod when read; a record that does not parse
// is skipped with a warning, never allowed to break the list.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { z } from 'zod';
import {
  PROFILE_FILE_VERSION,
  countValues,
  emptyProfile,
  mergePatch,
  migrateProfile,
  patchIsEmpty,
  sameProfile,
  type HistoryEntry,
  type Profile,
  type ProfileFile,
  type ProfilePatch,
} from '../profile';

export const DB_NAME = 'exam-assist';
/** Automatic saves of one page load closer together than this update the same snapshot. */
export const SESSION_MS = 10 * 60_000;
const DB_VERSION = 1;

export const SNAPSHOT_SOURCES = ['auto', 'manual', 'edit', 'import'] as const;
export type SnapshotSource = (typeof SNAPSHOT_SOURCES)[number];

export const snapshotMetaSchema = z.object({
  id: z.number().int().positive(),
  /** ms since epoch */
  savedAt: z.number().finite(),
  /** Named snapshots ("2025 报名前") are kept whatever the retention. */
  name: z.string().min(1).max(100).optional(),
  source: z.enum(SNAPSHOT_SOURCES),
  /** The page's host for automatic snapshots. */
  host: z.string().max(253).optional(),
  /** The page load whose edits an automatic snapshot holds (src/messages/storage.ts). */
  page: z.string().max(64).optional(),
  valueCount: z.number().int().min(0),
  /** Profile version of the record in `profiles` (migrated on read). */
  version: z.number().int().min(0),
});
export type SnapshotMeta = z.infer<typeof snapshotMetaSchema>;

const profileRecordSchema = z.object({
  id: z.number().int().positive(),
  version: z.number().int().min(0),
  profile: z.unknown(),
});
type ProfileRecord = z.infer<typeof profileRecordSchema>;

export interface Snapshot extends SnapshotMeta {
  profile: Profile;
}

interface BackupDB extends DBSchema {
  snapshots: { key: number; value: SnapshotMeta; indexes: { savedAt: number } };
  profiles: { key: number; value: ProfileRecord };
}

type Db = IDBPDatabase<BackupDB>;

export interface SnapshotList {
  /** Newest first. */
  snapshots: SnapshotMeta[];
  /** Records that did not parse and were skipped. */
  skipped: number;
}

export interface SaveResult {
  id: number;
  /** False when the merged profile equals the newest snapshot: nothing new was written. */
  changed: boolean;
}

const warn = (...args: unknown[]) => console.warn('[exam-assist storage]', ...args);

function newestFirst(a: SnapshotMeta, b: SnapshotMeta): number {
  return b.savedAt - a.savedAt || b.id - a.id;
}

export type AutoSaveDecision =
  | { kind: 'unchanged'; id: number }
  | { kind: 'rewrite'; latest: Snapshot; profile: Profile }
  | { kind: 'append'; profile: Profile };

/**
 * What an automatic save does with the newest good snapshot (the store's rule,
 * kept pure so the history property test runs it without IndexedDB). History
 * is append-only: the saves of one page load update that page load's own
 * automatic snapshot while it is the newest and recent; anything else (another
 * page load, a manual backup, an import, an edit in between) appends.
 */
export function decideAutoSave(
  latest: Snapshot | undefined,
  patch: ProfilePatch,
  options: { host?: string; page?: string; now: number; sessionMs?: number },
): AutoSaveDecision {
  const merged = mergePatch(latest?.profile ?? emptyProfile(), patch);
  if (latest && sameProfile(latest.profile, merged)) return { kind: 'unchanged', id: latest.id };
  const sessionMs = options.sessionMs ?? SESSION_MS;
  if (
    options.page !== undefined &&
    latest &&
    latest.source === 'auto' &&
    !latest.name &&
    latest.page === options.page &&
    latest.host === options.host &&
    options.now >= latest.savedAt &&
    options.now - latest.savedAt < sessionMs
  )
    return { kind: 'rewrite', latest, profile: merged };
  return { kind: 'append', profile: merged };
}

/**
 * Retention: the ids to delete from `snapshots` (newest first) so the newest
 * `keepLast` unnamed ones remain, with every named one and the newest good one.
 */
export function doomedByRetention(
  snapshots: readonly SnapshotMeta[],
  newestGood: number | undefined,
  keepLast: number,
): number[] {
  return snapshots
    .filter((meta) => !meta.name)
    .slice(Math.max(0, keepLast))
    .filter((meta) => meta.id !== newestGood)
    .map((meta) => meta.id);
}

export class SnapshotStore {
  private constructor(private readonly db: Db) {}

  static async open(name = DB_NAME): Promise<SnapshotStore> {
    const upgrade = (database: IDBPDatabase<BackupDB>) => {
      if (!database.objectStoreNames.contains('snapshots')) {
        const snapshots = database.createObjectStore('snapshots', {
          keyPath: 'id',
          autoIncrement: true,
        });
        snapshots.createIndex('savedAt', 'savedAt');
      }
      if (!database.objectStoreNames.contains('profiles'))
        database.createObjectStore('profiles', { keyPath: 'id' });
    };
    // Open whatever version exists (never downgrade); a database someone created
    // without our stores (opened by hand, version 1, empty) is repaired by one
    // version step instead of failing every transaction.
    let db = await openDB<BackupDB>(name, undefined, { upgrade });
    if (
      db.version < DB_VERSION ||
      !db.objectStoreNames.contains('snapshots') ||
      !db.objectStoreNames.contains('profiles')
    ) {
      const next = Math.max(DB_VERSION, db.version + 1);
      db.close();
      db = await openDB<BackupDB>(name, next, { upgrade });
    }
    return new SnapshotStore(db);
  }

  close(): void {
    this.db.close();
  }

  /** Every readable snapshot, newest first; unreadable records are counted and skipped. */
  async list(): Promise<SnapshotList> {
    const raw = (await this.db.getAll('snapshots')) as unknown[];
    const snapshots: SnapshotMeta[] = [];
    let skipped = 0;
    for (const record of raw) {
      const parsed = snapshotMetaSchema.safeParse(record);
      if (parsed.success) snapshots.push(parsed.data);
      else {
        skipped++;
        warn(
          'skipping an unreadable snapshot record',
          (record as { id?: unknown })?.id,
          parsed.error.issues[0]?.message,
        );
      }
    }
    snapshots.sort(newestFirst);
    return { snapshots, skipped };
  }

  /** The snapshot with its profile, migrated to the current version; undefined when missing or unreadable. */
  async get(id: number): Promise<Snapshot | undefined> {
    const tx = this.db.transaction(['snapshots', 'profiles']);
    const [metaRaw, profileRaw] = await Promise.all([
      tx.objectStore('snapshots').get(id),
      tx.objectStore('profiles').get(id),
    ]);
    await tx.done;
    return this.readSnapshot(metaRaw, profileRaw);
  }

  private readSnapshot(metaRaw: unknown, profileRaw: unknown): Snapshot | undefined {
    if (metaRaw === undefined) return undefined;
    const meta = snapshotMetaSchema.safeParse(metaRaw);
    const record = profileRecordSchema.safeParse(profileRaw);
    if (!meta.success || !record.success) {
      warn('snapshot unreadable', (metaRaw as { id?: unknown })?.id);
      return undefined;
    }
    try {
      return { ...meta.data, profile: migrateProfile(record.data.profile, record.data.version) };
    } catch (error) {
      warn(
        'snapshot profile unreadable',
        meta.data.id,
        error instanceof Error ? error.message : error,
      );
      return undefined;
    }
  }

  /** The newest snapshot that reads back completely (the "newest good snapshot"). */
  async latest(): Promise<Snapshot | undefined> {
    const { snapshots } = await this.list();
    for (const meta of snapshots) {
      const snapshot = await this.get(meta.id);
      if (snapshot) return snapshot;
    }
    return undefined;
  }

  /** The current profile: the newest good snapshot's, or an empty one. */
  async currentProfile(): Promise<Profile> {
    return (await this.latest())?.profile ?? emptyProfile();
  }

  /**
   * Automatic snapshot: merges a page's values (the candidate's edits on that
   * page load, src/backup/collect.ts) into the newest good profile by group and
   * row, and writes a snapshot only when something changed. History is
   * append-only: the saves of one page load update that page load's own
   * snapshot while it is the newest; any other page load, a manual backup, an
   * import or an edit in between starts a new one, so no earlier snapshot's
   * values are ever replaced.
   */
  async saveAuto(
    patch: ProfilePatch,
    options: {
      host?: string;
      page?: string;
      keepLast: number;
      now?: number;
      sessionMs?: number;
    },
  ): Promise<SaveResult | undefined> {
    if (patchIsEmpty(patch)) return undefined;
    const now = options.now ?? Date.now();
    const decision = decideAutoSave(await this.latest(), patch, { ...options, now });
    if (decision.kind === 'unchanged') return { id: decision.id, changed: false };
    if (decision.kind === 'rewrite') {
      await this.rewrite(decision.latest, decision.profile, now);
      return { id: decision.latest.id, changed: true };
    }
    const id = await this.write(decision.profile, {
      source: 'auto',
      host: options.host,
      page: options.page,
      savedAt: now,
    });
    await this.prune(options.keepLast);
    return { id, changed: true };
  }

  /**
   * The candidate's "备份" (popup): a new snapshot, source "manual", named when
   * a name is given (even if nothing changed); never a rename of the automatic one.
   */
  async saveManual(
    patch: ProfilePatch,
    options: { name?: string; host?: string; keepLast: number; now?: number },
  ): Promise<SaveResult> {
    const latest = await this.latest();
    const merged = mergePatch(latest?.profile ?? emptyProfile(), patch);
    const name = options.name?.trim() || undefined;
    if (name !== undefined && name.length > 100)
      throw new RangeError('name longer than 100 characters');
    const changed = !latest || !sameProfile(latest.profile, merged);
    // Unnamed and nothing new: the newest snapshot already holds it.
    if (!changed && name === undefined && latest) return { id: latest.id, changed };
    const id = await this.write(merged, {
      source: 'manual',
      name,
      host: options.host,
      savedAt: options.now,
    });
    await this.prune(options.keepLast);
    return { id, changed };
  }

  private async rewrite(meta: SnapshotMeta, profile: Profile, savedAt: number): Promise<void> {
    const tx = this.db.transaction(['snapshots', 'profiles'], 'readwrite');
    const { profile: _old, ...plain } = meta as Snapshot;
    await tx
      .objectStore('snapshots')
      .put({ ...plain, savedAt, valueCount: countValues(profile), version: PROFILE_FILE_VERSION });
    await tx.objectStore('profiles').put({ id: meta.id, version: PROFILE_FILE_VERSION, profile });
    await tx.done;
  }

  /** Writes a whole profile as a new snapshot (options page edit, "备份" with a name, import). */
  async saveProfile(
    profile: Profile,
    options: {
      source: SnapshotSource;
      name?: string;
      host?: string;
      keepLast?: number;
      now?: number;
    },
  ): Promise<number> {
    const id = await this.write(profile, {
      source: options.source,
      name: options.name,
      host: options.host,
      savedAt: options.now,
    });
    if (options.keepLast !== undefined) await this.prune(options.keepLast);
    return id;
  }

  private async write(
    profile: Profile,
    meta: {
      source: SnapshotSource;
      name?: string;
      host?: string;
      page?: string;
      savedAt?: number;
    },
  ): Promise<number> {
    const tx = this.db.transaction(['snapshots', 'profiles'], 'readwrite');
    const record: Omit<SnapshotMeta, 'id'> = {
      savedAt: meta.savedAt ?? Date.now(),
      source: meta.source,
      valueCount: countValues(profile),
      version: PROFILE_FILE_VERSION,
      ...(meta.name ? { name: meta.name } : {}),
      ...(meta.host ? { host: meta.host } : {}),
      ...(meta.page ? { page: meta.page.slice(0, 64) } : {}),
    };
    const id = await tx.objectStore('snapshots').add(record as SnapshotMeta);
    await tx.objectStore('profiles').put({ id, version: PROFILE_FILE_VERSION, profile });
    await tx.done;
    return id;
  }

  /** Gives a snapshot a name (kept forever) or removes it (`undefined`: automatic again). */
  async rename(id: number, name: string | undefined): Promise<boolean> {
    const trimmed = name?.trim() || undefined;
    if (trimmed !== undefined && trimmed.length > 100)
      throw new RangeError('name longer than 100 characters');
    const tx = this.db.transaction('snapshots', 'readwrite');
    const parsed = snapshotMetaSchema.safeParse(await tx.store.get(id));
    if (!parsed.success) {
      await tx.done;
      return false;
    }
    const { name: _old, ...rest } = parsed.data;
    await tx.store.put(trimmed ? { ...rest, name: trimmed } : rest);
    await tx.done;
    return true;
  }

  /** Deletes one snapshot at the candidate's request. */
  async remove(id: number): Promise<void> {
    const tx = this.db.transaction(['snapshots', 'profiles'], 'readwrite');
    await Promise.all([
      tx.objectStore('snapshots').delete(id),
      tx.objectStore('profiles').delete(id),
    ]);
    await tx.done;
  }

  /**
   * Keeps the newest `keepLast` automatic snapshots and every named one. Never
   * deletes the newest good snapshot, even if it is automatic and keepLast were 0.
   * Returns the ids deleted.
   */
  async prune(keepLast: number): Promise<number[]> {
    const { snapshots } = await this.list();
    const doomed = doomedByRetention(snapshots, (await this.latest())?.id, keepLast);
    if (doomed.length === 0) return [];
    const tx = this.db.transaction(['snapshots', 'profiles'], 'readwrite');
    await Promise.all(
      doomed.flatMap((id) => [
        tx.objectStore('snapshots').delete(id),
        tx.objectStore('profiles').delete(id),
      ]),
    );
    await tx.done;
    return doomed;
  }

  /** The export file: the current profile, and optionally every readable snapshot as history. */
  async exportFile(options: {
    includeHistory: boolean;
    ruleSet?: string;
    now?: Date;
  }): Promise<ProfileFile> {
    const file: ProfileFile = {
      format: 'exam-assist/profile',
      version: PROFILE_FILE_VERSION,
      savedAt: (options.now ?? new Date()).toISOString(),
      ...(options.ruleSet ? { ruleSet: options.ruleSet } : {}),
      profile: await this.currentProfile(),
    };
    if (options.includeHistory) {
      const { snapshots } = await this.list();
      const history: HistoryEntry[] = [];
      for (const meta of [...snapshots].reverse()) {
        const snapshot = await this.get(meta.id);
        if (!snapshot) continue;
        history.push({
          savedAt: new Date(snapshot.savedAt).toISOString(),
          ...(snapshot.name ? { name: snapshot.name } : {}),
          profile: snapshot.profile,
        });
      }
      file.history = history;
    }
    return file;
  }

  /**
   * Writes an already validated file (src/storage/file.ts validates before
   * this): its history first (oldest first), then its profile as the newest
   * snapshot, all in one transaction, so a failure leaves the store as it was.
   */
  async importFile(
    file: ProfileFile,
    options: { includeHistory: boolean; now?: number },
  ): Promise<number> {
    const now = options.now ?? Date.now();
    const tx = this.db.transaction(['snapshots', 'profiles'], 'readwrite');
    const snapshots = tx.objectStore('snapshots');
    const profiles = tx.objectStore('profiles');
    const entries = options.includeHistory ? (file.history ?? []) : [];
    let lastId = 0;
    const put = async (profile: Profile, savedAt: number, name?: string) => {
      const id = await snapshots.add({
        savedAt,
        source: 'import',
        valueCount: countValues(profile),
        version: PROFILE_FILE_VERSION,
        ...(name ? { name } : {}),
      } as SnapshotMeta);
      await profiles.put({ id, version: PROFILE_FILE_VERSION, profile });
      lastId = id;
    };
    for (const entry of [...entries].sort(
      (a, b) => Date.parse(a.savedAt) - Date.parse(b.savedAt),
    )) {
      // History keeps its times but never outranks the imported profile as "newest".
      await put(entry.profile, Math.min(Date.parse(entry.savedAt), now - 1), entry.name);
    }
    await put(file.profile, now);
    await tx.done;
    return lastId;
  }
}

let shared: Promise<SnapshotStore> | undefined;

/** The one store of this context (background, popup or options page). */
export function snapshotStore(): Promise<SnapshotStore> {
  shared ??= SnapshotStore.open().catch((error) => {
    shared = undefined;
    throw error;
  });
  return shared;
}

/** Tests: close the cached connection so a fresh IDBFactory takes effect. */
export async function resetSnapshotStore(): Promise<void> {
  const current = shared;
  shared = undefined;
  if (current) (await current.catch(() => undefined))?.close();
}
