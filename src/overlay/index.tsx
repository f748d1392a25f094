// The visible UI on the platform's pages: one extension-owned
// host element per document with a CLOSED shadow root holding every message and
// the summary badge (docs/toolchain.md: one host, not one per field).
// Only the focused (or hovered) field's full message is drawn, in a spot where
// nothing of the page is (./obstacles.ts, ./placement.ts); every other field
// with a finding gets a small marker beside it. Everything follows the page on
// scroll, resize and layout changes (observers and events, no polling), never
// takes focus on its own, and the fix and "next problem" are on the keyboard.
import { render, type ComponentChild } from 'preact';
import { OverlayView, type MarkerAt } from './view';
import { OVERLAY_CSS } from './styles';
import type { OverlayItem } from './item';
import { collectObstacles } from './obstacles';
import {
  overlaps,
  placeMarker,
  placeMessage,
  nearestFree,
  type Box,
  type Viewport,
} from './placement';

export type { OverlayItem } from './item';

export interface Overlay {
  update(items: OverlayItem[]): void;
  /** Something moved or changed (a session event): draw again on the next frame. */
  refresh(): void;
  isOurs(node: Node): boolean;
  destroy(): void;
}

export interface OverlayOptions {
  /** Applies a fix's value to the field (page/values.ts writeFieldValue). */
  onFix(element: Element, value: string): boolean;
  /** Extension point next to the summary (teach-a-field). */
  slot?: OverlaySlot;
  /** What a person sees of a field when the page hides the native control (a widget library's drawing). */
  boxOf?(element: Element): Element;
  /** A widget library's popups open now (a dropdown, a date panel): no message covers them. */
  popups?(): Element[];
}

/** Extra content drawn with the summary, in its own mount; `connect` hands it a redraw function. */
export interface OverlaySlot {
  render(): ComponentChild;
  connect?(redraw: () => void): void;
}

const HOST_ATTR = 'data-exam-assist-overlay';
/** Marker size in CSS px (styles.ts `.marker`). */
const MARKER = 14;
/** Widths a message tries, widest first, until one fits a free spot. */
const WIDTHS = [360, 280, 220, 170];
/** How long a hovered message stays after the pointer left (time to reach its fix button). */
const HOVER_GRACE_MS = 400;
/** What Alt+Shift+N may focus inside a library's drawn box. */
const FOCUSABLE = 'input:not([type=hidden]),select,textarea,button,[tabindex]:not([tabindex="-1"])';

function toBox(r: DOMRect): Box {
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}

/** The layout viewport without scrollbars (standards and quirks mode pages). */
function viewportOf(doc: Document, view: Window): Viewport {
  const root = doc.compatMode === 'BackCompat' && doc.body ? doc.body : doc.documentElement;
  return {
    width: root.clientWidth || view.innerWidth,
    height: root.clientHeight || view.innerHeight,
  };
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
    'all:initial!important;position:fixed!important;top:0!important;left:0!important;width:0!important;' +
    'height:0!important;z-index:2147483647!important;display:block!important;';
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  const mount = doc.createElement('div');
  // The slot renders into its own element, so it never disturbs the messages' diffing.
  const slotMount = doc.createElement('div');
  shadow.append(style, mount, slotMount);

  let items: OverlayItem[] = [];
  let byElement = new Map<Element, OverlayItem>();
  let frame = 0;
  let destroyed = false;
  let cursor = -1;
  let hovered: Element | undefined;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;

  const attach = () => {
    if (!host.isConnected) doc.documentElement.appendChild(host);
  };
  attach();
  const isOurs = (node: Node) => node === host || host.contains(node);

  const anchor = (element: Element): Element => options.boxOf?.(element) ?? element;
  const jump = safe(() => {
    const visible = items.filter((item) => item.element.isConnected);
    if (visible.length === 0) return;
    // Errors first, then warnings, in document order (items come in document order).
    const ordered = [
      ...visible.filter((i) => i.findings.some((f) => f.severity === 'error')),
      ...visible.filter((i) => !i.findings.some((f) => f.severity === 'error')),
    ];
    cursor = (cursor + 1) % ordered.length;
    const field = ordered[cursor]!.element as HTMLElement;
    // A library may hide the native control and draw its own (layui): go to what a person sees.
    const box = anchor(field) as HTMLElement;
    const target =
      box === field
        ? field
        : ((box.matches(FOCUSABLE) ? box : box.querySelector<HTMLElement>(FOCUSABLE)) ?? field);
    box.scrollIntoView({ block: 'center', inline: 'nearest' });
    // The candidate asked to go there: moving focus is what the badge is for.
    target.focus({ preventScroll: true });
  });
  const onFix = (element: Element, value: string): boolean =>
    safe(options.onFix)(element, value) ?? false;

  // Which fields with findings are near the viewport: on a 5,000-field page only
  // those are measured when drawing. Its thresholds also report a field that
  // moved in or out of view without a scroll (a row opened above it).
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
    { rootMargin: '200px', threshold: [0, 0.5, 1] },
  );
  /**
   * The item an element stands for: the field itself, or the box a library draws for a hidden one
   * (layui's select title holds the focused input, src/page/widgets/layui.ts).
   */
  const itemOf = (el: Element | null): OverlayItem | undefined => {
    if (!el) return undefined;
    const direct = byElement.get(el);
    if (direct || !options.boxOf) return direct;
    return items.find((item) => {
      const box = anchor(item.element);
      return box !== item.element && box.contains(el);
    });
  };
  const track = (next: OverlayItem[]) => {
    const wanted = new Set(next.map((item) => anchor(item.element)));
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

  /** The field whose full message is shown: the hovered one, else the focused one. */
  const current = (): OverlayItem | undefined => {
    if (hovered) {
      const item = byElement.get(hovered);
      if (item && hovered.isConnected) return item;
    }
    return itemOf(doc.activeElement);
  };

  const onScreen = (r: DOMRect, vp: Viewport) =>
    (r.width > 0 || r.height > 0) &&
    r.bottom > 0 &&
    r.right > 0 &&
    r.top < vp.height &&
    r.left < vp.width;

  /** Moves a drawn element (hidden until now) into a free spot, or keeps it hidden. */
  const put = (el: HTMLElement, at: Box | undefined) => {
    if (!at) {
      el.style.visibility = 'hidden';
      return;
    }
    el.style.left = `${Math.round(at.left)}px`;
    el.style.top = `${Math.round(at.top)}px`;
    el.style.visibility = 'visible';
  };

  const draw = safe(() => {
    frame = 0;
    if (destroyed) return;
    attach();
    const vp = viewportOf(doc, view);
    const shown = current();
    const obstacles = items.length ? [...collectObstacles(doc, vp, isOurs), ...popupBoxes()] : [];
    const taken: Box[] = [];
    const markers: MarkerAt[] = [];
    for (const item of items) {
      const anchored = anchor(item.element);
      // The focused field's message stands for its marker; a hovered marker stays
      // drawn, or the pointer would leave an element that is gone (no mouseleave).
      const focusedShown = item === shown && item.element !== hovered;
      if (focusedShown || !near.has(anchored) || !anchored.isConnected) continue;
      const rect = anchored.getBoundingClientRect();
      if (!onScreen(rect, vp)) continue;
      const box = placeMarker(toBox(rect), MARKER, [...obstacles, ...taken], vp);
      if (!box) continue;
      taken.push(box);
      markers.push({ item, box });
    }
    render(
      <OverlayView
        message={shown}
        markers={markers}
        items={items}
        onFix={onFix}
        onJump={jump}
        onHover={hover}
        onLeave={leave}
      />,
      mount,
    );
    if (options.slot) {
      try {
        render(options.slot.render(), slotMount);
      } catch (error) {
        // The slot's failure never stops the messages from being drawn.
        console.debug('[exam-assist] overlay slot', error);
      }
    }
    // The teach dock (slot) is ours too: the badge and message keep clear of it.
    for (const el of slotMount.querySelectorAll<HTMLElement>('.teach-dock > *')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) taken.push(toBox(r));
    }
    const box = mount.querySelector<HTMLElement>('.msg');
    if (box && shown) {
      const rect = anchor(shown.element).getBoundingClientRect();
      let at: Box | undefined;
      if (onScreen(rect, vp)) {
        for (const width of WIDTHS) {
          if (width > vp.width) continue;
          box.style.width = `${width}px`;
          const size = box.getBoundingClientRect();
          at = placeMessage(
            toBox(rect),
            { width, height: size.height },
            [...obstacles, ...taken],
            vp,
          );
          if (at) break;
        }
      }
      put(box, at);
      if (at) taken.push(at);
    }
    const badge = mount.querySelector<HTMLElement>('.badge');
    if (badge) {
      const r = badge.getBoundingClientRect();
      const size = { width: r.width, height: r.height };
      const all = [...obstacles, ...taken];
      // A corner first (bottom right, as before), else the free spot nearest to it.
      const corners: Box[] = [
        { left: vp.width - 16 - r.width, top: vp.height - 16 - r.height, ...size },
        { left: 16, top: vp.height - 16 - r.height, ...size },
        { left: vp.width - 16 - r.width, top: 16, ...size },
        { left: 16, top: 16, ...size },
      ];
      const corner = corners.find(
        (c) => c.left >= 0 && c.top >= 0 && !all.some((o) => overlaps(c, o, 4)),
      );
      put(badge, corner ?? nearestFree(corners[0]!, size, all, vp));
    }
  });

  /** A widget's open popup (its options, a month panel) is an obstacle: no message covers it. */
  const popupBoxes = (): Box[] =>
    (options.popups?.() ?? [])
      .map((p) => p.getBoundingClientRect())
      .filter((r) => r.width > 0)
      .map(toBox);

  const schedule = () => {
    if (frame || destroyed) return;
    frame = view.requestAnimationFrame(draw);
  };

  function hover(element: Element) {
    if (hoverTimer !== undefined) clearTimeout(hoverTimer);
    hoverTimer = undefined;
    if (hovered === element) return;
    hovered = element;
    schedule();
  }
  function leave() {
    if (hoverTimer !== undefined) clearTimeout(hoverTimer);
    hoverTimer = setTimeout(() => {
      hoverTimer = undefined;
      hovered = undefined;
      schedule();
    }, HOVER_GRACE_MS);
  }

  const onMove = () => schedule();
  const onPointerOver = safe((event: Event) => {
    const item = itemOf(event.target as Element | null);
    if (item) hover(item.element);
  });
  const onPointerOut = safe((event: Event) => {
    const item = itemOf(event.target as Element | null);
    if (item && item.element === hovered) leave();
  });
  /** Alt+Enter in a field applies its first fix; Alt+Shift+N goes to the next problem. */
  const onKey = safe((event: KeyboardEvent) => {
    if (!event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter' && !event.shiftKey) {
      const item = itemOf(doc.activeElement);
      const fix = item?.findings.find((f) => f.fix)?.fix;
      if (!item || !fix) return;
      event.preventDefault();
      onFix(item.element, fix.value);
    } else if (event.shiftKey && event.code === 'KeyN' && items.length) {
      event.preventDefault();
      jump();
    }
  });
  const passive = { capture: true, passive: true } as const;
  view.addEventListener('scroll', onMove, passive);
  view.addEventListener('resize', onMove, { passive: true });
  doc.addEventListener('focusin', onMove, passive);
  doc.addEventListener('focusout', onMove, passive);
  // A widget opening or closing (its popup animates in): draw when it starts (obstacles.ts takes
  // the popup's full box at once) and again when it settled.
  doc.addEventListener('transitionrun', onMove, passive);
  doc.addEventListener('animationstart', onMove, passive);
  doc.addEventListener('transitionend', onMove, passive);
  doc.addEventListener('animationend', onMove, passive);
  doc.addEventListener('mouseover', onPointerOver, passive);
  doc.addEventListener('mouseout', onPointerOut, passive);
  doc.addEventListener('keydown', onKey, { capture: true });
  const resizeObserver = new view.ResizeObserver(safe(() => schedule()));
  if (doc.body) resizeObserver.observe(doc.body);
  resizeObserver.observe(doc.documentElement);
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

  return {
    update(next) {
      items = next;
      byElement = new Map(next.map((item) => [item.element, item]));
      cursor = -1;
      track(next);
      schedule();
    },
    refresh: schedule,
    isOurs,
    destroy() {
      destroyed = true;
      if (frame) view.cancelAnimationFrame(frame);
      if (hoverTimer !== undefined) clearTimeout(hoverTimer);
      view.removeEventListener('scroll', onMove, { capture: true });
      view.removeEventListener('resize', onMove);
      doc.removeEventListener('focusin', onMove, { capture: true });
      doc.removeEventListener('focusout', onMove, { capture: true });
      doc.removeEventListener('transitionrun', onMove, { capture: true });
      doc.removeEventListener('animationstart', onMove, { capture: true });
      doc.removeEventListener('transitionend', onMove, { capture: true });
      doc.removeEventListener('animationend', onMove, { capture: true });
      doc.removeEventListener('mouseover', onPointerOver, { capture: true });
      doc.removeEventListener('mouseout', onPointerOut, { capture: true });
      doc.removeEventListener('keydown', onKey, { capture: true });
      resizeObserver.disconnect();
      intersection.disconnect();
      hostWatch.disconnect();
      render(null, mount);
      render(null, slotMount);
      host.remove();
    },
  };
}
