// Every item the extension keeps in `browser.storage.local`, declared once:
// key and fallback. This module is the only code that touches
// `browser.storage.local`; zod stays out of it so the content script can use it
// (src/settings.ts validates with zod on top, in the extension pages). Our own
// small `defineItem` rather than WXT's: WXT's storage module carries help URLs
// in its error texts, and the store-ready build ships no remote address
// (tests/e2e/store.test.ts).
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

export interface StorageItem<T> {
  readonly key: string;
  /** The stored value, or the fallback when nothing is stored. */
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls `listener` with the new value (the fallback when removed); returns the unsubscribe. */
  watch(listener: (value: T) => void): () => void;
}

function defineItem<T>(key: string, fallback: T): StorageItem<T> {
  const orFallback = (value: unknown): T =>
    value === undefined ? structuredClone(fallback) : (value as T);
  return {
    key,
    getValue: async () => orFallback((await browser.storage.local.get(key))[key]),
    setValue: (value) => browser.storage.local.set({ [key]: value }),
    watch(listener) {
      const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) listener(orFallback(changes[key]?.newValue));
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}

/** Raw values: a reader validates (settings.ts with zod; the content script by hand). */
export const ruleSetItem = defineItem<string>('ruleSet', DEFAULT_RULE_SET);
/** No fallback: "never chosen" (null) lets the browser's language decide (src/i18n/locale.ts). */
export const localeItem = defineItem<string | null>('locale', null);
export const photoPresetItem = defineItem<string>('photoPreset', 'ruleSet');
export const retentionItem = defineItem<unknown>('retention', { keepLast: 50 });
export const enabledHostsItem = defineItem<unknown>('enabledHosts', []);
export const taughtItem = defineItem<unknown>('taught', []);

/** Every item by its setting key (src/settings.ts declares the schema of each). */
export const ITEMS = {
  ruleSet: ruleSetItem,
  locale: localeItem,
  photoPreset: photoPresetItem,
  retention: retentionItem,
  enabledHosts: enabledHostsItem,
  taught: taughtItem,
} as const;
