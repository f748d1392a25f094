// The visible UI on the platform's pages: one extension-owned
// host element per document with a CLOSED shadow root holding every message and
// the summary badge (docs/toolchain.md: one host, not one per field).
// Messages follow their fields on scroll/resize/layout changes, never cover the
// field being typed in, and never take focus on their own.
import { render, type ComponentChild } from 'preact';
import { OverlayView, type Placed } from './view';
import { OVERLAY_CSS } from './styles';
import type { OverlayItem } from './item';

export type { OverlayItem } from './item';

export interface Overlay {
  update(items: OverlayItem[]): void;
  isOurs(node: Node): boolean;
  destroy(): void;
}

export interface OverlayOptions {
  /** Applies a fix's value to the field (page/values.ts writeFieldValue). */
  onFix(element: Element, value: string): boolean;
  /** Extension point next to the summary (teach-a-field). */
  slot?: OverlaySlot;
}

/** Extra content drawn with the summary, in its own mount; `connect` hands it a redraw function. */
export interface OverlaySlot {
  render(): ComponentChild;
  connect?(redraw: () => void): void;
}

const HOST_ATTR = 'data-exam-assist-overlay';
const GAP = 3;

function intersects(
  a: DOMRect,
  b: { top: number; left: number; bottom: number; right: number },
): boolean {
  return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
}

/** Our callbacks never let an error reach the page. */
function safe<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R | undefined {
  return (...args: A) => {
    try {
      return fn(...args);
    } catch (error) {
      console.debug('[exam-assist] overlay', error);
      return undefined;
    }
  };
}

export function createOverlay(doc: Document, options: OverlayOptions): Overlay {
  const view = doc.defaultView ?? window;
  // An autonomous custom element name: no page selector for div/span matches it.
  const host = doc.createElement('exam-assist-overlay');
  host.setAttribute(HOST_ATTR, '');
  host.style.cssText =
    'all:initial!important;position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;z-index:2147483647!important;display:block!important;';
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  const mount = doc.createElement('div');
  // The slot renders into its own element, so it never disturbs the messages' diffing.
  const slotMount = doc.createElement('div');
  shadow.append(style, mount, slotMount);

  let items: OverlayItem[] = [];
  let frame = 0;
  let destroyed = false;
  let cursor = -1;
  let shown: Element[] = [];

  const attach = () => {
    if (!host.isConnected) doc.documentElement.appendChild(host);
  };
  attach();

  const jump = safe(() => {
    const visible = items.filter((item) => item.element.isConnected);
    if (visible.length === 0) return;
    // Errors first, then warnings, in document order (items come in document order).
    const ordered = [
      ...visible.filter((i) => i.findings.some((f) => f.severity === 'error')),
      ...visible.filter((i) => !i.findings.some((f) => f.severity === 'error')),
    ];
    cursor = (cursor + 1) % ordered.length;
    const target = ordered[cursor]!.element as HTMLElement;
    target.scrollIntoView({ block: 'center', inline: 'nearest' });
    // The candidate asked to go there: moving focus is what the badge is for.
    target.focus({ preventScroll: true });
  });
  const onFix = (element: Element, value: string): boolean =>
    safe(options.onFix)(element, value) ?? false;

  // Which fields with findings are near the viewport: on a 5,000-field page only
  // those are measured when drawing (IntersectionObserver does the rest off the main work).
  const near = new Set<Element>();
  const observed = new Set<Element>();
  const intersection = new view.IntersectionObserver(
    safe((entries: IntersectionObserverEntry[]) => {
      for (const entry of entries) {
        if (entry.isIntersecting) near.add(entry.target);
        else near.delete(entry.target);
      }
      schedule();
    }),
    { rootMargin: '200px' },
  );
  const track = (next: OverlayItem[]) => {
    const wanted = new Set(next.map((item) => item.element));
    for (const el of observed) {
      if (wanted.has(el)) continue;
      intersection.unobserve(el);
      observed.delete(el);
      near.delete(el);
    }
    for (const el of wanted) {
      if (observed.has(el)) continue;
      intersection.observe(el);
      observed.add(el);
    }
  };

  const place = (): Placed[] => {
    const active = doc.activeElement;
    const activeRect =
      active && active !== doc.body && items.some((i) => i.element === active)
        ? active.getBoundingClientRect()
        : undefined;
    const vw = view.innerWidth;
    const vh = view.innerHeight;
    const out: Placed[] = [];
    for (const item of items) {
      const el = item.element as HTMLElement;
      if (!near.has(el) || !el.isConnected) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      if (rect.bottom < 0 || rect.top > vh || rect.right < 0 || rect.left > vw) continue;
      out.push({
        item,
        rect,
        top: rect.bottom + GAP,
        left: Math.max(0, Math.min(rect.left, vw - 200)),
        focused: el === active,
        activeRect,
      });
    }
    return out;
  };

  const draw = safe(() => {
    frame = 0;
    if (destroyed) return;
    attach();
    const placed = items.length ? place() : [];
    shown = placed.slice(0, 200).map((p) => p.item.element);
    render(<OverlayView placed={placed} items={items} onFix={onFix} onJump={jump} />, mount);
    avoidActive();
    if (options.slot) {
      try {
        render(options.slot.render(), slotMount);
      } catch (error) {
        // The slot's failure never stops the messages from being drawn.
        console.debug('[exam-assist] overlay slot', error);
      }
    }
  });

  /** After layout: move a message that covers the field being typed in. */
  const avoidActive = () => {
    const active = doc.activeElement;
    if (!active || active === doc.body || active === host) return;
    const activeRect = active.getBoundingClientRect();
    // The badge moves to the other corner when it would sit over the field in use.
    const badge = mount.querySelector<HTMLElement>('.badge');
    if (badge) {
      badge.classList.remove('left');
      if (intersects(badge.getBoundingClientRect(), activeRect)) badge.classList.add('left');
    }
    for (const box of mount.querySelectorAll<HTMLElement>('.msg')) {
      const r = box.getBoundingClientRect();
      if (!intersects(r, activeRect)) continue;
      const fieldTop = Number(box.dataset.fieldTop);
      const fieldRight = Number(box.dataset.fieldRight);
      const above = fieldTop - r.height - GAP;
      const tryAbove = new DOMRect(r.left, above, r.width, r.height);
      if (above >= 0 && !intersects(tryAbove, activeRect)) {
        box.style.top = `${above}px`;
        continue;
      }
      const right = new DOMRect(fieldRight + 8, Number(box.dataset.fieldTopRaw), r.width, r.height);
      if (!intersects(right, activeRect) && right.right <= view.innerWidth) {
        box.style.top = `${right.top}px`;
        box.style.left = `${right.left}px`;
        continue;
      }
      box.style.visibility = 'hidden';
    }
  };

  const schedule = () => {
    if (frame || destroyed) return;
    frame = view.requestAnimationFrame(draw);
  };

  const onMove = () => schedule();
  view.addEventListener('scroll', onMove, { capture: true, passive: true });
  view.addEventListener('resize', onMove, { passive: true });
  doc.addEventListener('focusin', onMove, { passive: true });
  const resizeObserver = new view.ResizeObserver(safe(() => schedule()));
  if (doc.body) resizeObserver.observe(doc.body);
  // The page may remove our host (innerHTML rewrites, cleanup scripts): put it back.
  const hostWatch = new view.MutationObserver(
    safe(() => {
      if (!destroyed && !host.isConnected) {
        attach();
        schedule();
      }
    }),
  );
  hostWatch.observe(doc.documentElement, { childList: true });
  options.slot?.connect?.(schedule);
  // Layout can move a field without a scroll, a resize or a body size change (a
  // row expanding above it, a collapsed panel): while messages are shown, look
  // at their fields' positions a few times a second and redraw only on a move.
  let lastRects = '';
  const watchLayout = view.setInterval(
    safe(() => {
      if (destroyed || shown.length === 0 || doc.hidden) return;
      let key = '';
      // Only the fields whose messages are on screen: a scroll redraws the rest.
      for (const element of shown) {
        const r = element.getBoundingClientRect();
        key += `${r.left | 0},${r.top | 0},${r.width | 0};`;
      }
      if (key !== lastRects) {
        lastRects = key;
        schedule();
      }
    }),
    300,
  );

  return {
    update(next) {
      items = next;
      cursor = -1;
      track(next);
      schedule();
    },
    isOurs: (node) => node === host || host.contains(node),
    destroy() {
      destroyed = true;
      view.clearInterval(watchLayout);
      if (frame) view.cancelAnimationFrame(frame);
      view.removeEventListener('scroll', onMove, { capture: true });
      view.removeEventListener('resize', onMove);
      doc.removeEventListener('focusin', onMove);
      resizeObserver.disconnect();
      intersection.disconnect();
      hostWatch.disconnect();
      render(null, mount);
      render(null, slotMount);
      host.remove();
    },
  };
}
