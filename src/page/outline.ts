// A value-free outline of a page's form (issue 7 item 3): what a maintainer
// needs to learn new markup (tag, type, id, name, label and nearby text, frame
// path, select option texts), and nothing the candidate typed or chose.
// Never read here: `.value`, the `value` attribute of text inputs, `checked`,
// `selected`, `files`, a textarea's text. Option texts are the page's own.
import { isFormField, textOf } from './detect';
import type { FormField } from './types';

export const OUTLINE_FORMAT = 'exam-assist/page-outline';
export const OUTLINE_VERSION = 1;

export interface OutlineField {
  /** Indices of the iframes from the top document down to this field's document ([] = top). */
  framePath: number[];
  tag: 'input' | 'select' | 'textarea';
  type: string;
  id: string;
  name: string;
  /** Explicit label: <label>, aria-labelledby, aria-label. */
  label: string;
  /** The text just before the field (label cell, text above), its column header, title, placeholder. */
  nearbyText: string[];
  /** The nearest heading above the field (fieldset legend, caption, h1–h6, th colspan). */
  section: string;
  /** Option texts of a select, in order (what the page offers, not what was chosen). */
  options?: string[];
  /** The catalogue key the extension recognized, if any. */
  recognized?: string;
}

export interface OutlineFrame {
  framePath: number[];
  host: string;
  path: string;
  /** A cross-origin frame cannot be read: listed without fields. */
  readable: boolean;
}

export interface PageOutline {
  format: typeof OUTLINE_FORMAT;
  version: typeof OUTLINE_VERSION;
  createdAt: string;
  page: { host: string; path: string; title: string };
  frames: OutlineFrame[];
  fields: OutlineField[];
}

const MAX_TEXT = 60;
const clip = (s: string): string => {
  const text = s.replace(/[\s\u3000\u00a0]+/g, ' ').trim();
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
};

/** <label for=id> by id, built once per pass (`el.labels` walks the whole document on each call). */
export type LabelIndex = Map<string, Element[]>;

export function labelIndex(doc: Document): LabelIndex {
  const index: LabelIndex = new Map();
  for (const label of doc.querySelectorAll('label[for]')) {
    const id = label.getAttribute('for');
    if (id) index.set(id, [...(index.get(id) ?? []), label]);
  }
  return index;
}

function labelOf(el: FormField, labels: LabelIndex): string {
  const parts: string[] = [];
  if (el.id) for (const label of labels.get(el.id) ?? []) parts.push(textOf(label));
  const wrapping = el.closest('label');
  if (wrapping && !wrapping.hasAttribute('for')) parts.push(textOf(wrapping));
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) for (const id of labelledBy.split(/\s+/)) {
    const target = id ? el.ownerDocument.getElementById(id) : null;
    if (target) parts.push(textOf(target));
  }
  const aria = el.getAttribute('aria-label');
  if (aria) parts.push(aria);
  return clip(parts.filter((p) => p.trim()).join(' '));
}

const isControlish = (el: Element): boolean => isFormField(el) || el.querySelector('input,select,textarea') !== null;

/** The first text before the field in reading order, not climbing out of its row or form. */
function precedingText(el: Element): string {
  let node: Node = el;
  for (let level = 0; level < 4 && node.parentNode; level++) {
    for (let prev = node.previousSibling; prev; prev = prev.previousSibling) {
      if (prev.nodeType === 3) {
        const text = (prev.nodeValue ?? '').trim();
        if (text) return clip(text);
        continue;
      }
      if (prev.nodeType !== 1) continue;
      const p = prev as Element;
      if (p.tagName === 'SCRIPT' || p.tagName === 'STYLE') continue;
      if (isControlish(p)) return '';
      const text = textOf(p).trim();
      if (text) return clip(text);
    }
    const parent = node.parentNode as Element;
    if (parent.nodeType !== 1 || ['TR', 'FORM', 'FIELDSET', 'BODY'].includes(parent.tagName)) return '';
    node = parent;
  }
  return '';
}

/** Text right after the field in its cell or wrapper (units, hints such as "（选填）"). */
function followingText(el: Element): string {
  for (let next = el.nextSibling; next; next = next.nextSibling) {
    if (next.nodeType === 3) {
      const text = (next.nodeValue ?? '').trim();
      if (text) return clip(text);
      continue;
    }
    if (next.nodeType !== 1) continue;
    if (isControlish(next as Element)) return '';
    const text = textOf(next).trim();
    if (text) return clip(text);
  }
  return '';
}

function columnHeader(el: Element): string {
  const cell = el.closest('td,th');
  const row = cell?.parentElement;
  const table = row?.closest('table');
  if (!cell || !row || !table) return '';
  const header = table.querySelector('thead tr') ?? table.querySelector('tr');
  if (!header || header === row || isControlish(header)) return '';
  const index = [...row.children].indexOf(cell);
  const h = header.children[index];
  return h ? clip(textOf(h)) : '';
}

const HEADINGS = 'legend,caption,h1,h2,h3,h4,h5,h6,[role=heading],th[colspan]';

/**
 * The nearest heading before each field, in one pass over the document in
 * document order (a per-field search is quadratic on a 5,000-field page).
 */
function sections(doc: Document): Map<Element, string> {
  const out = new Map<Element, string>();
  let current = '';
  for (const node of doc.querySelectorAll(`${HEADINGS},input,select,textarea`)) {
    if (isFormField(node) || node.tagName === 'INPUT') out.set(node, current);
    else if (!node.querySelector('input,select,textarea')) current = clip(textOf(node));
  }
  return out;
}

/** What a candidate reads for a field: its label, else the nearest text around it. */
export function fieldCaption(el: FormField, labels: LabelIndex = labelIndex(el.ownerDocument)): string {
  return labelOf(el, labels) || precedingText(el) || columnHeader(el) || clip(el.getAttribute('title') ?? '') || clip(el.getAttribute('placeholder') ?? '');
}

function describe(el: FormField, framePath: number[], recognized: (el: Element) => string | undefined, labels: LabelIndex, section: string): OutlineField {
  const tag = el.tagName.toLowerCase() as OutlineField['tag'];
  // The type attribute as written (lower-cased), never the value.
  const type = tag === 'input' ? (el.getAttribute('type') ?? 'text').toLowerCase() : tag === 'select' ? (el.hasAttribute('multiple') ? 'select-multiple' : 'select-one') : 'textarea';
  const nearby = [precedingText(el), columnHeader(el), followingText(el), clip(el.getAttribute('title') ?? ''), clip(el.getAttribute('placeholder') ?? '')];
  const field: OutlineField = {
    framePath,
    tag,
    type,
    id: el.getAttribute('id') ?? '',
    name: el.getAttribute('name') ?? '',
    label: labelOf(el, labels),
    nearbyText: [...new Set(nearby.filter(Boolean))],
    section,
  };
  if (tag === 'select') field.options = [...(el as HTMLSelectElement).options].map((o) => clip(o.text));
  const key = recognized(el);
  if (key) field.recognized = key;
  return field;
}

export interface OutlineOptions {
  /** The catalogue key the extension gives an element (detection or a taught mapping). */
  recognized?(el: Element): string | undefined;
  now?: Date;
}

/** Builds the outline of `doc` and of every same-origin frame inside it. */
export function buildOutline(doc: Document, options: OutlineOptions = {}): PageOutline {
  const recognized = options.recognized ?? ((el: Element) => el.getAttribute('data-exam-assist-field') ?? undefined);
  const frames: OutlineFrame[] = [];
  const fields: OutlineField[] = [];
  const where = (d: Document) => {
    try {
      const loc = d.defaultView?.location;
      return { host: loc?.hostname ?? '', path: loc?.protocol === 'about:' ? loc.href : loc?.pathname ?? '' };
    } catch {
      return { host: '', path: '' };
    }
  };
  const walk = (d: Document, framePath: number[], depth: number) => {
    const labels = labelIndex(d);
    const sectionOf = sections(d);
    for (const el of d.querySelectorAll<FormField>('input,select,textarea')) {
      // Hidden inputs carry the page's own state (and sometimes a copy of a value): left out.
      if (el.tagName === 'INPUT' && ['hidden', 'submit', 'button', 'image', 'reset'].includes((el as HTMLInputElement).type)) continue;
      fields.push(describe(el, framePath, recognized, labels, sectionOf.get(el) ?? ''));
    }
    if (depth >= 4) return;
    [...d.querySelectorAll('iframe,frame')].forEach((frame, index) => {
      const path = [...framePath, index];
      let inner: Document | null = null;
      try {
        inner = (frame as HTMLIFrameElement).contentDocument;
      } catch {
        inner = null;
      }
      if (!inner) {
        let src: URL | undefined;
        try {
          src = new URL((frame as HTMLIFrameElement).src);
        } catch {
          src = undefined;
        }
        frames.push({ framePath: path, host: src?.hostname ?? '', path: src?.pathname ?? '', readable: false });
        return;
      }
      frames.push({ framePath: path, ...where(inner), readable: true });
      walk(inner, path, depth + 1);
    });
  };
  walk(doc, [], 0);
  const top = where(doc);
  return {
    format: OUTLINE_FORMAT,
    version: OUTLINE_VERSION,
    createdAt: (options.now ?? new Date()).toISOString(),
    page: { host: top.host, path: top.path, title: clip(doc.title) },
    frames,
    fields,
  };
}

/** The file name the outline is saved under. */
export function outlineFileName(outline: PageOutline): string {
  const page = `${outline.page.host}${outline.page.path}`.replace(/[^a-z0-9.-]+/gi, '_').replace(/^_+|_+$/g, '').slice(0, 80) || 'page';
  return `page-outline-${page}.json`;
}
