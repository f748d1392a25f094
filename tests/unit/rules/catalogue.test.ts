// Every rule id is implemented, described, tested both ways, and listed in docs/rules.md.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, allRules, fieldByKey } from '../../../src/rules';
import { RULE_TEXTS, ruleText } from '../../../src/rules/descriptions';
import { renderRulesDoc } from '../../../src/rules/doc';
import { CASES, run } from './cases';

const repo = (p: string) => fileURLToPath(new URL(`../../../${p}`, import.meta.url));
// The specification of the rules, in the repository (docs/spec/platform-rules.md).
const PLATFORM_RULES = readFileSync(repo('docs/spec/platform-rules.md'), 'utf8');
const documentedIds = [...new Set(PLATFORM_RULES.match(/\bR-[A-Z0-9]+(?:-[A-Z0-9]+)*/g) ?? [])];

describe('rule catalogue', () => {
  it('docs/spec/platform-rules.md names rules (sanity of the parser)', () => {
    expect(documentedIds.length).toBeGreaterThanOrEqual(40);
    expect(documentedIds).toContain('R-ID-CN');
  });

  it('implements every R-id of docs/spec/platform-rules.md', () => {
    const known = new Set(ALL_RULES.map((r) => r.id));
    expect(documentedIds.filter((id) => !known.has(id as `R-${string}`))).toEqual([]);
  });

  it('knows no rule that docs/spec/platform-rules.md does not name, and no id twice', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(ids.filter((id) => !documentedIds.includes(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('descriptions.ts describes exactly the implemented rules, in their order', () => {
    expect(Object.keys(RULE_TEXTS)).toEqual(ALL_RULES.map((r) => r.id));
  });

  it('index.ts installs every rule', () => {
    expect(allRules().map((r) => r.id)).toEqual(ALL_RULES.map((r) => r.id));
  });

  it.each(ALL_RULES.map((r) => [r.id, r] as const))(
    '%s has a title, a description citing its source, and catalogue fields',
    (id, rule) => {
      const { title, description } = ruleText(id);
      expect(title.zh).toMatch(/\p{Script=Han}/u);
      expect(title.en).toMatch(/[A-Za-z]/);
      expect(description.zh.length).toBeGreaterThan(15);
      expect(description.en.length).toBeGreaterThan(15);
      expect(`${description.zh} ${description.en}`).toMatch(
        /guide-2014|steps-guide|beijing-2025|repost-2021|notice|2022/,
      );
      expect(rule.fields.length).toBeGreaterThan(0);
      for (const key of [...rule.fields, ...(rule.dependsOn ?? [])])
        expect(fieldByKey(key), key).toBeDefined();
    },
  );

  it.each(ALL_RULES.map((r) => [r.id] as const))(
    '%s has a passing and a failing table case that hold',
    (id) => {
      const cases = CASES.filter((c) => c.rule === id);
      const passing = cases.filter((c) => c.expect === 'pass');
      const failing = cases.filter((c) => c.expect !== 'pass');
      expect(passing.length, 'passing cases').toBeGreaterThan(0);
      expect(failing.length, 'failing cases').toBeGreaterThan(0);
      for (const c of passing) expect(run(c)).toEqual([]);
      for (const c of failing) expect(run(c).length).toBeGreaterThan(0);
    },
  );
});

describe('docs/rules.md', () => {
  it('is up to date (run `npm run docs:rules`)', () => {
    const onDisk = readFileSync(repo('docs/rules.md'), 'utf8');
    expect(
      onDisk === renderRulesDoc(ALL_RULES),
      'docs/rules.md is stale: run `npm run docs:rules` and commit it',
    ).toBe(true);
  });

  it('lists every rule with its description', () => {
    const doc = readFileSync(repo('docs/rules.md'), 'utf8');
    for (const rule of ALL_RULES) {
      expect(doc).toContain(`### ${rule.id}`);
      expect(doc).toContain(ruleText(rule.id).description.zh);
    }
  });
});
