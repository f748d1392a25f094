// Property tests: no rule throws or hangs on arbitrary strings.
// Rules are called directly (checkField would swallow a throw), on every field
// they apply to, in contexts that vary the cross-field values.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ALL_RULES,
  makeContext,
  RULE_SETS,
  type CheckContext,
  type Values,
} from '../../../src/rules';

let inputs = 0;
/** Generated inputs (one value + context drawn by fast-check, or one fixed long string). */
let generated = 0;

const fullWidth = fc.string({
  unit: fc.integer({ min: 0xff01, max: 0xff5e }).map((c) => String.fromCharCode(c)),
});
const control = fc.string({
  unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
});
const emoji = fc.string({
  unit: fc.constantFrom('😀', '👨‍👩‍👧', '🇨🇳', '\u200d', '\ufe0f', '\ud83d', '\udc00', '𠀀', '·', '．'),
});
const digitsish = fc.string({
  unit: fc.constantFrom(
    '0',
    '1',
    '2',
    '9',
    'X',
    'x',
    '-',
    ' ',
    '(',
    ')',
    '/',
    '年',
    '月',
    '.',
    '@',
    'H',
    'A',
  ),
});
const anyValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fullWidth,
  control,
  emoji,
  digitsish,
  fc.constantFrom(
    '',
    ' ',
    '请选择',
    'true',
    'false',
    '{"type":"image/jpeg","bytes":1e400}',
    '{"bytes":-1,"width":0,"height":0}',
    '{',
    'null',
    '[]',
  ),
);

const ctxValues = fc.record(
  {
    idType: fc.oneof(
      fc.constantFrom(...RULE_SETS['notice-2022'].idTypes, ...RULE_SETS['guide-2014'].idTypes),
      anyValue,
    ),
    idNumber: fc.oneof(
      fc.constantFrom('110102199101010078', '830000199201300022', 'A123456789', 'H3203117707'),
      anyValue,
    ),
    nationality: anyValue,
    onDutyStatus: fc.oneof(fc.constantFrom('在职', '试用期', '当年毕业研究生'), anyValue),
    examCategory: fc.oneof(fc.constantFrom('临床执业医师', '临床执业助理医师'), anyValue),
    militaryIdentity: anyValue,
    unitAffiliation: anyValue,
    password: anyValue,
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Values>;
const rowValues = fc.dictionary(
  fc.constantFrom(
    'educationLevel',
    'educationSelected',
    'diplomaNumber',
    'certificateType',
    'certificateNumber',
    'certificateIssueDate',
    'trainingType',
    'studyMode',
  ),
  anyValue,
) as fc.Arbitrary<Values>;

const contexts = fc.record({
  values: ctxValues,
  row: fc.option(rowValues, { nil: undefined }),
  // Rows as a page may hold them: with holes (rows not read yet).
  rows: fc.option(
    fc.record({
      education: fc.array(fc.option(rowValues, { nil: undefined }), {
        maxLength: 3,
      }) as fc.Arbitrary<Values[]>,
      certificates: fc.array(fc.option(rowValues, { nil: undefined }), {
        maxLength: 3,
      }) as fc.Arbitrary<Values[]>,
    }),
    { nil: undefined },
  ),
  ruleSet: fc.constantFrom('guide-2014', 'notice-2022'),
});

const TODAY = new Date('2026-03-01T12:00:00');

function makeCtx(c: {
  values: Values;
  row?: Values;
  rows?: CheckContext['rows'];
  ruleSet: 'guide-2014' | 'notice-2022';
}): CheckContext {
  return makeContext(
    c.values,
    { ruleSet: RULE_SETS[c.ruleSet], today: TODAY },
    { row: c.row, rows: c.rows },
  );
}

function checkAll(value: string, ctx: CheckContext) {
  for (const rule of ALL_RULES) {
    for (const field of rule.fields) {
      inputs++;
      const results = rule.check(value, field, ctx);
      expect(Array.isArray(results)).toBe(true);
      for (const r of results) {
        expect(r.severity === 'error' || r.severity === 'warning').toBe(true);
        expect(typeof r.message.zh).toBe('string');
        expect(typeof r.message.en).toBe('string');
        if (r.fix) expect(typeof r.fix.value).toBe('string');
      }
    }
  }
}

describe('no rule throws on arbitrary strings', () => {
  it('random values in random contexts', () => {
    fc.assert(
      fc.property(anyValue, contexts, (value, c) => {
        generated++;
        checkAll(value, makeCtx(c));
      }),
      { numRuns: 800, seed: 20260301 },
    );
  });

  it('random values as the cross-field values themselves (every field known)', () => {
    fc.assert(
      fc.property(anyValue, anyValue, (value, other) => {
        generated++;
        const values: Values = {};
        for (const rule of ALL_RULES)
          for (const key of [...rule.fields, ...(rule.dependsOn ?? [])]) values[key] = other;
        checkAll(
          value,
          makeContext(
            values,
            { today: TODAY },
            {
              row: values,
              rows: { education: [values], training: [values], certificates: [values] },
            },
          ),
        );
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe('each rule on its own fields', () => {
  // 2,250 generated inputs per rule: over 100,000 in total with the tests above.
  it.each(ALL_RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
    fc.assert(
      fc.property(anyValue, contexts, (value, c) => {
        generated++;
        const ctx = makeCtx(c);
        for (const field of rule.fields) {
          inputs++;
          const results = rule.check(value, field, ctx);
          expect(Array.isArray(results)).toBe(true);
        }
      }),
      { numRuns: 2_250, seed: rule.id.length * 7919 },
    );
  });
});

describe('no rule hangs (no catastrophic backtracking)', () => {
  const long = [
    '1'.repeat(10_000),
    '1'.repeat(9_999) + '!',
    'a@' + 'a.'.repeat(5_000),
    'a'.repeat(10_000) + '@',
    '2009年'.repeat(2_000),
    '１'.repeat(10_000),
    '\u0000'.repeat(10_000),
    '😀'.repeat(5_000),
    '张·'.repeat(5_000),
    'A1'.repeat(5_000) + '(3)',
    '{"type":"' + 'x'.repeat(9_990) + '"}',
    ' '.repeat(10_000) + 'x',
  ];
  it.each(long.map((s, i) => [i, s] as const))('10,000-character input #%i', (_i, value) => {
    generated++;
    const started = performance.now();
    for (const ruleSet of ['guide-2014', 'notice-2022'] as const)
      for (const idType of ['居民身份证', '香港身份证', '外籍护照', undefined])
        checkAll(
          value,
          makeCtx({
            values: idType ? { idType, idNumber: value } : { idNumber: value },
            row: { diplomaNumber: value, educationLevel: value },
            ruleSet,
          }),
        );
    // Backtracking would take minutes; the bound leaves room for a loaded CI machine
    // (a run beside other test processes took 6 s here).
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('random long strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 2_000, maxLength: 10_000 }), (value) => {
        generated++;
        checkAll(value, makeCtx({ values: { idType: '居民身份证' }, ruleSet: 'guide-2014' }));
      }),
      { numRuns: 30, seed: 3 },
    );
  });
});

afterAll(() => {
  console.log(
    `property tests: ${generated.toLocaleString('en')} generated inputs, ${inputs.toLocaleString('en')} rule checks`,
  );
});

describe('input count', () => {
  it('is at least 100,000 per run', () => {
    // Runs last in this file (vitest runs tests in order).
    expect(generated).toBeGreaterThanOrEqual(100_000);
  });
});
