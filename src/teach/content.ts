// Teach-a-field on the page: a feature of the page session
// (src/page/session.ts). Hands the taught mappings of this page to the session
// (the classifier applies them at once), renders the "这个字段是…" picker and the "not recognized" notice in the
// overlay's summary slot, remembers the field last focused or right-clicked (the
// context-menu entry, src/teach/menu.ts), and saves the value-free page outline.
import { h } from 'preact';
import { fieldByKey } from '../rules';
import { TeachDock, type TeachTarget } from '../overlay/teach';
import type { OverlaySlot } from '../overlay';
import { captionOf, isFormField, type FieldSignals } from '../page/collector';
import { buildOutline, outlineFileName } from '../page/outline';
import { usePrepared, type PageSession, type Prepared } from '../page/session';
import { pageAddress, resolveMapping, robustSelector } from '../page/taught';
import type { FormField, TaughtMapping } from '../page/types';
import { answer } from '../messages/bus';
import { loadTaught, saveMapping, watchTaught } from './store';

const HAN = /[\u3400-\u9fff]/;
const ATTR_FIELD = 'data-exam-assist-field';

/**
 * "Looks like a registration form": at least three fillable fields whose
 * label reads Chinese. "Few recognized": fewer than two, or
 * under a quarter of them.
 */
export function formLooksUnrecognized(candidates: number, recognized: number): boolean {
  return candidates >= 3 && recognized < Math.max(2, Math.ceil(candidates * 0.25));
}

/** Fillable fields as the session collected them (src/page/collector.ts). */
function pageFields(session: PageSession): FieldSignals[] {
  return session.signals().filter((s) => s.type !== 'file' && !s.element.disabled);
}

/** Fields with a Chinese label; the first 400 are enough to tell (a 5,000-field page stays cheap). */
function chineseLabelled(session: PageSession): number {
  let n = 0;
  for (const s of pageFields(session).slice(0, 400)) if (HAN.test(captionOf(s))) n++;
  return n;
}

/**
 * The teach feature: started before the overlay, so its summary slot is drawn
 * there. `stored`: the taught mappings as the content script read them while
 * the page loaded (read here when not given).
 */
export function startTeach(
  session: PageSession,
  signal: AbortSignal,
  stored?: Prepared<readonly TaughtMapping[]>,
): void {
  const doc = session.doc;
  let taught: readonly TaughtMapping[] = session.taught();
  let redraw: () => void = () => undefined;
  let open = false;
  let target: FormField | undefined;
  let lastFocused: FormField | undefined;
  let lastRightClicked: FormField | undefined;
  let status: { zh: string; en: string } | undefined;
  let candidates = { count: 0, fields: -1, at: 0 };

  const fieldFrom = (node: EventTarget | null | undefined): FormField | undefined => {
    const el = node as Element | null;
    if (!el || el.nodeType !== 1) return undefined;
    if (isFormField(el)) return el;
    const label = el.closest?.('label');
    const control = (label as HTMLLabelElement | null)?.control;
    return control && isFormField(control) ? control : undefined;
  };

  const onFocus = (e: Event) => {
    const el = fieldFrom(e.composedPath()[0]);
    if (el && el.ownerDocument === doc) lastFocused = el;
  };
  const onContextMenu = (e: Event) => {
    lastRightClicked = fieldFrom(e.composedPath()[0]);
  };
  doc.addEventListener('focusin', onFocus, { capture: true, signal });
  doc.addEventListener('contextmenu', onContextMenu, { capture: true, signal });

  /** The session classifies again with the new mappings at once. */
  const setTaught = (list: readonly TaughtMapping[]) => {
    if (signal.aborted) return;
    taught = list;
    session.setTaught(list);
    redraw();
  };

  const stopWatch = watchTaught(setTaught);
  signal.addEventListener('abort', stopWatch, { once: true });
  // Read before the session started: its first pass applies them (no second one).
  const apply = (list: readonly TaughtMapping[] | undefined) => {
    if (list?.length) setTaught(list);
  };
  if (stored) usePrepared(stored, signal, apply);
  else loadTaught().then(apply, () => undefined);

  const openPicker = (el: FormField | undefined) => {
    target = el && el.isConnected ? el : undefined;
    status = undefined;
    open = true;
    redraw();
  };
  const close = () => {
    open = false;
    redraw();
    target?.focus({ preventScroll: true });
  };

  const teach = (element: Element, key: string) => {
    const def = fieldByKey(key);
    const here = pageAddress(doc);
    const selector = robustSelector(element);
    // Verify before storing: the selector names this one element and the kind fits.
    if (!def || !here || resolveMapping(doc, { selector, key }) !== element) {
      status = {
        zh: `无法把这个字段记为“${def?.label.zh ?? key}”：类型不符。`,
        en: `This field cannot be taught as ${def?.label.en ?? key}: its kind does not fit.`,
      };
      redraw();
      return;
    }
    const mapping: TaughtMapping = { host: here.host, path: here.path, selector, key };
    const rest = taught.filter(
      (m) =>
        !(m.host === mapping.host && m.path === mapping.path && m.selector === mapping.selector),
    );
    // Applies at once: the assist re-detects with the new mapping now, storage follows.
    setTaught([...rest, mapping]);
    // Teaching a field is the candidate's act on it: its group's required findings may show.
    session.touched(element as FormField);
    saveMapping(mapping).catch(() => {
      status = {
        zh: '没能保存：下次打开页面需要重新教。',
        en: 'Could not save: you will need to teach it again next time.',
      };
      redraw();
    });
    status = {
      zh: `已记住：这个字段是“${def.label.zh}”。`,
      en: `Remembered: this field is ${def.label.en}.`,
    };
    clearStatusLater();
    open = false;
    target = element as FormField;
    redraw();
    target.focus({ preventScroll: true });
  };

  let statusTimer: ReturnType<typeof setTimeout> | undefined;
  const clearStatusLater = () => {
    if (statusTimer) clearTimeout(statusTimer);
    statusTimer = setTimeout(() => {
      status = undefined;
      redraw();
    }, 15_000);
  };

  const exportOutline = () => {
    const outline = buildOutline(doc);
    const blob = new Blob([JSON.stringify(outline, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = doc.createElement('a');
    a.href = url;
    a.download = outlineFileName(outline);
    // A detached link: nothing is added to the page's DOM.
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    status = {
      zh: `已导出页面结构（${outline.fields.length} 个字段，不含填写内容）。`,
      en: `Page outline saved (${outline.fields.length} fields, no entries).`,
    };
    clearStatusLater();
    redraw();
  };

  answer(
    {
      'teach:open': () => {
        openPicker(lastRightClicked ?? lastFocused);
        return undefined;
      },
    },
    signal,
  );

  const targets = (): TeachTarget[] => {
    return pageFields(session).map((s, i) => {
      const el = s.element;
      const key = el.getAttribute(ATTR_FIELD) ?? undefined;
      const caption = captionOf(s) || s.name || `#${i + 1}`;
      const now = key ? ` → ${fieldByKey(key)?.label.zh ?? key}` : '';
      return { element: el, label: `${caption}${now}`, key };
    });
  };

  const slot: OverlaySlot = {
    connect(fn) {
      redraw = fn;
      fn();
    },
    render() {
      const fields = session.fields();
      const total = session.signals().length;
      const now = Date.now();
      if (total !== candidates.fields || now - candidates.at > 2000)
        candidates = { count: chineseLabelled(session), fields: total, at: now };
      const notRecognized = formLooksUnrecognized(candidates.count, fields.length);
      const offer =
        !!lastFocused && lastFocused.isConnected && !lastFocused.hasAttribute(ATTR_FIELD);
      const list = open ? targets() : [];
      return h(TeachDock, {
        notRecognized,
        recognized: fields.length,
        open,
        target: target ?? lastFocused,
        offer,
        targets: list,
        status,
        onOpen: () => openPicker(lastFocused),
        onClose: close,
        onTeach: teach,
        onExport: exportOutline,
      });
    },
  };

  session.overlaySlot = slot;
  session.on('fieldsChanged', () => redraw(), signal);
  signal.addEventListener('abort', () => statusTimer && clearTimeout(statusTimer), { once: true });
}
