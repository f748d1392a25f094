// `npm run docs:rules`: writes docs/rules.md from the rule list.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ALL_RULES } from '../src/rules';
import { renderRulesDoc } from '../src/rules/doc';

const target = path.resolve('docs/rules.md');
writeFileSync(target, renderRulesDoc(ALL_RULES));
console.log(`wrote ${path.relative(process.cwd(), target)} (${ALL_RULES.length} rules)`);
