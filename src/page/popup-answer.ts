// Answers the popup (src/messages/page.ts): this tab's recognized fields and
// finding counts. Only the top frame answers; it also counts same-origin child
// frames through their contract attributes (docs/spec/page-contract.md), which their own
// content scripts maintain.
import { fieldByKey, fieldName, GROUPS } from '../rules';
import type { PageFieldSummary, PageStatusResponse } from '../messages/page';
import { ATTR_FIELD, ATTR_RULES, ATTR_STATE } from './contract';
import { readFieldValue } from './values';
import type { PageAssist } from './types';

function frameCounts(
  doc: Document,
  depth = 0,
): { fields: number; errors: number; warnings: number } {
  const out = { fields: 0, errors: 0, warnings: 0 };
  if (depth > 3) return out;
  for (const frame of doc.querySelectorAll('iframe,frame')) {
    let inner: Document | null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      inner = null;
    }
    if (!inner) continue;
    for (const el of inner.querySelectorAll(`[${ATTR_FIELD}]`)) {
      out.fields++;
      const rules = (el.getAttribute(ATTR_RULES) ?? '').split(' ').filter(Boolean).length;
      if (el.getAttribute(ATTR_STATE) === 'error') out.errors += Math.max(1, rules);
      else if (el.getAttribute(ATTR_STATE) === 'warning') out.warnings += Math.max(1, rules);
    }
    const nested = frameCounts(inner, depth + 1);
    out.fields += nested.fields;
    out.errors += nested.errors;
    out.warnings += nested.warnings;
  }
  return out;
}

export function answerPageMessage(
  assist: Pick<PageAssist, 'fields' | 'findings'>,
  doc: Document,
): Promise<PageStatusResponse> | undefined {
  if (doc.defaultView && doc.defaultView !== doc.defaultView.top) return undefined;
  const findings = assist.findings();
  const fields: PageFieldSummary[] = assist.fields().map((field) => {
    const mine = findings.filter((f) => f.field === field.key && f.row === field.row);
    const def = fieldByKey(field.key);
    const value = readFieldValue(field.element).trim();
    // An unticked box or a blank field without a finding is not filled in, not correct.
    const blank = value === '' || (def?.kind === 'checkbox' && value === 'false');
    const state = mine.some((f) => f.severity === 'error')
      ? 'error'
      : mine.length
        ? 'warning'
        : blank
          ? 'empty'
          : 'ok';
    const group = def?.repeats ? GROUPS.find((g) => g.id === def.group)?.label : undefined;
    return {
      key: field.key,
      label: def ? fieldName(def) : { zh: field.key, en: field.key },
      ...(group ? { group } : {}),
      ...(field.row === undefined ? {} : { row: field.row }),
      state,
      rules: [...new Set(mine.map((f) => f.ruleId))],
    };
  });
  const frames = frameCounts(doc);
  return Promise.resolve({
    type: 'page:status',
    url: doc.location.href,
    fields,
    errors: findings.filter((f) => f.severity === 'error').length + frames.errors,
    warnings: findings.filter((f) => f.severity === 'warning').length + frames.warnings,
    frameFields: frames.fields,
  });
}
