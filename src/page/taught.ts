// Where a taught field lives, and whether it is still there.
// A mapping stores one robust selector: the field's id, else its name, else a
// structural path, always prefixed by its tag and (for inputs) its type. On
// apply the selector must match exactly ONE element whose kind still fits the
// catalogue field; otherwise the mapping is stale and ignored, never applied to
// another field (docs/contributing.md, Bitwarden: "stale rules are dropped rather than trusted").
import { fieldByKey } from '../rules';
import type { FormField, TaughtMapping } from './types';

const cssEscape = (value: string): string =>
  typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(value) : value.replace(/["\\]/g, '\\$&');

/** `input[type="text"]`, `select`, `textarea`: the part that verifies tag and type. */
function tagPart(el: Element): string {
  const tag = el.tagName.toLowerCase();
  if (tag !== 'input') return tag;
  const type = el.getAttribute('type');
  return type ? `input[type="${cssEscape(type.toLowerCase())}" i]` : 'input:not([type])';
}

function unique(doc: Document, selector: string): boolean {
  try {
    return doc.querySelectorAll(selector).length === 1;
  } catch {
    return false;
  }
}

/** A selector that names `el` alone in its document today; id first, then name, then a structural path. */
export function robustSelector(el: Element): string {
  const doc = el.ownerDocument;
  const tag = tagPart(el);
  const id = el.getAttribute('id');
  if (id) {
    const sel = `${tag}[id="${cssEscape(id)}"]`;
    if (unique(doc, sel)) return sel;
  }
  const name = el.getAttribute('name');
  if (name) {
    const sel = `${tag}[name="${cssEscape(name)}"]`;
    if (unique(doc, sel)) return sel;
  }
  // Structural path: from the nearest ancestor with a unique id (or <body>) down by nth-of-type.
  const steps: string[] = [];
  let node: Element | null = el;
  while (node && node !== doc.documentElement) {
    const parent: Element | null = node.parentElement;
    if (node !== el) {
      const pid = node.getAttribute('id');
      if (pid && unique(doc, `[id="${cssEscape(pid)}"]`)) {
        steps.unshift(`${node.tagName.toLowerCase()}[id="${cssEscape(pid)}"]`);
        break;
      }
    }
    if (!parent) break;
    const same = [...parent.children].filter((c) => c.tagName === node!.tagName);
    const part = node === el ? tag : node.tagName.toLowerCase();
    steps.unshift(same.length > 1 ? `${part}:nth-of-type(${same.indexOf(node) + 1})` : part);
    if (node.tagName === 'BODY') break;
    node = parent;
  }
  return steps.join(' > ');
}

/** Whether the element can hold the catalogue field's kind (checkbox ↔ checkbox, file ↔ file). */
export function kindFits(el: Element, key: string): boolean {
  const def = fieldByKey(key);
  if (!def) return false;
  const tag = el.tagName;
  if (tag !== 'INPUT' && tag !== 'SELECT' && tag !== 'TEXTAREA') return false;
  const type = tag === 'INPUT' ? (el as HTMLInputElement).type : '';
  if ((def.kind === 'checkbox') !== (type === 'checkbox')) return false;
  if ((def.kind === 'file') !== (type === 'file')) return false;
  if (type === 'hidden' || type === 'radio' || type === 'submit' || type === 'button') return false;
  return true;
}

/** The one element a mapping names, if it still names exactly one field that fits. */
export function resolveMapping(
  doc: Document,
  mapping: Pick<TaughtMapping, 'selector' | 'key'>,
): FormField | undefined {
  let found: NodeListOf<Element>;
  try {
    found = doc.querySelectorAll(mapping.selector);
  } catch {
    return undefined;
  }
  if (found.length !== 1) return undefined;
  const el = found[0]!;
  return kindFits(el, mapping.key) ? (el as FormField) : undefined;
}

/**
 * The host and path a document's mappings are stored under. An about:blank /
 * about:srcdoc frame has no address of its own: it uses its parent's, with the
 * frame's place among the parent's frames (`/apply#frame-1`), so a selector
 * taught in one frame is never applied in another frame or in the top page.
 */
export function pageAddress(doc: Document): { host: string; path: string } | undefined {
  const win = doc.defaultView;
  if (!win) return undefined;
  try {
    const loc = win.location;
    if (loc.protocol !== 'about:' && loc.hostname)
      return { host: loc.hostname.toLowerCase(), path: loc.pathname };
    const frame = win.frameElement;
    if (!frame || win.parent === win) return undefined;
    const parent = pageAddress(frame.ownerDocument);
    if (!parent) return undefined;
    const index = [...frame.ownerDocument.querySelectorAll('iframe,frame')].indexOf(frame);
    return { host: parent.host, path: `${parent.path}#frame-${index}` };
  } catch {
    // A cross-origin parent: no address we can name.
    return undefined;
  }
}

/** The taught fields of this document: element → key, stale mappings dropped. */
export function taughtElements(
  doc: Document,
  mappings: readonly TaughtMapping[] | undefined,
): Map<Element, string> {
  const out = new Map<Element, string>();
  if (!mappings?.length) return out;
  const here = pageAddress(doc);
  for (const mapping of mappings) {
    if (here && (mapping.host !== here.host || mapping.path !== here.path)) continue;
    const el = resolveMapping(doc, mapping);
    // Two mappings on one element: the later one (taught last) wins.
    if (el) out.set(el, mapping.key);
  }
  return out;
}
