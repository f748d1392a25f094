// What the overlay must never cover (a message over a field swallows its
// clicks): every visible control, link, label and text of the page in the
// viewport, and any open widget popup (role listbox/dialog/menu, or an
// absolutely positioned `*popper*` / `*dropdown*` element as element-ui,
// element-plus and layui draw them). Read from the page's layout only; the
// geometry is in ./placement.ts.
import type { Box, Viewport } from './placement';

const CONTROL = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'A', 'LABEL', 'IFRAME', 'IMG']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'OPTION', 'OPTGROUP']);
const ROLES =
  /^(button|link|checkbox|radio|combobox|textbox|listbox|option|menu|menuitem|dialog|tab|switch|slider|spinbutton)$/;
const POPUP_CLASS = /popper|dropdown/i;

function toBox(r: DOMRect): Box {
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}

function inView(r: DOMRect, vp: Viewport): boolean {
  return r.bottom > 0 && r.right > 0 && r.top < vp.height && r.left < vp.width;
}

function visible(el: Element, opacity = true): boolean {
  const check = (el as HTMLElement).checkVisibility;
  return typeof check !== 'function'
    ? true
    : check.call(el, { visibilityProperty: true, opacityProperty: opacity });
}

/**
 * A popup's box as it will stand once shown: its layout box (offsets, no transform: a scale
 * from the top or the bottom) joined with the box drawn now.
 */
function popupBox(el: HTMLElement, r: DOMRect): Box {
  const parent = el.offsetParent?.getBoundingClientRect();
  const base = parent ?? { left: 0, top: 0 };
  const left = Math.min(r.left, base.left + el.offsetLeft);
  const top = Math.min(r.top, base.top + el.offsetTop);
  const right = Math.max(r.right, base.left + el.offsetLeft + el.offsetWidth);
  const bottom = Math.max(r.bottom, base.top + el.offsetTop + el.offsetHeight);
  return { left, top, width: right - left, height: bottom - top };
}

/** A control-like element (its whole box is an obstacle). */
function isControl(el: Element): boolean {
  if (CONTROL.has(el.tagName)) {
    if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'hidden') return false;
    return el.tagName !== 'A' || el.hasAttribute('href') || el.hasAttribute('role');
  }
  const role = el.getAttribute('role');
  if (role && ROLES.test(role)) return true;
  if (el.hasAttribute('contenteditable') && el.getAttribute('contenteditable') !== 'false')
    return true;
  const tabindex = el.getAttribute('tabindex');
  return tabindex !== null && tabindex !== '-1';
}

/** An open widget popup: positioned out of the flow, with a popper/dropdown class. */
function isPopup(el: Element, view: Window): boolean {
  const cls = typeof el.className === 'string' ? el.className : '';
  if (!POPUP_CLASS.test(cls)) return false;
  const position = view.getComputedStyle(el).position;
  return position === 'absolute' || position === 'fixed';
}

/**
 * The obstacles of `doc` in its viewport. `isOurs` excludes the extension's
 * own nodes. Subtrees entirely outside the viewport are skipped (on a
 * 5,000-field page only what is on screen is measured).
 */
export function collectObstacles(
  doc: Document,
  vp: Viewport,
  isOurs: (node: Node) => boolean,
): Box[] {
  const view = doc.defaultView ?? window;
  const out: Box[] = [];
  const range = doc.createRange();
  const walk = (el: Element): void => {
    if (SKIP.has(el.tagName) || isOurs(el)) return;
    const rect = el.getBoundingClientRect();
    const sized = rect.width > 0 || rect.height > 0;
    // A sized element wholly off screen: its children are too (popups are
    // appended to <body> and measured on their own).
    if (sized && !inView(rect, vp) && el.tagName !== 'BODY' && el.tagName !== 'HTML') return;
    if (sized && isPopup(el, view)) {
      // A popup animating in (element-ui's el-zoom-in-top: opacity 0, scaleY 0 at the start) is
      // already the candidate's target: its layout box, whatever its opacity and transform.
      if (visible(el, false)) out.push(popupBox(el as HTMLElement, rect));
      return;
    }
    if (sized && isControl(el)) {
      // Its whole box: what is inside (a label's text) is covered by it.
      if (visible(el)) out.push(toBox(rect));
      return;
    }
    let shown: boolean | undefined;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1) walk(child as Element);
      else if (child.nodeType === 3 && child.nodeValue && child.nodeValue.trim()) {
        range.selectNodeContents(child);
        const r = range.getBoundingClientRect();
        if ((r.width > 0 || r.height > 0) && inView(r, vp) && (shown ??= visible(el)))
          out.push(toBox(r));
      }
    }
  };
  if (doc.body) walk(doc.body);
  range.detach?.();
  return out;
}
