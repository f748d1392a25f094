// The rule engine: which rules apply to which field, and how a value is checked
// in the context of the other values known so far. The page (content script),
// the extension pages, the CLI and the tests all check through these functions.
import {
  fieldsOfGroup,
  ROW_GROUPS,
  SINGLE_GROUPS,
  type RowGroupId,
  type SingleGroupId,
} from './catalogue';
import { DEFAULT_RULE_SET, RULE_SETS, type RuleSet } from './rule-sets';
import type { Finding, RuleId, RuleResult } from './types';

/** Values by field key; a missing key means "not known here" (not on this page). */
export type Values = Partial<Record<string, string>>;

/**
 * What the engine reads of a whole profile: values by group, rows for the
 * repeated groups. src/profile/schema.ts's `Profile` fits it; declared here so
 * the rules never import the profile (src/profile is built from the catalogue).
 */
export type GroupedValues = Record<SingleGroupId, Values> & Record<RowGroupId, Values[]>;

export interface CheckContext {
  /** Values of the non-repeated fields known so far (the whole page or profile). */
  values: Values;
  /** For a field of a repeated row: the values of that same row. */
  row?: Values;
  /** All rows of the repeated groups when known (cross-row rules such as R-EDU-SELECTED). */
  rows?: Partial<Record<'education' | 'training' | 'certificates', Values[]>>;
  /**
   * True when `values`/`rows` are the whole profile (checkProfile): an empty row
   * list then means "none" rather than "not on this page".
   */
  complete?: boolean;
  ruleSet: RuleSet;
  /** "Now", injected so tests are stable. */
  today: Date;
}

export interface Rule {
  /**
   * Title and description (for docs/rules.md and extension pages) live in ./descriptions.ts,
   * out of the content script.
   */
  id: RuleId;
  /** Field keys the rule reports on. */
  fields: readonly string[];
  /** Other fields whose change should re-check `fields` (cross-field rules). */
  dependsOn?: readonly string[];
  /** Called for each field in `fields`; `value` is that field's current text. */
  check(value: string, field: string, ctx: CheckContext): RuleResult[];
}

export interface CheckOptions {
  ruleSet?: RuleSet;
  today?: Date;
}

let registry: Rule[] = [];

/** Installs the rule list (src/rules/index.ts does this once). */
export function registerRules(rules: Rule[]): void {
  registry = rules;
}

export function allRules(): readonly Rule[] {
  return registry;
}

export function rulesForField(key: string): Rule[] {
  return registry.filter((rule) => rule.fields.includes(key));
}

/** Fields whose findings may change when `key` changes (itself included). */
export function dependentFields(key: string): string[] {
  const out = new Set<string>([key]);
  for (const rule of registry) {
    if (rule.dependsOn?.includes(key) || rule.fields.includes(key)) {
      for (const field of rule.fields) out.add(field);
    }
  }
  return [...out];
}

export function makeContext(
  values: Values,
  options: CheckOptions = {},
  extra: Partial<CheckContext> = {},
): CheckContext {
  return {
    values,
    ruleSet: options.ruleSet ?? RULE_SETS[DEFAULT_RULE_SET],
    today: options.today ?? new Date(),
    ...extra,
  };
}

/** Checks one field's value. Never throws: a rule that fails is skipped. */
export function checkField(
  key: string,
  value: string,
  ctx: CheckContext,
  rowIndex?: number,
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rulesForField(key)) {
    let results: RuleResult[];
    try {
      results = rule.check(value, key, ctx);
    } catch {
      continue;
    }
    for (const result of results) {
      findings.push({
        ...result,
        ruleId: result.ruleId ?? rule.id,
        field: key,
        ...(rowIndex === undefined ? {} : { row: rowIndex }),
      });
    }
  }
  return findings;
}

/** The values of the non-repeated groups of a profile, flattened by key. */
export function profileValues(profile: GroupedValues): Values {
  return {
    ...profile.register,
    ...profile.basic,
    ...profile.contact,
    ...profile.work,
    ...profile.application,
  };
}

/**
 * Checks a whole profile. Every catalogue field of a group the profile has data
 * for is checked, an absent one as empty, so "required" rules (R-DIPLOMA-REQUIRED)
 * see a missing value; rows are checked with their row as context.
 */
export function checkProfile(profile: GroupedValues, options: CheckOptions = {}): Finding[] {
  const values = profileValues(profile);
  const rows = {
    education: profile.education,
    training: profile.training,
    certificates: profile.certificates,
  };
  const ctx = makeContext(values, options, { rows, complete: true });
  const findings: Finding[] = [];
  for (const group of SINGLE_GROUPS) {
    const data = profile[group] as Values;
    if (Object.keys(data).length === 0) continue;
    for (const field of fieldsOfGroup(group)) {
      if (field.sensitive || field.kind === 'file') continue;
      findings.push(...checkField(field.key, data[field.key] ?? '', ctx));
    }
  }
  for (const group of ROW_GROUPS) {
    rows[group].forEach((row: Values, index: number) => {
      const rowCtx: CheckContext = { ...ctx, row };
      for (const field of fieldsOfGroup(group)) {
        findings.push(...checkField(field.key, row[field.key] ?? '', rowCtx, index));
      }
    });
  }
  return findings;
}
