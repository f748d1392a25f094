// @vitest-environment happy-dom
// The overlay (src/overlay) as the candidate sees it: one message per field
// with findings, placed under its field and out of the way of the field being
// typed in, a fix button that applies the fix, the summary badge that counts
// and jumps (errors first), and a host the page cannot get rid of. happy-dom
// has no layout: field boxes are given per element, the overlay's own boxes
// follow their style, and every observed field counts as near the viewport.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import type { Finding } from '../../../src/rules';
import { createOverlay, type Overlay, type OverlayItem } from '../../../src/overlay';
import { OverlayView, summaryText } from '../../../src/overlay/view';

const MSG = { width: 200, height: 40 };
const GAP = 3;

function finding(severity: Finding['severity'], ruleId: string, fix?: string): Finding {
  return {
    ruleId: ruleId as Finding['ruleId'],
    severity,
    field: 'mobile',
    message: { zh: `${ruleId} 的说明`, en: `${ruleId} explained` },
    ...(fix ? { fix: { value: fix, label: { zh: `改为 ${fix}`, en: `change to ${fix}` } } } : {}),
  };
}

/** Field boxes by element; the overlay's message boxes sit where their style puts them. */
const boxes = new Map<Element, DOMRect>();
const realRect = Element.prototype.getBoundingClientRect;
const attachShadow = Element.prototype.attachShadow;
const realObserver = window.IntersectionObserver;

beforeEach(() => {
  Element.prototype.getBoundingClientRect = function (this: Element) {
    const box = boxes.get(this);
    if (box) return box;
    const el = this as HTMLElement;
    if (el.classList?.contains('msg'))
      return new DOMRect(
        parseFloat(el.style.left),
        parseFloat(el.style.top),
        MSG.width,
        MSG.height,
      );
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
  document.body.innerHTML = '';
  Element.prototype.getBoundingClientRect = realRect;
  Element.prototype.attachShadow = attachShadow;
  window.IntersectionObserver = realObserver;
});

/** Inputs placed at the given boxes (left, top, width, height). */
function fields(...rects: [number, number, number, number][]): HTMLInputElement[] {
  return rects.map(([left, top, width, height], i) => {
    const input = document.createElement('input');
    input.id = `f${i}`;
    document.body.append(input);
    boxes.set(input, new DOMRect(left, top, width, height));
    return input;
  });
}

const host = () => document.querySelector('[data-exam-assist-overlay]') as HTMLElement | null;
const messages = () => [...(host()?.shadowRoot?.querySelectorAll<HTMLElement>('.msg') ?? [])];
const badge = () => host()?.shadowRoot?.querySelector<HTMLButtonElement>('.badge') ?? null;

function show(items: OverlayItem[], onFix = vi.fn(() => true)): typeof onFix {
  overlay = createOverlay(document, { onFix });
  overlay.update(items);
  return onFix;
}

describe('summaryText', () => {
  it('counts errors and warnings, in both languages', () => {
    const el = document.createElement('input');
    const items = [
      { element: el, findings: [finding('error', 'R-MOBILE'), finding('warning', 'R-HALFWIDTH')] },
      { element: el, findings: [finding('warning', 'R-EMAIL')] },
    ];
    expect(summaryText(items)).toEqual({
      zh: '1 处错误 · 2 处提醒',
      en: '1 error · 2 warnings',
      errors: 1,
      warnings: 2,
    });
    expect(summaryText([]).en).toBe('0 errors · 0 warnings');
  });
});

describe('OverlayView', () => {
  it('draws each placed message where it is told, with its findings, fix button and the badge', () => {
    const [field] = fields([10, 10, 100, 20]);
    const items = [
      { element: field!, findings: [finding('error', 'R-ID-CN', '1101051949123100X')] },
    ];
    const onFix = vi.fn(() => true);
    const mount = document.createElement('div');
    render(
      <OverlayView
        placed={[
          {
            item: items[0]!,
            rect: new DOMRect(10, 10, 100, 20),
            top: 33,
            left: 10,
            focused: false,
          },
        ]}
        items={items}
        onFix={onFix}
        onJump={() => {}}
      />,
      mount,
    );
    const msg = mount.querySelector<HTMLElement>('.msg')!;
    expect(msg.className).toBe('msg error');
    expect([msg.style.top, msg.style.left]).toEqual(['33px', '10px']);
    expect(msg.textContent).toContain('R-ID-CN 的说明');
    expect(msg.textContent).toContain('R-ID-CN explained');
    const fix = msg.querySelector<HTMLButtonElement>('button.fix')!;
    expect(fix.getAttribute('aria-label')).toBe(
      '修正 Fix: 改为 1101051949123100X (change to 1101051949123100X)',
    );
    fix.click();
    expect(onFix).toHaveBeenCalledWith(field, '1101051949123100X');
    expect(mount.querySelector('.badge')!.textContent).toContain('1 处错误');
    expect(mount.querySelector('[role="status"]')!.textContent).toBe(
      '1 处错误 · 0 处提醒（1 error · 0 warnings）',
    );
  });

  it('has no badge and says nothing when there is nothing to say', () => {
    const mount = document.createElement('div');
    render(<OverlayView placed={[]} items={[]} onFix={() => true} onJump={() => {}} />, mount);
    expect(mount.querySelector('.badge')).toBeNull();
    expect(mount.querySelector('[role="status"]')!.textContent).toBe('');
  });
});

describe('createOverlay', () => {
  it('puts one host on the page and each message just under its field', async () => {
    const [a, b] = fields([100, 200, 150, 24], [400, 300, 150, 24]);
    show([
      { element: a!, findings: [finding('error', 'R-MOBILE')] },
      { element: b!, findings: [finding('warning', 'R-EMAIL')] },
    ]);
    await expect.poll(() => messages().length).toBe(2);
    expect(document.querySelectorAll('[data-exam-assist-overlay]')).toHaveLength(1);
    const [first, second] = messages();
    expect([first!.style.top, first!.style.left]).toEqual([`${224 + GAP}px`, '100px']);
    expect(first!.className).toBe('msg error');
    expect([second!.style.top, second!.style.left]).toEqual([`${324 + GAP}px`, '400px']);
    expect(second!.className).toBe('msg warning');
    expect(badge()!.textContent).toContain('1 处错误');
    expect(badge()!.textContent).toContain('1 处提醒');
  });

  it('draws nothing for a field off screen or without a box (hidden)', async () => {
    const [visible, below, hidden] = fields([10, 10, 100, 20], [10, 5_000, 100, 20], [0, 0, 0, 0]);
    show(
      [visible!, below!, hidden!].map((element) => ({
        element,
        findings: [finding('error', 'R-NAME-CN')],
      })),
    );
    await expect.poll(() => messages().length).toBe(1);
    // The badge still counts all three: the candidate can jump to the others.
    expect(badge()!.textContent).toContain('3 处错误');
  });

  it('keeps a message off the field being typed in: above its own field, else to its right', async () => {
    // `a`'s message would sit right where `typing` is.
    const [a, typing] = fields([100, 200, 150, 24], [100, 230, 150, 24]);
    show([{ element: a!, findings: [finding('error', 'R-MOBILE')] }]);
    typing!.focus();
    await expect.poll(() => messages()[0]?.style.top).toBe(`${200 - MSG.height - GAP}px`);
    expect(messages()[0]!.style.visibility).toBe('');

    // No room above (field at the top of the window): beside the field instead.
    overlay!.destroy();
    boxes.set(a!, new DOMRect(100, 10, 150, 24));
    boxes.set(typing!, new DOMRect(100, 40, 150, 24));
    show([{ element: a!, findings: [finding('error', 'R-MOBILE')] }]);
    typing!.focus();
    await expect.poll(() => messages()[0]?.style.left).toBe(`${250 + 8}px`);
    expect(messages()[0]!.style.top).toBe('10px');
  });

  it('the fix button applies the fix to its field', async () => {
    const [a] = fields([100, 200, 150, 24]);
    const onFix = show([
      { element: a!, findings: [finding('error', 'R-ID-CN', '11010519491231002X')] },
    ]);
    await expect.poll(() => messages().length).toBe(1);
    messages()[0]!.querySelector<HTMLButtonElement>('button.fix')!.click();
    expect(onFix).toHaveBeenCalledWith(a, '11010519491231002X');
  });

  it('the badge goes to the errors first, then the warnings, round again', async () => {
    const [warned, failed, failed2] = fields(
      [10, 10, 100, 20],
      [10, 100, 100, 20],
      [10, 200, 100, 20],
    );
    for (const el of [warned, failed, failed2]) el!.scrollIntoView = () => {};
    show([
      { element: warned!, findings: [finding('warning', 'R-EMAIL')] },
      { element: failed!, findings: [finding('error', 'R-MOBILE')] },
      { element: failed2!, findings: [finding('error', 'R-POSTCODE')] },
    ]);
    await expect.poll(() => badge()).not.toBeNull();
    const visits: string[] = [];
    for (let i = 0; i < 4; i++) {
      badge()!.click();
      visits.push(document.activeElement!.id);
    }
    expect(visits).toEqual([failed!.id, failed2!.id, warned!.id, failed!.id]);
  });

  it('comes back when the page removes it, and leaves nothing once destroyed', async () => {
    const [a] = fields([100, 200, 150, 24]);
    show([{ element: a!, findings: [finding('error', 'R-MOBILE')] }]);
    await expect.poll(() => messages().length).toBe(1);
    const ours = host()!;
    expect(overlay!.isOurs(ours)).toBe(true);
    expect(overlay!.isOurs(a!)).toBe(false);
    ours.remove();
    await expect.poll(() => host()).not.toBeNull();
    await expect.poll(() => messages().length).toBe(1);
    overlay!.destroy();
    overlay = undefined;
    expect(host()).toBeNull();
  });
});
