// Every rule of shared/platform-rules.md, in the order of that page.
import type { Rule } from './engine';

export const ALL_RULES: Rule[] = [];
