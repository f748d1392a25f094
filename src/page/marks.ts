// The page's own "this field is wrong" marks, read the way a person sees them:
// a red frame (the platform's 填写说明: "格式有误或者非空的项会以红色框方式表现出来"),
// aria-invalid (unless it is ours, a rule error), or the invalid/error class of the common widget libraries
// (element-ui `is-error`, bootstrap `is-invalid`/`has-error`, layui
// `layui-form-danger`). Our own marks are attributes (page-contract), never classes.
import { invalidIsOurs } from './contract';
import type { FormField } from './types';

const INVALID_CLASS = /(^|[\s_-])(invalid|is-error|has-error|error|danger)($|[\s_-])/i;

function isRed(color: string): boolean {
  const named = color.trim().toLowerCase();
  if (named === 'red') return true;
  const rgb = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(named);
  if (!rgb) return false;
  const [r, g, b] = [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  return r >= 180 && g <= 90 && b <= 90;
}

/** True when the page marks the field as wrong (its own validation, not ours). */
export function pageMarksInvalid(el: FormField): boolean {
  // aria-invalid we set for a rule error (src/page/contract.ts) is not the page's mark.
  if (el.getAttribute('aria-invalid') === 'true' && !invalidIsOurs(el)) return true;
  // The field itself and its wrapper (element-ui puts is-error on the form item).
  let node: Element | null = el;
  for (let depth = 0; node && depth < 2; depth++, node = node.parentElement) {
    if (INVALID_CLASS.test(node.getAttribute('class') ?? '')) return true;
  }
  const inline = (el as HTMLElement).style;
  return !!inline && (isRed(inline.borderColor) || isRed(inline.outlineColor));
}
