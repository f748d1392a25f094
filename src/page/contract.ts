// The observable contract (docs/spec/page-contract.md): data-exam-assist-* attributes,
// aria-invalid while in error, aria-describedby → a visually hidden message.
// The describer container is the one element we add to the page's own DOM: an
// IDREF target must live in the same tree as the field (closed shadow roots
// cannot be referenced).
import type { Finding } from '../rules';
import { fill, t } from '../i18n';
import { FIX_SHORTCUT } from '../overlay/item';
import type { FormField } from './types';

export const ATTR_FIELD = 'data-exam-assist-field';
export const ATTR_STATE = 'data-exam-assist-state';
export const ATTR_RULES = 'data-exam-assist-rules';
/** On the later boxes of a split value (毕业年月's month select): the key of the field they belong to. */
export const ATTR_PART_OF = 'data-exam-assist-part-of';
const ATTR_SHORTCUTS = 'aria-keyshortcuts';
const FIX_HINT = {
  zh: '按 {shortcut} 修正为「{value}」。',
  en: 'Press {shortcut} to fix: {value}.',
};
const DESCRIBER_ATTR = 'data-exam-assist-describer';

let counter = 0;

/**
 * Fields whose aria-invalid="true" is ours (a rule error), not the page's: read
 * by src/page/marks.ts, so our own mark never passes for the page's.
 */
const oursInvalid = new WeakSet<Element>();

/** True while the field's aria-invalid="true" is the one we set for a rule error. */
export function invalidIsOurs(el: Element): boolean {
  return oursInvalid.has(el);
}

export class ContractWriter {
  private container: HTMLElement | null = null;
  private descIds = new WeakMap<FormField, string>();
  /** aria-describedby the page had before we touched it (restored, never replaced). */
  private original = new WeakMap<FormField, string | null>();
  private originalInvalid = new WeakMap<FormField, string | null>();
  private originalShortcuts = new WeakMap<FormField, string | null>();
  private prefix = `exam-assist-msg-${Math.random().toString(36).slice(2, 8)}-`;

  constructor(private doc: Document) {}

  isOurs(node: Node): boolean {
    if (this.container && this.container.contains(node)) return true;
    return node.nodeType === 1 && (node as Element).hasAttribute(DESCRIBER_ATTR);
  }

  private ensureContainer(): HTMLElement {
    const body = this.doc.body ?? this.doc.documentElement;
    if (this.container && this.container.isConnected) return this.container;
    const el = this.doc.createElement('exam-assist-messages');
    el.setAttribute(DESCRIBER_ATTR, '');
    // Visually hidden but in the accessibility tree, so aria-describedby reads it.
    el.style.cssText =
      'position:absolute!important;width:1px!important;height:1px!important;margin:-1px!important;' +
      'padding:0!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;' +
      'clip-path:inset(50%)!important;white-space:nowrap!important;border:0!important;';
    body.appendChild(el);
    // Old message elements are gone with the old container.
    this.descIds = new WeakMap();
    this.container = el;
    return el;
  }

  /** The later boxes we marked as part of each field (cleared with the field). */
  private partsOf = new WeakMap<FormField, FormField[]>();

  markField(el: FormField, key: string, parts: readonly FormField[] = []): void {
    if (el.getAttribute(ATTR_FIELD) !== key) el.setAttribute(ATTR_FIELD, key);
    const later = parts.filter((p) => p !== el);
    for (const old of this.partsOf.get(el) ?? [])
      if (!later.includes(old)) old.removeAttribute(ATTR_PART_OF);
    for (const part of later)
      if (part.getAttribute(ATTR_PART_OF) !== key) part.setAttribute(ATTR_PART_OF, key);
    if (later.length) this.partsOf.set(el, later);
    else this.partsOf.delete(el);
  }

  apply(el: FormField, findings: Finding[]): void {
    const state = findings.some((f) => f.severity === 'error')
      ? 'error'
      : findings.length
        ? 'warning'
        : 'ok';
    if (el.getAttribute(ATTR_STATE) !== state) el.setAttribute(ATTR_STATE, state);
    const rules = [...new Set(findings.map((f) => f.ruleId))].join(' ');
    if (el.getAttribute(ATTR_RULES) !== rules) el.setAttribute(ATTR_RULES, rules);
    if (!this.original.has(el)) {
      this.original.set(el, el.getAttribute('aria-describedby'));
      this.originalInvalid.set(el, el.getAttribute('aria-invalid'));
      this.originalShortcuts.set(el, el.getAttribute(ATTR_SHORTCUTS));
    }
    if (state === 'error') {
      if (el.getAttribute('aria-invalid') !== 'true') {
        el.setAttribute('aria-invalid', 'true');
        oursInvalid.add(el);
      }
    } else this.restoreInvalid(el);
    const before = this.original.get(el) ?? null;
    if (findings.length === 0) {
      this.restoreShortcuts(el);
      const id = this.descIds.get(el);
      if (id) this.doc.getElementById(id)?.remove();
      this.descIds.delete(el);
      if (before === null) el.removeAttribute('aria-describedby');
      else el.setAttribute('aria-describedby', before);
      return;
    }
    const container = this.ensureContainer();
    let id = this.descIds.get(el);
    let msg = id ? this.doc.getElementById(id) : null;
    if (!msg) {
      id = `${this.prefix}${++counter}`;
      msg = this.doc.createElement('span');
      msg.id = id;
      container.appendChild(msg);
      this.descIds.set(el, id);
    }
    // The UI language only (Chinese by default); the shortcut to the first fix is announced too.
    const fix = findings.find((f) => f.fix)?.fix;
    const text = [
      ...findings.map((f) => t(f.message)),
      ...(fix ? [fill(t(FIX_HINT), { shortcut: FIX_SHORTCUT, value: t(fix.label) })] : []),
    ].join(' ');
    if (msg.textContent !== text) msg.textContent = text;
    if (fix) {
      if (el.getAttribute(ATTR_SHORTCUTS) !== FIX_SHORTCUT)
        el.setAttribute(ATTR_SHORTCUTS, FIX_SHORTCUT);
    } else this.restoreShortcuts(el);
    const ids = before ? `${before} ${id}` : id!;
    if (el.getAttribute('aria-describedby') !== ids) el.setAttribute('aria-describedby', ids);
  }

  /** Removes every trace from a field (it is no longer recognized, or we stop). */
  clear(el: FormField): void {
    for (const part of this.partsOf.get(el) ?? []) part.removeAttribute(ATTR_PART_OF);
    this.partsOf.delete(el);
    el.removeAttribute(ATTR_FIELD);
    el.removeAttribute(ATTR_STATE);
    el.removeAttribute(ATTR_RULES);
    if (this.original.has(el)) {
      this.restoreInvalid(el);
      this.restoreShortcuts(el);
      const before = this.original.get(el) ?? null;
      if (before === null) el.removeAttribute('aria-describedby');
      else el.setAttribute('aria-describedby', before);
      this.original.delete(el);
    }
    const id = this.descIds.get(el);
    if (id) this.doc.getElementById(id)?.remove();
    this.descIds.delete(el);
  }

  private restoreShortcuts(el: FormField): void {
    // aria-keyshortcuts is ours only while a fix is offered; a page's own value stays.
    if (!this.originalShortcuts.has(el)) return;
    const before = this.originalShortcuts.get(el) ?? null;
    if (before === null) el.removeAttribute(ATTR_SHORTCUTS);
    else if (el.getAttribute(ATTR_SHORTCUTS) !== before) el.setAttribute(ATTR_SHORTCUTS, before);
  }

  private restoreInvalid(el: FormField): void {
    // aria-invalid is ours only while in error; a value the page set itself stays.
    oursInvalid.delete(el);
    const before = this.originalInvalid.get(el) ?? null;
    if (before === null || before === 'true') {
      if (el.hasAttribute('aria-invalid')) el.removeAttribute('aria-invalid');
    } else if (el.getAttribute('aria-invalid') !== before) el.setAttribute('aria-invalid', before);
  }

  destroy(): void {
    this.container?.remove();
    this.container = null;
  }
}
