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

/**
 * A first guess of the JPEG quality (percent) for a byte cap, from the bits per
 * pixel the cap allows: Chromium's libjpeg-turbo (4:2:0) spends about
 * 1.5 bit/px on a detailed photo at 85–90 and about 3 at 95. The search then
 * corrects it with the sizes it sees.
 */
export function qualityGuess(maxBytes: number, pixels: number): number {
  const bpp = (maxBytes * 8) / Math.max(1, pixels);
  // Fitted on the bench's photos at 390×567: q ≈ 60 + 20·bpp, within 70–95.
  return Math.round(Math.min(95, Math.max(70, 60 + 20 * bpp)));
}

/**
 * libjpeg's quality as the log of its quantisation scale: tables are scaled by
 * (200 − 2q)/100 from 50 up, 50/q below (floored at 1/100: at 100 every step is 1).
 * log(size) is close to linear in it (Chromium's encoder on the bench's photos,
 * 390×567, q 40–100), where it bends steeply in q itself above 90.
 */
export function qualityScale(q: number): number {
  const s = q < 50 ? 50 / Math.max(1, q) : (200 - 2 * q) / 100;
  return -Math.log(Math.max(0.01, s));
}

/** The largest integer quality whose qualityScale is at most x. */
function qualityAt(x: number): number {
  const s = Math.exp(-x);
  if (s <= 0.01) return 100;
  let p = Math.floor((s <= 1 ? 100 - 50 * s : 50 / s) + 1e-9);
  // Rounding of the exp/log pair: never above x.
  while (p > 1 && qualityScale(p) > x + 1e-12) p--;
  return p;
}

/**
 * The largest integer quality in [minQuality, maxQuality] whose encoding fits,
 * found from a first guess by interpolating log(size) between the qualities
 * tried (size grows roughly exponentially with quality): usually 2–4 encodes
 * where a bisection of 0–100 needs 7. From the first encode alone the step is
 * taken with a typical slope over qualityScale (the bend above 90 included). Stops once q fits and q + 1 does not (or
 * q is the top); keeps the best fitting encoding it has seen, like searchQuality.
 */
export async function searchQualityFrom<T extends Encoded>(
  encode: (quality: number) => Promise<T>,
  maxBytes: number,
  first: number,
  options: { minQuality?: number; maxQuality?: number } = {},
): Promise<SearchResult<T>> {
  const minQ = options.minQuality ?? 30;
  const maxQ = options.maxQuality ?? 100;
  const seen = new Map<number, T>();
  let tries = 0;
  let fit: number | undefined; // largest fitting quality seen
  let over: number | undefined; // smallest quality seen over the cap
  const run = async (q: number) => {
    const out = await encode(q / 100);
    tries++;
    seen.set(q, out);
    if (out.size <= maxBytes) {
      if (fit === undefined || q > fit) fit = q;
    } else if (over === undefined || q < over) over = q;
    return out;
  };
  const logSize = (q: number) => Math.log(Math.max(1, seen.get(q)!.size));
  const done = () =>
    fit === maxQ || (fit !== undefined && over === fit + 1) || (fit === undefined && over === minQ);
  await run(Math.round(Math.min(maxQ, Math.max(minQ, first))));
  for (let guard = 0; guard < 12 && !done(); guard++) {
    // Predict the largest fitting quality: the secant of log(size) through the bracket's two
    // ends when the cap is bracketed, else through the two points nearest the cap, else (one
    // point) a typical slope over qualityScale: d ln size / d qualityScale ≈ 0.65 for
    // Chromium's encoder at 390×567 (bench photos: Kite at 95 in 3 encodes where a slope of
    // 0.04 per quality step took 7).
    const target = Math.log(maxBytes);
    const byCloseness = [...seen.keys()].sort(
      (x, y) => Math.abs(logSize(x) - target) - Math.abs(logSize(y) - target),
    );
    const [a, b] =
      fit !== undefined && over !== undefined ? [fit, over] : [byCloseness[0]!, byCloseness[1]];
    let p =
      b !== undefined && a !== b
        ? Math.floor(
            a + (target - logSize(a)) / Math.max(0.005, (logSize(b) - logSize(a)) / (b - a)),
          )
        : qualityAt(qualityScale(a) + (target - logSize(a)) / 0.65);
    p = Math.min((over ?? maxQ + 1) - 1, Math.max((fit ?? minQ - 1) + 1, p));
    if (p < minQ) p = minQ;
    if (p > maxQ) p = maxQ;
    // Try the prediction and its neighbour on the far side: a pair that settles it when right.
    if (!seen.has(p)) await run(p);
    if (done()) break;
    // From one point the slope is a guess: measure again before spending the neighbour.
    if (b === undefined) continue;
    const next = seen.get(p)!.size <= maxBytes ? p + 1 : p - 1;
    if (next >= minQ && next <= maxQ && !seen.has(next)) await run(next);
  }
  if (fit === undefined) return { tries };
  return { best: seen.get(fit), quality: fit, tries };
}
