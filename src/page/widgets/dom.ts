// What every widget adapter does to a page the way a person does it: click with
// the mouse (pointer and mouse events at the element's centre), type text
// (the prototype's value setter, then `input`), press a key. Only DOM events:
// the content script's isolated world never calls the page's JavaScript
// (docs/page-assist.md "Widget adapters").

/** A native control the collector found (input, select, textarea). */
export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export const pause = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `test` until it gives a value (or `ms` passed): widgets redraw on the framework's next tick. */
export async function until<T>(
  test: () => T | undefined | null | false,
  ms = 800,
  step = 20,
): Promise<T | undefined> {
  const end = performance.now() + ms;
  for (;;) {
    const value = test();
    if (value) return value;
    if (performance.now() > end) return undefined;
    await pause(step);
  }
}

const viewOf = (el: Element): Window & typeof globalThis =>
  (el.ownerDocument.defaultView ?? window) as Window & typeof globalThis;

/** Shown on the page: laid out, not hidden, not transparent to the eye. */
export function isShown(el: Element | null | undefined): el is HTMLElement {
  if (!el || !el.isConnected) return false;
  const style = viewOf(el).getComputedStyle(el);
  if (style.display === 'none' || style.visibility === 'hidden') return false;
  return el.getClientRects().length > 0;
}

/** A mouse click at the element's centre: pointerdown, mousedown, pointerup, mouseup, click. */
export function clickLikePerson(el: Element): void {
  const view = viewOf(el);
  const rect = el.getBoundingClientRect();
  const at = {
    bubbles: true,
    cancelable: true,
    composed: true,
    view,
    button: 0,
    clientX: rect.left + rect.width / 2,
    clientY: rect.top + rect.height / 2,
  };
  const Pointer = view.PointerEvent ?? view.MouseEvent;
  el.dispatchEvent(new Pointer('pointerdown', { ...at, buttons: 1 }));
  el.dispatchEvent(new view.MouseEvent('mousedown', { ...at, buttons: 1 }));
  el.dispatchEvent(new Pointer('pointerup', at));
  el.dispatchEvent(new view.MouseEvent('mouseup', at));
  el.dispatchEvent(new view.MouseEvent('click', at));
}

/** A mouse click on the page's empty margin: closes a library's popup ("click outside"). */
export function clickOutside(doc: Document): void {
  const view = doc.defaultView ?? window;
  const at = { bubbles: true, cancelable: true, view, button: 0, clientX: 1, clientY: 1 };
  doc.documentElement.dispatchEvent(new view.MouseEvent('mousedown', at));
  doc.documentElement.dispatchEvent(new view.MouseEvent('mouseup', at));
  doc.documentElement.dispatchEvent(new view.MouseEvent('click', at));
}

/** Sets the text through the prototype's setter (what typing goes through) and says `input`. */
export function typeText(input: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  const view = viewOf(input);
  let proto: object | null = Object.getPrototypeOf(input);
  while (proto) {
    const desc = Object.getOwnPropertyDescriptor(proto, 'value');
    if (desc?.set) {
      desc.set.call(input, text);
      break;
    }
    proto = Object.getPrototypeOf(proto);
  }
  if (!proto) input.value = text;
  input.dispatchEvent(new view.Event('input', { bubbles: true }));
}

export function fire(el: Element, type: string): void {
  el.dispatchEvent(new (viewOf(el).Event)(type, { bubbles: true }));
}

const KEY_CODES = { Enter: 13, Escape: 27, Tab: 9 } as const;

/**
 * A key press (keydown, keyup) with `key` and `code`. Libraries that read the legacy
 * `keyCode` / `which` (ant-design-vue's picker) see it only with `legacy`; element's and
 * layui's adapters press without it.
 */
export function pressKey(el: Element, key: keyof typeof KEY_CODES, legacy = false): void {
  const view = viewOf(el);
  const codes = legacy ? { keyCode: KEY_CODES[key], which: KEY_CODES[key] } : {};
  const init = { key, code: key, bubbles: true, cancelable: true, view, ...codes };
  el.dispatchEvent(new view.KeyboardEvent('keydown', init));
  el.dispatchEvent(new view.KeyboardEvent('keyup', init));
}

/** Focus like a person who clicked into the box (the library opens its panel on focus). */
export function focusBox(el: HTMLElement): void {
  clickLikePerson(el);
  el.focus({ preventScroll: true });
}

export const textOfEl = (el: Element | null | undefined): string =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Two texts a person reads as the same option (spacing aside). */
export const same = (a: string, b: string): boolean => a.trim() === b.trim();
