// The byte-cap search: the largest JPEG quality whose output
// fits the limit. Pure over an `encode(quality)` function so it runs in Node.
// Encoded size grows with quality almost always, but not strictly (libjpeg's
// quantisation tables round), so the search keeps the best fitting result it
// has actually seen rather than trusting monotonicity.

export interface Encoded {
  size: number;
}

export interface SearchOptions {
  /** Qualities are integers in percent: Chromium's encoder has 101 distinct ones. */
  minQuality?: number;
  maxQuality?: number;
  /** A first guess (e.g. from the previous size step) narrows the search. */
  guess?: number;
}

export interface SearchResult<T extends Encoded> {
  /** The best fitting encoding, or undefined when even minQuality is over the limit. */
  best?: T;
  quality?: number;
  /** Number of encodes run (the bench reports it). */
  tries: number;
}

export async function searchQuality<T extends Encoded>(
  encode: (quality: number) => Promise<T>,
  maxBytes: number,
  options: SearchOptions = {},
): Promise<SearchResult<T>> {
  const minQ = options.minQuality ?? 30;
  const maxQ = options.maxQuality ?? 95;
  let lo = minQ; // candidate range [lo, hi], hi set below the top quality once it failed
  let hi: number;
  let best: T | undefined;
  let bestQ: number | undefined;
  let tries = 0;
  const cache = new Map<number, T>();
  const run = async (q: number) => {
    let out = cache.get(q);
    if (!out) {
      out = await encode(q / 100);
      cache.set(q, out);
      tries++;
    }
    if (out.size <= maxBytes && (bestQ === undefined || q > bestQ)) {
      best = out;
      bestQ = q;
    }
    return out.size <= maxBytes;
  };
  // The top quality first: small or flat images often fit outright.
  if (await run(maxQ)) return { best, quality: bestQ, tries };
  hi = maxQ - 1;
  if (options.guess !== undefined) {
    const g = Math.round(Math.min(hi, Math.max(lo, options.guess * 100)));
    if (await run(g)) lo = g + 1;
    else hi = g - 1;
  }
  while (lo <= hi) {
    const mid = Math.floor((lo + hi + 1) / 2);
    if (await run(mid)) lo = mid + 1;
    else hi = mid - 1;
  }
  if (bestQ === undefined) await run(minQ);
  return { best, quality: bestQ, tries };
}
