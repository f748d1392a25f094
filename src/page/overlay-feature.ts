// The overlay as a feature of the page session: draws the current findings
// (src/overlay/) each time the session reports `checked`, applies a fix through
// writeFieldValue, and is removed by the signal.
import { createOverlay, type OverlayItem } from '../overlay';
import { guard } from './guard';
import type { PageSession } from './session';
import type { FormField } from './types';
import { visibleBox, writeFieldValue, writeValue } from './values';
import { POPUP_SELECTOR, isShown, widgetOf } from './widgets';

export function startOverlay(session: PageSession, signal: AbortSignal): void {
  if (signal.aborted) return;
  const overlay = createOverlay(session.doc, {
    onFix: (element, value) => {
      const field = element as FormField;
      // A widget library's control takes the fix through its adapter (clicks, typing).
      if (widgetOf(field)) {
        void writeValue(field, value);
        return true;
      }
      return writeFieldValue(field, value);
    },
    slot: session.overlaySlot,
    boxOf: (element) => visibleBox(element as FormField),
    popups: () => [...session.doc.querySelectorAll(POPUP_SELECTOR)].filter(isShown),
  });
  session.ignore((node) => overlay.isOurs(node));
  const redraw = guard(() => {
    const items: OverlayItem[] = [];
    for (const { field, findings } of session.results())
      if (findings.length) items.push({ element: field.element, findings });
    overlay.update(items);
  });
  session.on('checked', redraw, signal);
  // Fields came or went: markers and the message follow at once.
  session.on('fieldsChanged', () => overlay.refresh(), signal);
  signal.addEventListener(
    'abort',
    guard(() => overlay.destroy()),
    { once: true },
  );
}
