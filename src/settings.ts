// Every setting the extension keeps in `browser.storage.local`, with its zod
// schema and default; the stored items themselves are declared once in
// src/items.ts and read and written only through it (docs/contributing.md:
// one module owns each boundary). A stored value that
// does not parse (older build, hand-edited storage) reads as the default with a
// warning instead of breaking the page that reads it.
//
// Profile data and snapshots are NOT here: they live in IndexedDB (src/storage/).
import { z } from 'zod';
import { DEFAULT_RULE_SET, RULE_SET_IDS } from './rules/rule-sets';
import { ITEMS, TAUGHT_LIMITS } from './items';

/** Hostname as the candidate granted it (optional host permission, docs/spec/platform-rules.md §1). */
const hostname = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[a-z0-9.-]+$/i);

export const taughtMappingSchema = z.object({
  host: hostname,
  path: z.string().max(TAUGHT_LIMITS.maxPath),
  selector: z.string().min(1).max(TAUGHT_LIMITS.maxSelector),
  key: z.string().min(1).max(TAUGHT_LIMITS.maxKey),
});
export type TaughtMappingSetting = z.infer<typeof taughtMappingSchema>;

export const retentionSchema = z.object({
  /** Automatic snapshots kept (newest first); named snapshots are always kept. */
  keepLast: z.number().int().min(1).max(1_000),
});
export type Retention = z.infer<typeof retentionSchema>;

export const SETTINGS = {
  /** The active rule set (docs/spec/platform-rules.md: rules differ by year). */
  ruleSet: { schema: z.enum(RULE_SET_IDS), default: DEFAULT_RULE_SET },
  /** UI language: Chinese first (docs/contributing.md "Text"). */
  locale: { schema: z.enum(['zh', 'en']), default: 'zh' as 'zh' | 'en' },
  /**
   * Photo preset id (owned by the photo engineer, src/images/). `ruleSet` means
   * "use the active rule set's photo limits" (R-PHOTO).
   */
  photoPreset: { schema: z.string().min(1).max(64), default: 'ruleSet' },
  /** Snapshot history retention (the last 50 by default). */
  retention: { schema: retentionSchema, default: { keepLast: 50 } as Retention },
  /** Other registration hosts the candidate switched the extension on for (docs/spec/platform-rules.md §1). */
  enabledHosts: { schema: z.array(hostname).max(100), default: [] as string[] },
  /** Fields the candidate taught by hand. */
  taught: {
    schema: z.array(taughtMappingSchema).max(TAUGHT_LIMITS.maxMappings),
    default: [] as TaughtMappingSetting[],
  },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]['schema']>;
export type Settings = { [K in SettingKey]: SettingValue<K> };

export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

/** Parses a raw stored value; anything that does not fit reads as the default. */
export function parseSetting<K extends SettingKey>(key: K, raw: unknown): SettingValue<K> {
  const def = SETTINGS[key];
  if (raw === undefined) return structuredClone(def.default) as SettingValue<K>;
  const parsed = def.schema.safeParse(raw);
  if (parsed.success) return parsed.data as SettingValue<K>;
  console.warn(`[exam-assist] setting "${key}" is invalid; using the default`, parsed.error.issues);
  return structuredClone(def.default) as SettingValue<K>;
}

export async function getSetting<K extends SettingKey>(key: K): Promise<SettingValue<K>> {
  return parseSetting(key, (await ITEMS[key].getValue()) ?? undefined);
}

export async function getSettings(): Promise<Settings> {
  const values = await Promise.all(SETTING_KEYS.map((key) => ITEMS[key].getValue()));
  return Object.fromEntries(
    SETTING_KEYS.map((key, i) => [key, parseSetting(key, values[i] ?? undefined)]),
  ) as Settings;
}

/** Validates before writing: an invalid value throws and nothing is stored. */
export async function setSetting<K extends SettingKey>(
  key: K,
  value: SettingValue<K>,
): Promise<void> {
  const parsed = SETTINGS[key].schema.parse(value);
  await (ITEMS[key] as { setValue(value: unknown): Promise<void> }).setValue(parsed);
}

/** Calls `listener` with the parsed new value whenever the setting changes; returns the unsubscribe. */
export function watchSetting<K extends SettingKey>(
  key: K,
  listener: (value: SettingValue<K>) => void,
): () => void {
  return (ITEMS[key] as { watch(cb: (value: unknown) => void): () => void }).watch((value) =>
    listener(parseSetting(key, value ?? undefined)),
  );
}
