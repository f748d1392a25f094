// The taught mappings in the extension's storage (item `taught`, src/items.ts),
// never in the page's storage. zod stays out of the content
// bundle, so entries are checked by hand here against the same limits
// (TAUGHT_LIMITS) the options page's schema uses (src/settings.ts).
import type { TaughtMapping } from '../page/types';
import { TAUGHT_LIMITS, taughtItem } from '../items';

/** At most TAUGHT_LIMITS.maxMappings mappings; the oldest go first. */
const MAX_MAPPINGS = TAUGHT_LIMITS.maxMappings;

function isMapping(value: unknown): value is TaughtMapping {
  if (!value || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  return (
    typeof m.host === 'string' &&
    /^[a-z0-9.-]+$/i.test(m.host) &&
    typeof m.path === 'string' &&
    m.path.length <= TAUGHT_LIMITS.maxPath &&
    typeof m.selector === 'string' &&
    m.selector.length > 0 &&
    m.selector.length <= TAUGHT_LIMITS.maxSelector &&
    typeof m.key === 'string' &&
    m.key.length > 0 &&
    m.key.length <= TAUGHT_LIMITS.maxKey
  );
}

export function parseTaught(raw: unknown): TaughtMapping[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter(isMapping)
    .map(({ host, path, selector, key }) => ({ host, path, selector, key }));
}

export async function loadTaught(): Promise<TaughtMapping[]> {
  return parseTaught(await taughtItem.getValue());
}

/** Adds a mapping; a mapping for the same element (host, path, selector) is replaced. */
export function withMapping(
  list: readonly TaughtMapping[],
  mapping: TaughtMapping,
): TaughtMapping[] {
  const rest = list.filter(
    (m) => !(m.host === mapping.host && m.path === mapping.path && m.selector === mapping.selector),
  );
  return [...rest, mapping].slice(-MAX_MAPPINGS);
}

export function withoutMapping(
  list: readonly TaughtMapping[],
  mapping: TaughtMapping,
): TaughtMapping[] {
  return list.filter(
    (m) =>
      !(
        m.host === mapping.host &&
        m.path === mapping.path &&
        m.selector === mapping.selector &&
        m.key === mapping.key
      ),
  );
}

export async function saveMapping(mapping: TaughtMapping): Promise<TaughtMapping[]> {
  const next = withMapping(await loadTaught(), mapping);
  await taughtItem.setValue(next);
  return next;
}

export async function removeMapping(mapping: TaughtMapping): Promise<TaughtMapping[]> {
  const next = withoutMapping(await loadTaught(), mapping);
  await taughtItem.setValue(next);
  return next;
}

/** Calls `listener` when the stored mappings change (another frame, the options page). */
export function watchTaught(listener: (list: TaughtMapping[]) => void): () => void {
  return taughtItem.watch((value) => listener(parseTaught(value)));
}
