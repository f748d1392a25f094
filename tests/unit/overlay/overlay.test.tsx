// @vitest-environment happy-dom
// The overlay (src/overlay) as the candidate sees it: the focused (or hovered)
// field's full message with its fix button, placed in a free spot; a small
// marker beside every other field with a finding; the summary badge in a free
// corner, counting and jumping (errors first); a host the page cannot get rid
// of; redrawn on events, never by polling. happy-dom has no layout: field
// boxes are given per element, the overlay's own boxes follow their style, and
// every observed field counts as near the viewport. The geometry itself is
// pinned in ./placement.test.ts; here it is the overlay using it on a page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../src/rules';
import { createOverlay, type Overlay, type OverlayItem } from '../../../src/overlay';
import { overlaps, type Box } from '../../../src/overlay/placement';

/** happy-dom's window without layout (documentElement.clientWidth is 0). */
const VP = { width: 1024, height: 768 };
const MSG_HEIGHT = 60;
const BADGE = { width: 120, height: 24 };
const MARKER = 14;

function finding(severity: Finding['severity'], ruleId: string, fix?: string): Finding {
  return {
    ruleId: ruleId as Finding['ruleId'],
    severity,
    field: 'mobile',
    message: { zh: `${ruleId} 的说明`, en: `${ruleId} explained` },
    ...(fix ? { fix: { value: fix, label: { zh: `改为 ${fix}`, en: `change to ${fix}` } } } : {}),
  };
}

/** Field boxes by element; the overlay's own elements sit where their style puts them. */
const boxes = new Map<Element, DOMRect>();
const realRect = Element.prototype.getBoundingClientRect;
const attachShadow = Element.prototype.attachShadow;
const realObserver = window.IntersectionObserver;

const px = (value: string) => parseFloat(value) || 0;

beforeEach(() => {
  window.innerWidth = VP.width;
  window.innerHeight = VP.height;
  Element.prototype.getBoundingClientRect = function (this: Element) {
    const box = boxes.get(this);
    if (box) return box;
    const el = this as HTMLElement;
    const at = (width: number, height: number) =>
      new DOMRect(px(el.style?.left ?? ''), px(el.style?.top ?? ''), width, height);
    if (el.classList?.contains('msg')) return at(px(el.style.width) || 360, MSG_HEIGHT);
    if (el.classList?.contains('badge')) return at(BADGE.width, BADGE.height);
    if (el.classList?.contains('marker')) return at(MARKER, MARKER);
    return new DOMRect(0, 0, 0, 0);
  };
  // The shadow root is closed in the product; opened here so the test can read it.
  Element.prototype.attachShadow = function (init: ShadowRootInit) {
    return attachShadow.call(this, { ...init, mode: 'open' });
  };
  // Layout stand-in: every observed field is near the viewport at once.
  window.IntersectionObserver = class {
    constructor(private callback: IntersectionObserverCallback) {}
    observe(target: Element) {
      this.callback(
        [{ target, isIntersecting: true } as IntersectionObserverEntry],
        this as unknown as IntersectionObserver,
      );
    }
    unobserve() {}
    disconnect() {}
  } as unknown as typeof IntersectionObserver;
});

let overlay: Overlay | undefined;
afterEach(() => {
  overlay?.destroy();
  overlay = undefined;
  boxes.clear();
  (document.activeElement as HTMLElement | null)?.blur?.();
  document.body.innerHTML = '';
  Element.prototype.getBoundingClientRect = realRect;
  Element.prototype.attachShadow = attachShadow;
  window.IntersectionObserver = realObserver;
  vi.restoreAllMocks();
});

/** Inputs placed at the given boxes (left, top, width, height). */
function fields(...rects: [number, number, number, number][]): HTMLInputElement[] {
  return rects.map(([left, top, width, height], i) => {
    const input = document.createElement('input');
    input.id = `f${i}`;
    input.scrollIntoView = () => {};
    document.body.append(input);
    boxes.set(input, new DOMRect(left, top, width, height));
    return input;
  });
}

const host = () => document.querySelector('[data-exam-assist-overlay]') as HTMLElement | null;
const root = () => host()?.shadowRoot ?? null;
const message = () => root()?.querySelector<HTMLElement>('.msg') ?? null;
/** The message once it was placed (it is drawn hidden, then moved into a free spot). */
const shownMessage = () => {
  const msg = message();
  return msg && msg.style.visibility === 'visible' ? msg : null;
};
const markers = () => [...(root()?.querySelectorAll<HTMLElement>('.marker') ?? [])];
const badge = () => root()?.querySelector<HTMLButtonElement>('.badge') ?? null;
const placedBadge = () => {
  const b = badge();
  return b && b.style.visibility === 'visible' ? b : null;
};

/** Where the overlay put one of its elements, as a box. */
function boxOf(el: HTMLElement): Box {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}
const fieldBox = (el: Element): Box => {
  const r = boxes.get(el)!;
  return { left: r.left, top: r.top, width: r.width, height: r.height };
};

function show(items: OverlayItem[], onFix = vi.fn((_el: Element, _value: string) => true)) {
  overlay = createOverlay(document, { onFix });
  overlay.update(items);
  return onFix;
}

describe('createOverlay', () => {
  it('shows the focused field its full message, whose fix button applies the fix', async () => {
    const [id, mobile] = fields([100, 100, 200, 24], [100, 400, 200, 24]);
    const onFix = show([
      {
        element: id!,
        findings: [
          finding('error', 'R-ID-CN', '11010519491231002X'),
          finding('warning', 'R-HALFWIDTH'),
        ],
      },
      { element: mobile!, findings: [finding('warning', 'R-MOBILE')] },
    ]);
    // Nothing focused: markers only, no message over the page.
    await expect.poll(() => markers().length).toBe(2);
    expect(message()).toBeNull();

    id!.focus();
    await expect.poll(shownMessage).not.toBeNull();
    const msg = shownMessage()!;
    expect(msg.className).toBe('msg error');
    expect(msg.textContent).toContain('R-ID-CN 的说明');
    expect(msg.textContent).toContain('R-HALFWIDTH 的说明');
    expect(msg.textContent).not.toContain('R-MOBILE');
    // Only the focused field's message: the other field keeps its marker.
    expect(root()!.querySelectorAll('.msg')).toHaveLength(1);
    expect(markers()).toHaveLength(1);

    const fix = msg.querySelectorAll<HTMLButtonElement>('button.fix');
    expect(fix).toHaveLength(1);
    expect(fix[0]!.textContent).toContain('修正：改为 11010519491231002X');
    expect(onFix).not.toHaveBeenCalled();
    fix[0]!.click();
    expect(onFix).toHaveBeenCalledExactlyOnceWith(id, '11010519491231002X');
  });

  it('applies the focused field’s first fix on Alt+Enter', async () => {
    const [id] = fields([100, 100, 200, 24]);
    const onFix = show([
      { element: id!, findings: [finding('error', 'R-ID-CN', '11010519491231002X')] },
    ]);
    id!.focus();
    await expect.poll(shownMessage).not.toBeNull();
    id!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', altKey: true, bubbles: true }));
    expect(onFix).toHaveBeenCalledExactlyOnceWith(id, '11010519491231002X');
  });

  it('puts a marker beside each other field with a finding, not on any field', async () => {
    const [error, warned, clean, below] = fields(
      [100, 100, 200, 24],
      [100, 200, 200, 24],
      [310, 200, 200, 24], // right of `warned`, where its marker would go first
      [100, 5_000, 200, 24], // off screen: no marker
    );
    show([
      { element: error!, findings: [finding('error', 'R-ID-CN')] },
      { element: warned!, findings: [finding('warning', 'R-MOBILE')] },
      { element: below!, findings: [finding('error', 'R-EMAIL')] },
    ]);
    await expect.poll(() => markers().length).toBe(2);
    const [first, second] = markers();
    expect(first!.className).toBe('marker error');
    expect(second!.className).toBe('marker warning');
    // Right of its field, centred on it.
    expect(boxOf(first!)).toEqual({ left: 302, top: 105, width: MARKER, height: MARKER });
    // Beside its field (left of it: `clean` is on its right) and on no field.
    const b = boxOf(second!);
    expect(b.top).toBe(205);
    expect(b.left + b.width).toBeLessThanOrEqual(100);
    for (const field of [error, warned, clean]) {
      expect(overlaps(boxOf(first!), fieldBox(field!))).toBe(false);
      expect(overlaps(b, fieldBox(field!))).toBe(false);
    }
  });

  it('shows the message of a hovered marker or field, and the focused one again after', async () => {
    const [a, b, c] = fields([100, 100, 200, 24], [100, 300, 200, 24], [100, 500, 200, 24]);
    show([
      { element: a!, findings: [finding('error', 'R-ID-CN')] },
      { element: b!, findings: [finding('warning', 'R-MOBILE')] },
      { element: c!, findings: [finding('warning', 'R-EMAIL')] },
    ]);
    a!.focus();
    await expect.poll(() => shownMessage()?.textContent).toContain('R-ID-CN');
    expect(markers()).toHaveLength(2);

    // The marker beside `b` (right of it, centred).
    const markerOfB = markers().find((m) => m.style.top === '305px')!;
    expect(markerOfB).toBeDefined();
    markerOfB.dispatchEvent(new MouseEvent('mouseenter'));
    await expect.poll(() => shownMessage()?.textContent).toContain('R-MOBILE');
    expect(shownMessage()!.textContent).not.toContain('R-ID-CN');

    // The pointer left (through the message): after a short grace, the focused
    // field's message is back.
    shownMessage()!.dispatchEvent(new MouseEvent('mouseenter'));
    shownMessage()!.dispatchEvent(new MouseEvent('mouseleave'));
    await expect.poll(() => shownMessage()?.textContent).toContain('R-ID-CN');

    // Hovering a field itself shows its message too.
    c!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    await expect.poll(() => shownMessage()?.textContent).toContain('R-EMAIL');
  });

  it('places the message clear of its field, the fields around it and the markers', async () => {
    // A crowded form: fields right below and above the focused one, so the
    // usual spot under it is taken.
    const [focused, below, above, beside] = fields(
      [100, 100, 200, 24],
      [100, 130, 200, 24],
      [100, 40, 200, 24],
      [600, 100, 200, 24],
    );
    show([
      { element: focused!, findings: [finding('error', 'R-ID-CN')] },
      { element: below!, findings: [finding('error', 'R-MOBILE')] },
      { element: above!, findings: [finding('warning', 'R-EMAIL')] },
    ]);
    focused!.focus();
    await expect.poll(shownMessage).not.toBeNull();
    const msg = boxOf(shownMessage()!);
    expect(msg.height).toBe(MSG_HEIGHT);
    for (const field of [focused, below, above, beside])
      expect(overlaps(msg, fieldBox(field!))).toBe(false);
    for (const marker of markers()) expect(overlaps(msg, boxOf(marker))).toBe(false);
    expect(msg.left).toBeGreaterThanOrEqual(0);
    expect(msg.top).toBeGreaterThanOrEqual(0);
    expect(msg.left + msg.width).toBeLessThanOrEqual(VP.width);
    expect(msg.top + msg.height).toBeLessThanOrEqual(VP.height);
  });

  it('counts errors and warnings on the badge and jumps to the errors first', async () => {
    const [warned, failed, failed2] = fields(
      [10, 10, 100, 20],
      [10, 100, 100, 20],
      [10, 200, 100, 20],
    );
    show([
      { element: warned!, findings: [finding('warning', 'R-EMAIL')] },
      { element: failed!, findings: [finding('error', 'R-MOBILE'), finding('warning', 'R-X')] },
      { element: failed2!, findings: [finding('error', 'R-POSTCODE')] },
    ]);
    await expect.poll(placedBadge).not.toBeNull();
    expect(badge()!.querySelector('.e')!.textContent).toBe('2 处错误');
    expect(badge()!.querySelector('.w')!.textContent).toBe('2 处提醒');
    const visits: string[] = [];
    for (let i = 0; i < 4; i++) {
      badge()!.click();
      visits.push(document.activeElement!.id);
    }
    expect(visits).toEqual([failed!.id, failed2!.id, warned!.id, failed!.id]);
  });

  it('puts the badge in a free corner: bottom right, else another one', async () => {
    const [a] = fields([100, 100, 200, 24]);
    show([{ element: a!, findings: [finding('error', 'R-MOBILE')] }]);
    await expect.poll(placedBadge).not.toBeNull();
    expect(boxOf(badge()!)).toEqual({
      left: VP.width - 16 - BADGE.width,
      top: VP.height - 16 - BADGE.height,
      ...BADGE,
    });

    // A page button in the bottom right corner: the badge goes elsewhere, over nothing.
    overlay!.destroy();
    const [submit] = fields([VP.width - 200, VP.height - 60, 190, 50]);
    show([{ element: a!, findings: [finding('error', 'R-MOBILE')] }]);
    await expect.poll(placedBadge).not.toBeNull();
    const placed = boxOf(badge()!);
    expect(placed).toEqual({ left: 16, top: VP.height - 16 - BADGE.height, ...BADGE });
    expect(overlaps(placed, fieldBox(submit!))).toBe(false);
  });

  it('follows the page on its events, and does not poll in between', async () => {
    // Fake timers and frames: an idle overlay must leave none pending, so a poll
    // (an interval, or a timer or frame that schedules the next) cannot hide.
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'requestAnimationFrame'] });
    try {
      const [a] = fields([100, 100, 200, 24]);
      show([{ element: a!, findings: [finding('error', 'R-MOBILE')] }]);
      a!.focus();
      await vi.runOnlyPendingTimersAsync();
      await vi.runOnlyPendingTimersAsync();
      expect(shownMessage()).not.toBeNull();
      const before = boxOf(shownMessage()!);

      // Idle page: nothing scheduled.
      expect(vi.getTimerCount()).toBe(0);

      // The page scrolled: the message moves with its field, and then rests again.
      boxes.set(a!, new DOMRect(100, 300, 200, 24));
      window.dispatchEvent(new Event('scroll'));
      await vi.runOnlyPendingTimersAsync();
      await vi.runOnlyPendingTimersAsync();
      expect(boxOf(shownMessage()!).top).toBe(before.top + 200);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('comes back when the page removes it, and leaves nothing once destroyed', async () => {
    const [a] = fields([100, 200, 150, 24]);
    show([{ element: a!, findings: [finding('error', 'R-MOBILE')] }]);
    await expect.poll(() => markers().length).toBe(1);
    const ours = host()!;
    expect(overlay!.isOurs(ours)).toBe(true);
    expect(overlay!.isOurs(a!)).toBe(false);
    ours.remove();
    expect(host()).toBeNull();
    await expect.poll(host).not.toBeNull();
    await expect.poll(() => markers().length).toBe(1);
    expect(document.querySelectorAll('[data-exam-assist-overlay]')).toHaveLength(1);
    overlay!.destroy();
    overlay = undefined;
    expect(host()).toBeNull();
  });
});
