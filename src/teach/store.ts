// The taught mappings in the extension's storage (settings key `taught`,
// src/settings.ts), never in the page's storage (issue 7 item 1). The content
// script reads and writes through the same key; zod stays out of the content
// bundle, so entries are checked by hand here and by the schema in the options page.
import { browser } from 'wxt/browser';
import type { TaughtMapping } from '../page/types';

export const TAUGHT_KEY = 'taught';
/** settings.ts allows at most 500 mappings; the oldest go first. */
const MAX_MAPPINGS = 500;

function isMapping(value: unknown): value is TaughtMapping {
  if (!value || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  return (
    typeof m.host === 'string' && /^[a-z0-9.-]+$/i.test(m.host) &&
    typeof m.path === 'string' && m.path.length <= 2000 &&
    typeof m.selector === 'string' && m.selector.length > 0 && m.selector.length <= 2000 &&
    typeof m.key === 'string' && m.key.length > 0 && m.key.length <= 100
  );
}

export function parseTaught(raw: unknown): TaughtMapping[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isMapping).map(({ host, path, selector, key }) => ({ host, path, selector, key }));
}

export async function loadTaught(): Promise<TaughtMapping[]> {
  const stored = await browser.storage.local.get(TAUGHT_KEY);
  return parseTaught(stored[TAUGHT_KEY]);
}

/** Adds a mapping; a mapping for the same element (host, path, selector) is replaced. */
export function withMapping(list: readonly TaughtMapping[], mapping: TaughtMapping): TaughtMapping[] {
  const rest = list.filter((m) => !(m.host === mapping.host && m.path === mapping.path && m.selector === mapping.selector));
  return [...rest, mapping].slice(-MAX_MAPPINGS);
}

export function withoutMapping(list: readonly TaughtMapping[], mapping: TaughtMapping): TaughtMapping[] {
  return list.filter((m) => !(m.host === mapping.host && m.path === mapping.path && m.selector === mapping.selector && m.key === mapping.key));
}

export async function saveMapping(mapping: TaughtMapping): Promise<TaughtMapping[]> {
  const next = withMapping(await loadTaught(), mapping);
  await browser.storage.local.set({ [TAUGHT_KEY]: next });
  return next;
}

export async function removeMapping(mapping: TaughtMapping): Promise<TaughtMapping[]> {
  const next = withoutMapping(await loadTaught(), mapping);
  await browser.storage.local.set({ [TAUGHT_KEY]: next });
  return next;
}

/** Calls `listener` when the stored mappings change (another frame, the options page). */
export function watchTaught(listener: (list: TaughtMapping[]) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && TAUGHT_KEY in changes) listener(parseTaught(changes[TAUGHT_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
