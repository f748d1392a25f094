// A bounded cache for the pure text matchers: a page repeats the same few
// dozen label texts over every row (tests/bench/content.bench.ts shows the
// matchers high in the start-up profile), and the answer for a text never
// changes. Dropped whole when full, so a page of unique texts cannot grow it.
export function memoText<T>(fn: (text: string) => T, limit = 4096): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    if (cache.size >= limit) cache.clear();
    const value = fn(text);
    cache.set(text, value);
    return value;
  };
}
