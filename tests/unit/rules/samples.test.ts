// docs/spec/platform-rules.md §3 "Sample values", read at test time:
// every Pass value gets no finding from its field's rules, every Fail value one.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkField, makeContext, RULE_SETS } from '../../../src/rules';

const md = readFileSync(
  fileURLToPath(new URL('../../../docs/spec/platform-rules.md', import.meta.url)),
  'utf8',
);
const section = md.slice(md.indexOf('## 3.'));
const passText = section.slice(section.indexOf('Pass:'), section.indexOf('Fail:'));
const failText = section.slice(section.indexOf('Fail:'));

interface Sample {
  value: string;
  field: 'idNumber' | 'diplomaNumber';
  idType?: string;
}

const PASS_LABELS: [RegExp, Omit<Sample, 'value'>][] = [
  [/居民身份证/, { field: 'idNumber', idType: '居民身份证' }],
  [/居住证/, { field: 'idNumber', idType: '港澳台居民居住证' }],
  [/台湾身份证/, { field: 'idNumber', idType: '台湾身份证' }],
  [/香港/, { field: 'idNumber', idType: '香港身份证' }],
  [/澳门/, { field: 'idNumber', idType: '澳门身份证' }],
  [/通行证/, { field: 'idNumber', idType: '港澳居民来往内地通行证' }],
  [/diploma/, { field: 'diplomaNumber' }],
];

function passSamples(): Sample[] {
  const out: Sample[] = [];
  // "居民身份证 `a`, `b`; 居住证 `c` …": a label, then its values, up to the next ';'.
  for (const segment of passText.replace(/^Pass:/, '').split(';')) {
    const label = PASS_LABELS.find(([re]) => re.test(segment.split('`')[0] ?? ''));
    const values = [...segment.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    if (!label) throw new Error(`unknown sample label in: ${segment}`);
    for (const value of values) out.push({ value, ...label[1] });
  }
  return out;
}

function failSamples(): Sample[] {
  return [...failText.matchAll(/`([^`]+)`\s*\(([^)]*)\)/g)].map((m) => {
    const why = m[2]!;
    if (/diploma/.test(why)) return { value: m[1]!, field: 'diplomaNumber' };
    if (/TW/.test(why)) return { value: m[1]!, field: 'idNumber', idType: '台湾身份证' };
    if (/HK/.test(why)) return { value: m[1]!, field: 'idNumber', idType: '香港身份证' };
    return { value: m[1]!, field: 'idNumber', idType: '居民身份证' };
  });
}

const TODAY = new Date('2026-03-01T12:00:00');
const findings = (s: Sample) =>
  checkField(
    s.field,
    s.value,
    makeContext(s.idType ? { idType: s.idType } : {}, {
      ruleSet: RULE_SETS['notice-2022'],
      today: TODAY,
    }),
  )
    // R-AGE is about the person, not the number (44011320141005001X was born in 2014).
    .filter((f) => f.ruleId !== 'R-AGE');

describe('docs/spec/platform-rules.md §3 sample values', () => {
  it('are found in the page', () => {
    expect(passSamples().length).toBeGreaterThanOrEqual(13);
    expect(failSamples().length).toBeGreaterThanOrEqual(7);
  });

  it.each(passSamples().map((s) => [s.value, s] as const))('Pass %s', (_v, s) => {
    expect(findings(s)).toEqual([]);
  });

  it.each(failSamples().map((s) => [s.value, s] as const))('Fail %s', (_v, s) => {
    const f = findings(s);
    expect(f.length).toBeGreaterThan(0);
    for (const x of f) expect(x.message.zh.length * x.message.en.length).toBeGreaterThan(0);
  });
});
