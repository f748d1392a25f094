// Every item the extension keeps in `browser.storage` (local, or session for
// the background's tab registry), declared once: key, fallback, version and
// the migrations that bring an older stored value up to that version. This
// module is the only code that touches `browser.storage.local` /
// `browser.storage.session`; zod stays out of it so the content script can use
// it (src/settings.ts validates with zod on top, in the extension pages). Our
// own small `defineItem` rather than WXT's: WXT's storage module carries help
// URLs in its error texts, and the store-ready build ships no remote address
// (tests/e2e/store.test.ts).
//
// Versions: an item's version is stored beside it under `<key>$meta` as
// `{ v: number }`. A value stored without one was written before versions
// existed, by a build whose format is version 1. Reading an older value runs
// the item's migrations in order (`migrations[n]` turns a version n-1 value
// into version n) and stores the result with its version, so each migration
// runs once. A value from a newer build (a downgrade) is read as it is; the
// readers validate it (src/settings.ts falls back to the default).
//
// Profile data and snapshots are NOT here: they live in IndexedDB (src/storage/).
import { browser } from 'wxt/browser';
import { DEFAULT_RULE_SET } from './rules/rule-sets';

/** The taught-mapping limits (src/settings.ts's schema and src/teach/store.ts's check read these). */
export const TAUGHT_LIMITS = {
  maxMappings: 500,
  maxPath: 2_000,
  maxSelector: 2_000,
  maxKey: 100,
} as const;

export type StorageArea = 'local' | 'session';

/** `migrations[n]`: a stored value of version n-1 → version n. */
export type Migrations = Readonly<Record<number, (old: unknown) => unknown>>;

export interface ItemOptions<T> {
  fallback: T;
  /** The format this build writes; 1 unless a migration was added. */
  version: number;
  /** One per version above 1 (`migrations[2]` turns a version 1 value into version 2). */
  migrations?: Migrations;
  area?: StorageArea;
}

export interface StorageItem<T> {
  readonly key: string;
  readonly version: number;
  /** The stored value (migrated to `version` first), or the fallback when nothing is stored. */
  getValue(): Promise<T>;
  /** Stores the value with this build's version. */
  setValue(value: T): Promise<void>;
  /** Brings a stored older value up to `version` now (the background does it on install/update). */
  migrate(): Promise<void>;
  /** Calls `listener` with the new value (the fallback when removed); returns the unsubscribe. */
  watch(listener: (value: T) => void): () => void;
}

/** The key the version of `key` is stored under. */
export const metaKey = (key: string): string => `${key}$meta`;

const storedVersion = (meta: unknown): number => {
  const v = (meta as { v?: unknown } | undefined)?.v;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
};

export function defineItem<T>(key: string, options: ItemOptions<T>): StorageItem<T> {
  const { fallback, version, migrations = {}, area = 'local' } = options;
  if (!Number.isInteger(version) || version < 1)
    throw new Error(`item "${key}": version must be an integer ≥ 1`);
  for (let n = 2; n <= version; n++)
    if (typeof migrations[n] !== 'function')
      throw new Error(`item "${key}": no migration to version ${n}`);
  const meta = metaKey(key);
  const storage = () => browser.storage[area];
  // null counts as nothing stored: no item stores null as a value of its own (a
  // removal reports `newValue: null` in some implementations).
  const orFallback = (value: unknown): T =>
    value === undefined || value === null ? structuredClone(fallback) : (value as T);

  /** One read of value and version; an older value is migrated and written back. */
  const read = async (): Promise<unknown> => {
    const stored = await storage().get([key, meta]);
    let value: unknown = stored[key];
    if (value === undefined || value === null) return undefined;
    const from = storedVersion(stored[meta]);
    if (from >= version) return value;
    for (let n = from + 1; n <= version; n++) value = migrations[n]!(value);
    await storage().set({ [key]: value, [meta]: { v: version } });
    return value;
  };

  return {
    key,
    version,
    getValue: async () => orFallback(await read()),
    setValue: (value) => storage().set({ [key]: value, [meta]: { v: version } }),
    migrate: async () => {
      await read();
    },
    watch(listener) {
      const onChanged = (changes: Record<string, { newValue?: unknown }>, changed: string) => {
        if (changed === area && key in changes) listener(orFallback(changes[key]?.newValue));
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}

// Raw values: a reader validates (settings.ts with zod; the content script by hand).
// Every item is at version 1: the format every build so far has written.
export const ruleSetItem = defineItem<string>('ruleSet', {
  fallback: DEFAULT_RULE_SET,
  version: 1,
});
/** No fallback: "never chosen" (null) lets the browser's language decide (src/i18n/locale.ts). */
export const localeItem = defineItem<string | null>('locale', { fallback: null, version: 1 });
export const photoPresetItem = defineItem<string>('photoPreset', {
  fallback: 'ruleSet',
  version: 1,
});
export const retentionItem = defineItem<unknown>('retention', {
  fallback: { keepLast: 50 },
  version: 1,
});
export const enabledHostsItem = defineItem<unknown>('enabledHosts', { fallback: [], version: 1 });
export const taughtItem = defineItem<unknown>('taught', { fallback: [], version: 1 });
/**
 * The background's registry of open platform tabs (src/storage/service.ts):
 * session storage, so it outlives a stopped service worker but not the browser.
 */
export const platformTabsItem = defineItem<unknown>('platformTabs', {
  fallback: {},
  version: 1,
  area: 'session',
});

/** Every item by its setting key (src/settings.ts declares the schema of each). */
export const ITEMS = {
  ruleSet: ruleSetItem,
  locale: localeItem,
  photoPreset: photoPresetItem,
  retention: retentionItem,
  enabledHosts: enabledHostsItem,
  taught: taughtItem,
} as const;
