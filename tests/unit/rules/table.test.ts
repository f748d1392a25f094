// Table-driven cases for every rule id (tests/unit/rules/cases.ts).
import { describe, expect, it } from 'vitest';
import { CASES, run, type Case } from './cases';

const label = (c: Case) =>
  `${c.field}=${JSON.stringify(c.value.length > 40 ? c.value.slice(0, 40) + '…' : c.value)}` +
  `${c.values ? ' ' + JSON.stringify(c.values) : ''}` +
  `${c.ruleSet ? ' [' + c.ruleSet + ']' : ''} → ${c.expect}`;

const byRule = new Map<string, Case[]>();
for (const c of CASES) byRule.set(c.rule, [...(byRule.get(c.rule) ?? []), c]);

for (const [rule, cases] of byRule) {
  describe(rule, () => {
    it.each(cases.map((c) => [label(c), c] as const))('%s', (_name, c) => {
      const findings = run(c);
      if (c.expect === 'pass') {
        expect(findings, JSON.stringify(findings.map((f) => f.message.zh))).toEqual([]);
        return;
      }
      const hit = findings.find(
        (f) => f.severity === c.expect && (!c.says || f.message.zh.includes(c.says)),
      );
      expect(
        hit,
        `expected a ${c.expect}${c.says ? ` saying "${c.says}"` : ''}, got ` +
          `${JSON.stringify(findings.map((f) => [f.severity, f.message.zh]))}`,
      ).toBeDefined();
      // Chinese first, English too (docs/contributing.md "Text").
      expect(hit!.message.zh.length).toBeGreaterThan(0);
      expect(hit!.message.en).toMatch(/[A-Za-z]/);
      if (c.fix !== undefined) expect(hit!.fix?.value).toBe(c.fix);
      if (c.fix !== undefined) {
        // A fix is safe: applying it leaves no finding of the same rule.
        const after = run({ ...c, value: hit!.fix!.value });
        expect(after.filter((f) => f.fix)).toEqual([]);
      }
    });
  });
}
