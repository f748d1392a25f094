// Every piece of UI text and every rule message exists in
// zh-CN and en. Three nets: the tables the UI imports, the findings the rules
// produce on a corpus of good and bad values, and every `{ zh, en }` literal in
// the source (so a table added later is covered without editing this test).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ALL_RULES,
  FIELDS,
  GROUPS,
  RULE_SETS,
  checkField,
  makeContext,
  type Finding,
  type LocalText,
} from '../../../src/rules';
import { ruleText } from '../../../src/rules/descriptions';
import { APPLICATION_STEPS, PROFILE_GROUPS } from '../../../src/practice/form';
import { PRACTICE_TEXT } from '../../../src/practice/text';
import { WELCOME_TEXT } from '../../../src/ui/welcome/text';
import { LOCALE_TOGGLE_TEXT } from '../../../src/i18n/LocaleToggle';
import { POPUP_LINKS_TEXT } from '../../../src/practice/PopupLinks';

function expectBoth(text: LocalText | undefined, where: string): void {
  expect(text, where).toBeDefined();
  expect(typeof text!.zh, `${where}.zh`).toBe('string');
  expect(typeof text!.en, `${where}.en`).toBe('string');
  expect(text!.zh.trim(), `${where}.zh is empty`).not.toBe('');
  expect(text!.en.trim(), `${where}.en is empty`).not.toBe('');
}

/** Walks any value and checks every `{ zh, en }` object in it. */
function walk(value: unknown, where: string, found: { n: number }): void {
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${where}[${i}]`, found));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('zh' in record || 'en' in record) {
      found.n++;
      expectBoth(record as unknown as LocalText, where);
    }
    for (const [key, inner] of Object.entries(record))
      if (key !== 'zh' && key !== 'en') walk(inner, `${where}.${key}`, found);
  }
}

describe('LocalText tables', () => {
  it.each([
    ['catalogue fields', FIELDS.map((f) => f.label)],
    ['catalogue groups', GROUPS],
    ['rule sets', Object.values(RULE_SETS)],
    ['practice page', PRACTICE_TEXT],
    ['practice groups', PROFILE_GROUPS],
    ['practice steps', APPLICATION_STEPS],
    ['welcome page', WELCOME_TEXT],
    ['language switch', LOCALE_TOGGLE_TEXT],
    ['popup links', POPUP_LINKS_TEXT],
  ])('%s: every text has Chinese and English', (name, table) => {
    const found = { n: 0 };
    walk(table, name, found);
    expect(found.n, `${name} has no texts at all`).toBeGreaterThan(0);
  });

  it('every rule has a title and description in both languages', () => {
    for (const rule of ALL_RULES) {
      // Kept out of the rule objects (and the content script) in src/rules/descriptions.ts.
      const { title, description } = ruleText(rule.id);
      expectBoth(title, `${rule.id}.title`);
      expectBoth(description, `${rule.id}.description`);
    }
  });
});

/** Values that make rules speak: the samples of docs/spec/platform-rules.md §3 and typical mistakes. */
const CORPUS = [
  '',
  ' ',
  '110102199101010078',
  '44011320141005001x',
  '360426199101010072',
  '360426199113010079',
  '610104620927690',
  'A123456788',
  'C5678908',
  '1075522008000001',
  '104765201605701784',
  '１２３',
  '2009.6',
  '2009年6月',
  '2099-01',
  '200906',
  'abc',
  'Ａ（－）',
  '王 洋',
  'wang yang',
  '0123',
  '执业助理医师(乡镇)',
  '当年毕业研究生',
  '外籍护照',
  '军事医学',
  '0',
  'x'.repeat(70),
];

describe('rule messages', () => {
  it('every finding the rules produce on the corpus has both languages, with its fix label', () => {
    const findings: Finding[] = [];
    const contexts = [
      makeContext({}, { today: new Date('2026-01-15') }),
      makeContext(
        { idType: '居民身份证', onDutyStatus: '在职', examCategory: '110 临床执业医师' },
        { today: new Date('2026-01-15') },
      ),
      makeContext(
        {
          idType: '外籍护照',
          nationality: '其它',
          ethnicity: '汉族',
          extraSubject: '军事医学',
          unitAffiliation: '军队',
        },
        { ruleSet: RULE_SETS['notice-2022'], today: new Date('2026-01-15') },
      ),
    ];
    for (const ctx of contexts) {
      for (const field of FIELDS) {
        for (const value of CORPUS) {
          const row = field.repeats
            ? { educationLevel: '中专', certificateType: value }
            : undefined;
          findings.push(
            ...checkField(field.key, value, { ...ctx, row }, field.repeats ? 0 : undefined),
          );
        }
      }
    }
    for (const finding of findings) {
      expectBoth(finding.message, `${finding.ruleId} on ${finding.field}`);
      if (finding.fix) expectBoth(finding.fix.label, `${finding.ruleId} fix on ${finding.field}`);
    }
    // Rules landed: the corpus must make at least some of them speak.
    if (ALL_RULES.length > 0) expect(findings.length).toBeGreaterThan(0);
  });
});

describe('source literals', () => {
  const roots = ['src', 'entrypoints'];
  const files: string[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) visit(file);
      else if (/\.(ts|tsx)$/.test(name)) files.push(file);
    }
  };
  roots.forEach(visit);

  it('every inline { zh: …, en: … } literal has both languages non-empty', () => {
    // Matches `zh: '…'` / "…" / `…` (no interpolation) followed by `en: …` in the same literal.
    const pair = /\bzh:\s*(['"`])((?:\\.|(?!\1).)*)\1\s*,\s*en:\s*(['"`])((?:\\.|(?!\3).)*)\3/gs;
    let checked = 0;
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(pair)) {
        checked++;
        expect(match[2]!.trim(), `${file}: empty zh near "${match[0].slice(0, 60)}"`).not.toBe('');
        expect(match[4]!.trim(), `${file}: empty en near "${match[0].slice(0, 60)}"`).not.toBe('');
      }
      // A `zh:` text with no English partner in the same object.
      const lone = /\{\s*zh:\s*(['"`])(?:\\.|(?!\1).)*\1\s*\}/gs;
      for (const match of source.matchAll(lone))
        expect.fail(`${file}: Chinese text without English: ${match[0].slice(0, 80)}`);
    }
    expect(checked).toBeGreaterThan(50);
  });
});
