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

  it("on sizes measured from Chromium's encoder (390×567): the exact quality in at most 4 encodes", async () => {
    // Bench photos (tests/bench/photo.bench.ts), sizes in bytes for q = 40, 41, …, 100.
    const measured: Record<string, number[]> = {
      Kite: [
        5040, 5160, 5268, 5286, 5451, 5556, 5631, 5652, 5847, 5961, 5967, 5973, 6111, 6324, 6345,
        6426, 6519, 6762, 6903, 6975, 7050, 7284, 7350, 7506, 7608, 7899, 8034, 8133, 8361, 8643,
        8805, 9060, 9168, 9600, 9966, 9996, 10350, 10833, 11451, 11637, 12147, 12690, 13242, 14223,
        14895, 15459, 16668, 17334, 18849, 19620, 21828, 23385, 24615, 28125, 32079, 36741, 42432,
        49815, 60006, 82293, 157785,
      ],
      ColdRipple: [
        10791, 11028, 11184, 11316, 11532, 11667, 11922, 11997, 12162, 12453, 12480, 12501, 12825,
        13005, 13092, 13245, 13464, 13659, 13881, 14040, 14193, 14478, 14637, 14928, 15087, 15408,
        15627, 15843, 16275, 16518, 16905, 17208, 17469, 17877, 18507, 18573, 18897, 19653, 20178,
        20595, 21093, 21906, 22476, 23475, 24246, 24849, 26187, 26964, 28695, 29823, 31920, 33621,
        35574, 39243, 43467, 49092, 55392, 63354, 72285, 88593, 98625,
      ],
      Path: [
        24273, 25002, 25377, 25761, 26445, 26799, 27408, 27705, 28140, 28839, 28986, 29148, 29919,
        30453, 30858, 31317, 31899, 32538, 33237, 33687, 34236, 35013, 35526, 36405, 36984, 37923,
        38652, 39423, 40494, 41349, 42516, 43599, 44454, 45696, 47370, 47898, 49356, 51288, 52869,
        54180, 56154, 58350, 60267, 62877, 65007, 67428, 70791, 73590, 77694, 81087, 86214, 90792,
        95682, 102801, 111708, 121380, 134268, 148002, 164919, 191802, 323160,
      ],
      'phone-12mp-upright': [
        13656, 14052, 14280, 14460, 14883, 15069, 15414, 15492, 15810, 16227, 16251, 16326, 16785,
        17133, 17271, 17577, 17865, 18234, 18609, 18795, 19092, 19524, 19749, 20193, 20457, 20910,
        21234, 21582, 22191, 22614, 23235, 23820, 24183, 24861, 25734, 25923, 26649, 27657, 28593,
        29226, 30189, 31401, 32388, 33936, 35031, 36255, 38148, 39543, 42030, 43839, 47058, 49662,
        52320, 57303, 63252, 70323, 79476, 90405, 104478, 131169, 268776,
      ],
    };
    for (const [name, sizes] of Object.entries(measured)) {
      const log: number[] = [];
      const res = await searchQualityFrom(
        async (q) => {
          log.push(Math.round(q * 100));
          return { size: sizes[Math.round(q * 100) - 40]! };
        },
        40_000,
        qualityGuess(40_000, 390 * 567),
        { minQuality: 40, maxQuality: 100 },
      );
      const exact = 40 + sizes.findLastIndex((s) => s <= 40_000);
      expect([name, res.quality]).toEqual([name, exact]);
      expect([name, log.length]).toEqual([name, Math.min(log.length, 4)]);
    }
  });

  it('a guess from the cap: qualityGuess stays within 70–95', () => {
    expect(qualityGuess(40_000, 390 * 567)).toBeGreaterThanOrEqual(70);
    expect(qualityGuess(40_000, 390 * 567)).toBeLessThanOrEqual(95);
    expect(qualityGuess(40_000, 100)).toBe(95);
  });
});
