// "The summary of what is still wrong": the findings the page
// assist shows next to the fields (the same ones its badge counts), listed in
// the form's order, errors before warnings, each pointing at its field. Pure.
import { fieldByKey, fieldName, GROUPS, type Finding, type LocalText } from '../rules';
import { allPracticeKeys } from './form';

export interface SummaryItem {
  finding: Finding;
  groupLabel: LocalText;
  fieldLabel: LocalText;
  /** The DOM id of the field on the practice page. */
  elementId: string;
}

export function fieldElementId(key: string, row?: number): string {
  const def = fieldByKey(key);
  return row === undefined
    ? `practice-${def?.group ?? 'x'}-${key}`
    : `practice-${def?.group ?? 'x'}-${row}-${key}`;
}

export function summarize(all: readonly Finding[]): SummaryItem[] {
  const order = new Map(allPracticeKeys().map((key, index) => [key, index]));
  const findings = all.filter((finding) => order.has(finding.field));
  const rank = (f: Finding) => (f.severity === 'error' ? 0 : 1);
  findings.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (order.get(a.field) ?? 0) - (order.get(b.field) ?? 0) ||
      (a.row ?? 0) - (b.row ?? 0),
  );
  // One line per field and rule: a rule that fires twice on one field says it once.
  const seen = new Set<string>();
  const items: SummaryItem[] = [];
  for (const finding of findings) {
    const id = `${finding.field}/${finding.row ?? ''}/${finding.ruleId}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const def = fieldByKey(finding.field)!;
    items.push({
      finding,
      groupLabel: GROUPS.find((group) => group.id === def.group)?.label ?? def.label,
      // Its purpose, not the platform's bare 选择 (src/rules/catalogue.ts `purpose`).
      fieldLabel: fieldName(def),
      elementId: fieldElementId(finding.field, finding.row),
    });
  }
  return items;
}
