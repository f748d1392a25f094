// A value-free outline of a page's form: what a maintainer
// needs to learn new markup (tag, type, id, name, label and nearby text, frame
// path, select option texts), and nothing the candidate typed or chose.
// Never read here: `.value`, the `value` attribute of text inputs, `checked`,
// `selected`, `files`, a textarea's text. Option texts are the page's own.
import type { LocalText } from '../rules/types';
import { leftAloneReason } from './classifier';
import { collectorFor, optionTexts, sectionTexts, type FieldSignals } from './collector';
import { splitOwner } from './split';

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
  /** A later box of a split value (毕业年月's month select): the key of the field it is part of. */
  partOf?: string;
  /** Why the extension leaves this field alone on purpose (an either-or label it cannot tell). */
  leftAlone?: LocalText;
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

/** Hidden inputs carry the page's own state (and sometimes a copy of a value): left out. */
const LEFT_OUT = new Set(['hidden', 'submit', 'button', 'image', 'reset']);

/** One field as the collector read it (src/page/collector.ts): the same signals detection uses. */
function describe(
  s: FieldSignals,
  recognized: (el: Element) => string | undefined,
  section: string,
): OutlineField {
  const el = s.element;
  // The type attribute as written (lower-cased), never the value.
  const type = s.tag === 'input' ? (el.getAttribute('type') ?? 'text').toLowerCase() : s.type;
  const nearby = [s.before[0] ?? '', s.header[0] ?? '', s.after ?? '', s.title, s.placeholder].map(
    clip,
  );
  const field: OutlineField = {
    framePath: s.frame,
    tag: s.tag,
    type,
    id: el.getAttribute('id') ?? '',
    name: s.name,
    label: clip(s.labels.join(' ')),
    nearbyText: [...new Set(nearby.filter(Boolean))],
    section: clip(section),
  };
  if (s.tag === 'select') field.options = optionTexts(el as HTMLSelectElement).map(clip);
  const key = recognized(el);
  if (key) field.recognized = key;
  const owner = splitOwner(el);
  const ownerKey = owner !== el ? recognized(owner) : undefined;
  if (ownerKey) field.partOf = ownerKey;
  const reason = key ? undefined : leftAloneReason(el);
  if (reason) field.leftAlone = reason;
  return field;
}

export interface OutlineOptions {
  /** The catalogue key the extension gives an element (detection or a taught mapping). */
  recognized?(el: Element): string | undefined;
  now?: Date;
}

/** Builds the outline of `doc` and of every same-origin frame inside it. */
export function buildOutline(doc: Document, options: OutlineOptions = {}): PageOutline {
  const recognized =
    options.recognized ?? ((el: Element) => el.getAttribute('data-exam-assist-field') ?? undefined);
  const frames: OutlineFrame[] = [];
  const fields: OutlineField[] = [];
  const where = (d: Document) => {
    try {
      const loc = d.defaultView?.location;
      return {
        host: loc?.hostname ?? '',
        path: loc?.protocol === 'about:' ? loc.href : (loc?.pathname ?? ''),
      };
    } catch {
      return { host: '', path: '' };
    }
  };
  const walk = (d: Document, framePath: number[], depth: number) => {
    const sectionOf = sectionTexts(d);
    for (const s of collectorFor(d).snapshot()) {
      if (s.tag === 'input' && LEFT_OUT.has(s.type)) continue;
      fields.push({ ...describe(s, recognized, sectionOf.get(s.element) ?? ''), framePath });
    }
    if (depth >= 4) return;
    [...d.querySelectorAll('iframe,frame')].forEach((frame, index) => {
      const path = [...framePath, index];
      let inner: Document | null;
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
        frames.push({
          framePath: path,
          host: src?.hostname ?? '',
          path: src?.pathname ?? '',
          readable: false,
        });
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
  const page =
    `${outline.page.host}${outline.page.path}`
      .replace(/[^a-z0-9.-]+/gi, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 80) || 'page';
  return `page-outline-${page}.json`;
}
