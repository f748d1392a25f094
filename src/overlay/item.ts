// What the overlay draws for one field: shared by the overlay's host
// (index.tsx) and its components (view.tsx), so neither imports the other back.
import type { Finding } from '../rules';

export interface OverlayItem {
  element: Element;
  findings: Finding[];
}
