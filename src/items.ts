// Every item the extension keeps in `browser.storage.local`, declared once
// (WXT `storage.defineItem`): key, fallback, version. This module is the only
// code that names a storage key; zod stays out of it so the content script can
// use it (src/settings.ts validates with zod on top, in the extension pages).
// Profile data and snapshots are NOT here: they live in IndexedDB (src/storage/).
import { storage } from 'wxt/utils/storage';
import { DEFAULT_RULE_SET } from './rules/rule-sets';

/** The taught-mapping limits (src/settings.ts's schema and src/teach/store.ts's check read these). */
export const TAUGHT_LIMITS = {
  maxMappings: 500,
  maxPath: 2_000,
  maxSelector: 2_000,
  maxKey: 100,
} as const;

/** Raw values: a reader validates (settings.ts with zod; the content script by hand). */
export const ruleSetItem = storage.defineItem<string>('local:ruleSet', { fallback: DEFAULT_RULE_SET, version: 1 });
/** No fallback: "never chosen" (null) lets the browser's language decide (src/i18n/locale.ts). */
export const localeItem = storage.defineItem<string>('local:locale', { version: 1 });
export const photoPresetItem = storage.defineItem<string>('local:photoPreset', { fallback: 'ruleSet', version: 1 });
export const retentionItem = storage.defineItem<unknown>('local:retention', { fallback: { keepLast: 50 }, version: 1 });
export const enabledHostsItem = storage.defineItem<unknown>('local:enabledHosts', { fallback: [], version: 1 });
export const taughtItem = storage.defineItem<unknown>('local:taught', { fallback: [], version: 1 });

/** Every item by its setting key (src/settings.ts declares the schema of each). */
export const ITEMS = {
  ruleSet: ruleSetItem,
  locale: localeItem,
  photoPreset: photoPresetItem,
  retention: retentionItem,
  enabledHosts: enabledHostsItem,
  taught: taughtItem,
} as const;
