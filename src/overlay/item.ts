// What the overlay draws for one field: shared by the overlay's host
// (index.tsx) and its components (view.tsx), so neither imports the other back.
import type { Finding } from '../rules';

export interface OverlayItem {
  element: Element;
  findings: Finding[];
}

/** Applies the focused field's first fix (announced on the field: aria-keyshortcuts). */
export const FIX_SHORTCUT = 'Alt+Enter';
/** Moves to the next field with a finding, as the badge does. */
export const NEXT_SHORTCUT = 'Alt+Shift+N';
