// The vocabulary of the shared rule set. Pure TypeScript: no DOM, no browser API
// (docs/contributing.md: rules/ runs the same in Node, the page and the extension pages).

/** Candidate-facing text: Chinese first, English too (docs/contributing.md "Text"). */
export interface LocalText {
  zh: string;
  en: string;
}

export type Severity = 'error' | 'warning';

/** A rule id exactly as in docs/spec/platform-rules.md, e.g. `R-ID-CN`. */
export type RuleId = `R-${string}`;

/** A safe one-click correction: the value the field should get. */
export interface Fix {
  value: string;
  label: LocalText;
}

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  /** The catalogue key of the field the finding is shown on. */
  field: string;
  /** Row index for repeated groups (education, training, certificates). */
  row?: number;
  message: LocalText;
  fix?: Fix;
}

/** What a rule's check returns; the engine adds `field`/`row`. */
export type RuleResult = Omit<Finding, 'field' | 'row' | 'ruleId'> & { ruleId?: RuleId };
