// `npm run bench` (rules): 100,000 generated 身份证 numbers, valid and invalid
// mixed (seeded), checked by this project and by two popular validators on the
// same inputs in the same run: checks per second, ratios, and every kind of
// disagreement with its cause. Prints figures, asserts nothing.
import { createRequire } from 'node:module';
import { checkField, makeContext } from '../../src/rules';
import { analyzeCnId, cnIdCheckChar, isProvincePrefix } from '../../src/rules/id-numbers';
import { isRealDate } from '../../src/rules/util';

const require = createRequire(import.meta.url);
// id-validator is CommonJS without types.
const IDValidator = require('id-validator') as new (gb2260?: Record<string, string>) => {
  isValid(id: string, type?: number): boolean;
};
const GB2260 = require('id-validator/src/GB2260.js') as Record<string, string>;
// validator.js's per-function module (CommonJS, `exports.default`): no @types needed.
const isIdentityCard = (
  require('validator/lib/isIdentityCard.js') as {
    default: (str: string, locale: string) => boolean;
  }
).default;

const N = 100_000;
const TODAY = new Date();

/** mulberry32: a small seeded PRNG so every run checks the same inputs. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, len: number) => String(n).padStart(len, '0');

type Kind =
  | 'valid (county in GB2260)'
  | 'valid (county newer than GB2260 / abolished elsewhere)'
  | 'wrong check character'
  | 'impossible date'
  | 'future birth date'
  | 'birth year before 1900'
  | '15-digit old number'
  | '居住证 810000/820000/830000'
  | 'lower-case x'
  | 'unknown province'
  | 'garbage';

function generate(seed: number): { id: string; kind: Kind }[] {
  const r = rng(seed);
  const int = (min: number, max: number) => min + Math.floor(r() * (max - min + 1));
  const counties = Object.keys(GB2260).filter(
    (k) => !k.endsWith('00') && isProvincePrefix(k.slice(0, 2)),
  );
  const provinces = [
    '11',
    '12',
    '13',
    '14',
    '15',
    '21',
    '22',
    '23',
    '31',
    '32',
    '33',
    '34',
    '35',
    '36',
    '37',
    '41',
    '42',
    '43',
    '44',
    '45',
    '46',
    '50',
    '51',
    '52',
    '53',
    '54',
    '61',
    '62',
    '63',
    '64',
    '65',
  ];
  const date = (y0: number, y1: number) => {
    const y = int(y0, y1);
    const m = int(1, 12);
    const d = int(1, 28);
    return `${y}${pad(m, 2)}${pad(d, 2)}`;
  };
  const seq = () => pad(int(0, 999), 3);
  const full = (first17: string) => first17 + cnIdCheckChar(first17);
  const out: { id: string; kind: Kind }[] = [];
  for (let i = 0; i < N; i++) {
    const p = r();
    const county = counties[int(0, counties.length - 1)]!;
    if (p < 0.4)
      out.push({ id: full(county + date(1951, 2007) + seq()), kind: 'valid (county in GB2260)' });
    else if (p < 0.48) {
      let code: string;
      do code = provinces[int(0, provinces.length - 1)]! + pad(int(1, 20), 2) + pad(int(1, 40), 2);
      while (code in GB2260);
      out.push({
        id: full(code + date(1951, 2007) + seq()),
        kind: 'valid (county newer than GB2260 / abolished elsewhere)',
      });
    } else if (p < 0.6) {
      const first17 = county + date(1951, 2007) + seq();
      const right = cnIdCheckChar(first17);
      const wrong = '0123456789X'.replace(right, '')[int(0, 9)]!;
      out.push({ id: first17 + wrong, kind: 'wrong check character' });
    } else if (p < 0.68) {
      const y = int(1951, 2007);
      const bad = [
        `${y % 4 === 0 ? y + 1 : y}0229`,
        `${y}0230`,
        `${y}0231`,
        `${y}1301`,
        `${y}0015`,
        `${y}0132`,
        `${y}0431`,
        `${y}1100`,
      ][int(0, 7)]!;
      out.push({ id: full(county + bad + seq()), kind: 'impossible date' });
    } else if (p < 0.73)
      out.push({
        id: full(county + date(TODAY.getFullYear() + 1, TODAY.getFullYear() + 30) + seq()),
        kind: 'future birth date',
      });
    else if (p < 0.76)
      out.push({ id: full(county + date(1800, 1899) + seq()), kind: 'birth year before 1900' });
    else if (p < 0.81)
      out.push({ id: county + date(1930, 1999).slice(2) + seq(), kind: '15-digit old number' });
    else if (p < 0.86)
      out.push({
        id: full(['810000', '820000', '830000'][int(0, 2)]! + date(1951, 2007) + seq()),
        kind: '居住证 810000/820000/830000',
      });
    else if (p < 0.89) {
      // Search a sequence number whose check character is X.
      const base = county + date(1951, 2007);
      let first17 = base + seq();
      for (let k = 0; k < 200 && cnIdCheckChar(first17) !== 'X'; k++) first17 = base + seq();
      out.push(
        cnIdCheckChar(first17) === 'X'
          ? { id: first17 + 'x', kind: 'lower-case x' }
          : { id: full(first17), kind: 'valid (county in GB2260)' },
      );
    } else if (p < 0.94) {
      const prefix = [
        '00',
        '10',
        '20',
        '30',
        '39',
        '60',
        '66',
        '70',
        '72',
        '80',
        '84',
        '90',
        '91',
        '99',
      ][int(0, 13)]!;
      out.push({
        id: full(prefix + pad(int(0, 9999), 4) + date(1951, 2007) + seq()),
        kind: 'unknown province',
      });
    } else {
      const len = [10, 14, 16, 17, 19, 20][int(0, 5)]!;
      let s = '';
      for (let k = 0; k < len; k++) s += r() < 0.05 ? 'ABX -'[int(0, 4)] : String(int(0, 9));
      out.push({ id: s, kind: 'garbage' });
    }
  }
  return out;
}

/** Why two checkers disagree on one number (features of the input, not its generated kind). */
function cause(id: string): string {
  if (/^\d{15}$/.test(id))
    return '15-digit old number: the platform refuses it (guide-2014); they accept it';
  if (!/^\d{17}[\dXx]$/.test(id)) return 'not 18 characters of the ID alphabet';
  if (id.endsWith('x'))
    return 'lower-case x: we report it as a fixable error (→ X); they accept it';
  const pre = id.slice(0, 2);
  if (id.startsWith('830000') || id.startsWith('810000') || id.startsWith('820000'))
    return `居住证 prefix ${id.slice(0, 6)}: valid (R-ID-PERMIT); missing from their province/county tables`;
  if (pre === '91')
    return "province code 91: validator.js lists it as '国外' (abroad); no 身份证 has it";
  if (!isProvincePrefix(pre))
    return (
      'province code does not exist (00, 10, 20, 30, 39, 60, 66, 70, 72, 80, 84, 90, 99 …): id-validator ' +
      'without GB2260 checks no address at all'
    );
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  if (!isRealDate(y, m, d))
    return 'impossible birth date (Feb 29–31, 4-31, month 13, day 0 …): id-validator only checks month ≤ 12, day ≤ 31';
  if (
    y * 10000 + m * 100 + d >
    TODAY.getFullYear() * 10000 + (TODAY.getMonth() + 1) * 100 + TODAY.getDate()
  )
    return 'birth date in the future: id-validator does not check it';
  if (y < 1900)
    return 'birth year before 1900: we refuse it (no living candidate); they accept any year';
  if (!(id.slice(0, 6) in GB2260))
    return 'county code not in the GB2260 table (newer or abolished code): a county list refuses real IDs';
  return 'other';
}

function time(fn: (id: string) => boolean, ids: string[]): { rate: number; verdicts: boolean[] } {
  let best = Infinity;
  let verdicts: boolean[] = [];
  for (let pass = 0; pass < 3; pass++) {
    const v = new Array<boolean>(ids.length);
    const t0 = performance.now();
    for (let i = 0; i < ids.length; i++) v[i] = fn(ids[i]!);
    const ms = performance.now() - t0;
    if (ms < best) best = ms;
    verdicts = v;
  }
  return { rate: ids.length / (best / 1000), verdicts };
}

export default async function (): Promise<void> {
  const inputs = generate(20260301);
  const ids = inputs.map((x) => x.id);
  const ctx = makeContext({ idType: '居民身份证' }, { today: TODAY });

  const checkers: { name: string; fn: () => (id: string) => boolean }[] = [
    {
      name: 'exam-assist analyzeCnId (R-ID-CN core)',
      fn: () => (id) => analyzeCnId(id, TODAY).problems.length === 0,
    },
    {
      name: 'exam-assist checkField(idNumber), all rules',
      fn: () => (id) =>
        !checkField('idNumber', id, ctx).some(
          (f) => f.severity === 'error' && f.ruleId.startsWith('R-ID-'),
        ),
    },
    {
      name: "validator.js isIdentityCard(x, 'zh-CN')",
      fn: () => (id) => isIdentityCard(id, 'zh-CN'),
    },
    {
      name: 'id-validator new IDValidator().isValid(x, 18)',
      fn: () => {
        const v = new IDValidator();
        return (id) => v.isValid(id, 18);
      },
    },
    {
      name: 'id-validator with its GB2260 county list',
      fn: () => {
        const v = new IDValidator(GB2260);
        return (id) => v.isValid(id, 18);
      },
    },
  ];

  const results = checkers.map((c) => {
    // A fresh instance per pass (id-validator caches answers per id).
    let best = Infinity;
    let verdicts: boolean[] = [];
    for (let pass = 0; pass < 3; pass++) {
      const fn = c.fn();
      const r = time(fn, ids);
      const ms = ids.length / r.rate;
      if (ms < best) best = ms;
      verdicts = r.verdicts;
    }
    return { name: c.name, rate: ids.length / best, verdicts };
  });

  const ours = results[0]!;
  const kinds = new Map<string, number>();
  for (const x of inputs) kinds.set(x.kind, (kinds.get(x.kind) ?? 0) + 1);
  console.log(
    `${N.toLocaleString('en')} generated 身份证 numbers (seed 20260301), today = ${TODAY.toISOString().slice(0, 10)}:`,
  );
  for (const [kind, n] of kinds) console.log(`  ${String(n).padStart(6)}  ${kind}`);
  console.log('');
  const rows = results.map((r) => ({
    checker: r.name,
    'checks/s': Math.round(r.rate).toLocaleString('en'),
    // Speed of this project's core check relative to each checker (> 1: ours faster).
    'ours ÷ this':
      r === ours
        ? '1.00×'
        : r.name.startsWith('exam-assist')
          ? 'same project (every rule of the field)'
          : `${(ours.rate / r.rate).toFixed(2)}× (ours ${ours.rate >= r.rate ? 'faster' : 'slower'})`,
    accepted: r.verdicts.filter(Boolean).length.toLocaleString('en'),
    'disagree with ours':
      r === ours
        ? '—'
        : r.verdicts.filter((v, i) => v !== ours.verdicts[i]).length.toLocaleString('en'),
  }));
  console.table(rows);

  for (const r of results.slice(1)) {
    const byCause = new Map<string, { n: number; weAccept: number; example: string }>();
    r.verdicts.forEach((v, i) => {
      if (v === ours.verdicts[i]) return;
      const c = cause(ids[i]!);
      const e = byCause.get(c) ?? { n: 0, weAccept: 0, example: ids[i]! };
      e.n++;
      if (ours.verdicts[i]) e.weAccept++;
      byCause.set(c, e);
    });
    console.log(`\nDisagreements: ours vs ${r.name}`);
    if (byCause.size === 0) console.log('  none');
    for (const [c, e] of [...byCause].sort((a, b) => b[1].n - a[1].n))
      console.log(
        `  ${String(e.n).padStart(6)}  (we ` +
          `${e.weAccept === e.n ? 'accept' : e.weAccept === 0 ? 'refuse' : `accept ${e.weAccept}`},` +
          ` e.g. ${e.example})  ${c}`,
      );
  }

  // The county-list question: real numbers whose county code is not in a (dated) table.
  const outside = inputs
    .map((x, i) => (x.kind === 'valid (county newer than GB2260 / abolished elsewhere)' ? i : -1))
    .filter((i) => i >= 0);
  console.log(
    `\nCounty codes outside id-validator's GB2260 table (${outside.length.toLocaleString('en')} numbers, ` +
      `province and check character right):`,
  );
  for (const r of results) {
    const refused = outside.filter((i) => !r.verdicts[i]).length;
    console.log(`  ${r.name}: refuses ${refused.toLocaleString('en')}`);
  }
}
