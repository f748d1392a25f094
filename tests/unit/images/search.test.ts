import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { qualityGuess, searchQuality, searchQualityFrom } from '../../../src/images/search';

/** A fake encoder: size grows with quality like a JPEG's (steeply near the top). */
const encoder =
  (scale: number, log: number[] = []) =>
  async (q: number) => {
    log.push(Math.round(q * 100));
    return { size: Math.round(scale * (8_000 + 60_000 * q ** 3)), q };
  };

describe('searchQuality: the largest quality that fits the byte limit', () => {
  it('finds the exact largest fitting integer quality', async () => {
    const res = await searchQuality(encoder(1), 40_000);
    // 8000 + 60000 q^3 <= 40000  <=>  q <= 0.811
    expect(res.quality).toBe(81);
    expect(res.best!.size).toBeLessThanOrEqual(40_000);
    const next = await encoder(1)(0.82);
    expect(next.size).toBeGreaterThan(40_000);
    expect(res.tries).toBeLessThanOrEqual(9);
  });

  it('returns the top quality at once when it fits', async () => {
    const log: number[] = [];
    const res = await searchQuality(encoder(0.1, log), 40_000);
    expect(res.quality).toBe(95);
    expect(log).toEqual([95]);
  });

  it('reports no result when even the lowest quality is over the limit', async () => {
    const res = await searchQuality(encoder(10), 40_000, { minQuality: 30 });
    expect(res.best).toBeUndefined();
    expect(res.quality).toBeUndefined();
  });

  it('a good guess saves encodes', async () => {
    const without: number[] = [];
    const withGuess: number[] = [];
    await searchQuality(encoder(1, without), 40_000);
    await searchQuality(encoder(1, withGuess), 40_000, { guess: 0.81 });
    expect(withGuess.length).toBeLessThanOrEqual(without.length);
  });

  it('never returns an encoding over the limit, even when size is not monotonic in quality', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 10_000, max: 80_000 }),
        fc.array(fc.integer({ min: -3000, max: 3000 }), { minLength: 101, maxLength: 101 }),
        async (limit, noise) => {
          const res = await searchQuality(
            async (q) => ({
              size: Math.round(8_000 + 60_000 * q ** 3) + noise[Math.round(q * 100)]!,
            }),
            limit,
          );
          if (res.best) expect(res.best.size).toBeLessThanOrEqual(limit);
          else expect(8_000 + 60_000 * 0.3 ** 3 + noise[30]!).toBeGreaterThan(limit);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('searchQualityFrom: from a first guess, the same quality in fewer encodes', () => {
  it(
    'finds the exact largest fitting quality of a bisection, in at most 4 encodes from a fair guess, 5 from a ' +
      'poor one',
    async () => {
      for (const scale of [0.6, 0.8, 1, 1.3]) {
        for (const guess of [75, 85, 92]) {
          const log: number[] = [];
          const res = await searchQualityFrom(encoder(scale, log), 40_000, guess);
          const exact = await searchQuality(encoder(scale), 40_000, { maxQuality: 100 });
          expect(res.quality).toBe(exact.quality);
          expect(res.best!.size).toBeLessThanOrEqual(40_000);
          // A guess within 10 of the answer: at most 4 encodes; a poor one: at most 5 (a bisection of 0–100: 7).
          expect(log.length).toBeLessThanOrEqual(Math.abs(guess - exact.quality!) <= 10 ? 4 : 5);
        }
      }
    },
  );

  it('stops at the top quality when it fits, and reports none when the floor is over', async () => {
    expect((await searchQualityFrom(encoder(0.1), 40_000, 90)).quality).toBe(100);
    const none = await searchQualityFrom(encoder(10), 40_000, 80, { minQuality: 30 });
    expect(none.best).toBeUndefined();
  });

  it('a guess from the cap: qualityGuess stays within 70–95', () => {
    expect(qualityGuess(40_000, 390 * 567)).toBeGreaterThanOrEqual(70);
    expect(qualityGuess(40_000, 390 * 567)).toBeLessThanOrEqual(95);
    expect(qualityGuess(40_000, 100)).toBe(95);
  });
});
