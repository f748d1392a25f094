// The overlay's hit test: with a wrong value in every field, nothing the
// candidate must read or click is under the extension's overlay. For every
// field, label (any element's own text) and button on screen, in every frame,
// `elementFromPoint` at its centre must be that element or inside it; a point
// that lands on our overlay host is "covered". Pages come as a list, so the
// widget-library replicas (element-ui, layui…) are one more entry each; with
// a widget popup open (a select's dropdown, a month picker's panel) its items
// are checked the same way.
import { expect } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { POPUP_SELECTOR } from '../../src/page/widgets';

export interface HitPage {
  name: string;
  /** Opens the page in `page` (goto and wait for the content script). */
  open(page: Page): Promise<void>;
  /** Optional: wrong values typing cannot give (a widget's select, a month picker), picked as a person would. */
  fillWrong?(page: Page): Promise<void>;
  /** Optional: widget popups by name, each opened as a person would and left open. */
  popups?: Record<string, (page: Page) => Promise<unknown>>;
}

export interface Covered {
  frame: string;
  what: string;
  x: number;
  y: number;
}

const SIZES = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
];

/** Types a wrong value into every visible text box of every frame, with the keyboard. */
export async function fillEverythingWrong(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    const boxes = frame.locator(
      'input:not([type]):visible, input[type=text]:visible, input[type=tel]:visible, input[type=email]:visible,' +
        ' input[type=password]:visible, textarea:visible',
    );
    const count = await boxes.count();
    for (let i = 0; i < count; i++) {
      const box = boxes.nth(i);
      if (!(await box.isEditable().catch(() => false))) continue;
      await box.click();
      await box.press('ControlOrMeta+a');
      // Full-width and too short: wrong for every typed field of the platform.
      await box.pressSequentially('１x', { delay: 0 });
      // A month picker's input opens its panel over the next boxes: closed as a person would.
      if (await openPopup(page).count()) await closePopup(page);
    }
  }
}

async function idle(frame: Frame): Promise<void> {
  await frame
    .waitForSelector('html[data-exam-assist-checks="idle"]', { timeout: 10_000 })
    .catch(() => undefined);
  // Two frames: the overlay draws on the next animation frame after `checked`.
  await frame.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
}

/** What the candidate must reach, on screen, that our overlay covers in this frame. */
async function coveredIn(frame: Frame, counted?: { checked: number }): Promise<Covered[]> {
  const { found, checked } = await frame.evaluate(() => {
    const host = document.querySelector('[data-exam-assist-overlay]');
    const out: { what: string; x: number; y: number }[] = [];
    let checked = 0;
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const check = (el: Element, r: DOMRect, what: string) => {
      if (r.width === 0 || r.height === 0) return;
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (x < 0 || y < 0 || x >= vw || y >= vh) return;
      checked++;
      const at = document.elementFromPoint(x, y);
      // Our host stands for everything in its closed shadow root (messages, markers, badge).
      if (host && at === host) out.push({ what, x: Math.round(x), y: Math.round(y) });
    };
    const controls = document.querySelectorAll(
      'input:not([type=hidden]), select, textarea, button, a[href], [role=button], label, iframe',
    );
    for (const el of controls) {
      if (!(el as HTMLElement).checkVisibility?.({ visibilityProperty: true })) continue;
      check(el, el.getBoundingClientRect(), `${el.tagName} ${el.id || el.textContent?.trim()}`);
    }
    // Labels and every other text: the centre of each text run.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue?.trim();
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('script, style, option, template')) continue;
      if (!parent.checkVisibility?.({ visibilityProperty: true })) continue;
      range.selectNodeContents(node);
      check(parent, range.getBoundingClientRect(), `text ${text.slice(0, 20)}`);
    }
    return { found: out, checked };
  });
  if (counted) counted.checked += checked;
  return found.map((f) => ({ ...f, frame: frame.url() }));
}

const openPopup = (page: Page) => page.locator(`:is(${POPUP_SELECTOR}):visible`);

/**
 * With a widget popup open: this screen as it is (no scroll, no focus moved, either would
 * close it). The popup's items are text runs of the page: each is checked like a label.
 */
async function coveredWithPopup(
  page: Page,
  name: string,
  counted: { checked: number },
): Promise<Covered[]> {
  // The popup has finished animating in (CSS transitions are document animations) when the
  // candidate reaches for its items; then the overlay's redraw after it (two frames).
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running'),
  );
  for (const frame of page.frames()) await idle(frame);
  const items = await openPopup(page).evaluateAll((popups) =>
    popups.reduce((n, el) => n + ((el as HTMLElement).innerText.trim() ? 1 : 0), 0),
  );
  expect(items, `${name}: a popup with items is open`).toBeGreaterThan(0);
  const out: Covered[] = [];
  for (const frame of page.frames()) out.push(...(await coveredIn(frame, counted)));
  // Still open after the check: what was checked is what the candidate sees.
  expect(await openPopup(page).count(), `${name}: the popup stayed open`).toBeGreaterThan(0);
  return out;
}

/** Closes the open popup as a person would: Escape, else a click on the page's margin. */
async function closePopup(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  const popups = openPopup(page);
  const closed = () =>
    popups
      .first()
      .waitFor({ state: 'hidden', timeout: 2_000 })
      .then(() => true)
      .catch(() => false);
  if (await closed()) return;
  await page.mouse.click(2, 2);
  await popups.first().waitFor({ state: 'hidden', timeout: 5_000 });
}

/** Every frame, scrolled through from top to bottom; with the focus on a field with a finding. */
export async function coveredOnPage(page: Page, counted?: { checked: number }): Promise<Covered[]> {
  const out: Covered[] = [];
  for (const frame of page.frames()) await idle(frame);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const step = Math.max(200, (page.viewportSize()?.height ?? 600) - 100);
  for (let y = 0; y < height; y += step) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    // A field of this screen with a finding gets the focus: its full message is drawn.
    for (const frame of page.frames()) {
      await frame.evaluate(() => {
        const vh = document.documentElement.clientHeight;
        const target = [
          ...document.querySelectorAll<HTMLElement>('[data-exam-assist-state="error"]'),
        ].find((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= vh && r.width > 0;
        });
        target?.focus({ preventScroll: true });
      });
      await idle(frame);
      out.push(...(await coveredIn(frame, counted)));
    }
    if (y + step >= height) break;
  }
  return out;
}

/** The hit test on every page at every size (and with its popup open, when it has one). */
export async function hitTest(newPage: () => Promise<Page>, pages: readonly HitPage[]) {
  const report: Record<string, Covered[]> = {};
  // How many elements and text runs were checked, per page and size: printed, never asserted.
  const checked: Record<string, number> = {};
  for (const entry of pages) {
    for (const size of SIZES) {
      const page = await newPage();
      await page.setViewportSize(size);
      await entry.open(page);
      await fillEverythingWrong(page);
      await entry.fillWrong?.(page);
      // The test means something only with findings on screen.
      let errors = 0;
      for (const frame of page.frames())
        errors += await frame.locator('[data-exam-assist-state="error"]').count();
      expect(errors, entry.name).toBeGreaterThan(0);
      const name = `${entry.name} @${size.width}×${size.height}`;
      const counted = { checked: 0 };
      report[name] = await coveredOnPage(page, counted);
      checked[name] = counted.checked;
      for (const [popup, open] of Object.entries(entry.popups ?? {})) {
        // element-ui opens a date picker's panel on focus: the scroll-through may leave one open.
        if (await openPopup(page).count()) await closePopup(page);
        await open(page);
        const key = `${name} (${popup} open)`;
        const inPopup = { checked: 0 };
        report[key] = await coveredWithPopup(page, key, inPopup);
        checked[key] = inPopup.checked;
        await closePopup(page);
      }
      await page.close();
    }
  }
  for (const [name, n] of Object.entries(checked))
    console.info(`hit test ${name}: ${n} checked, ${report[name]!.length} covered`);
  const covered = Object.fromEntries(Object.entries(report).filter(([, list]) => list.length));
  expect(covered).toEqual({});
  return report;
}
