// Where the overlay may draw without covering anything the candidate must read
// or click (fields, labels, buttons, links, an open widget popup). Pure
// geometry, no DOM: the overlay (index.tsx) measures the page's obstacles and
// asks here for a free rectangle; tests/unit/overlay/placement.test.ts pins it.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Viewport {
  width: number;
  height: number;
}

/** Room kept between a message and what it avoids. */
export const MARGIN = 4;

export function right(b: Box): number {
  return b.left + b.width;
}

export function bottom(b: Box): number {
  return b.top + b.height;
}

export function overlaps(a: Box, b: Box, margin = 0): boolean {
  return (
    a.left < right(b) + margin &&
    right(a) + margin > b.left &&
    a.top < bottom(b) + margin &&
    bottom(a) + margin > b.top
  );
}

function inside(b: Box, vp: Viewport): boolean {
  return b.left >= 0 && b.top >= 0 && right(b) <= vp.width && bottom(b) <= vp.height;
}

function free(b: Box, obstacles: readonly Box[], vp: Viewport): boolean {
  return inside(b, vp) && !obstacles.some((o) => overlaps(b, o, MARGIN));
}

function clampLeft(left: number, width: number, vp: Viewport): number {
  return Math.max(0, Math.min(left, vp.width - width));
}

/** Squared distance between the centres of two boxes: "nearest to the field". */
function distance(a: Box, b: Box): number {
  const dx = a.left + a.width / 2 - (b.left + b.width / 2);
  const dy = a.top + a.height / 2 - (b.top + b.height / 2);
  return dx * dx + dy * dy;
}

/**
 * A free box of `size` near `anchor` (the field): below, above, right, left of
 * it first (aligned with its edges), then any free spot of the viewport nearest
 * to it (side gutters, blank rows). `undefined` when nothing is free: the
 * caller then draws nothing over the page rather than hide a field.
 */
export function placeMessage(
  anchor: Box,
  size: { width: number; height: number },
  obstacles: readonly Box[],
  vp: Viewport,
): Box | undefined {
  const { width, height } = size;
  const gap = MARGIN + 1;
  const near: Box[] = [
    { left: anchor.left, top: bottom(anchor) + gap, width, height },
    { left: anchor.left, top: anchor.top - gap - height, width, height },
    { left: right(anchor) + gap, top: anchor.top, width, height },
    { left: anchor.left - gap - width, top: anchor.top, width, height },
    { left: right(anchor) - width, top: bottom(anchor) + gap, width, height },
    { left: right(anchor) - width, top: anchor.top - gap - height, width, height },
  ].map((b) => ({ ...b, left: clampLeft(b.left, width, vp) }));
  for (const b of near) if (free(b, obstacles, vp)) return b;
  return nearestFree(anchor, size, obstacles, vp);
}

/** Scans the viewport on a grid built from the obstacles' edges; the free box nearest `anchor`. */
export function nearestFree(
  anchor: Box,
  size: { width: number; height: number },
  obstacles: readonly Box[],
  vp: Viewport,
): Box | undefined {
  const { width, height } = size;
  if (width > vp.width || height > vp.height) return undefined;
  const xs = new Set<number>([0, vp.width - width, anchor.left]);
  const ys = new Set<number>([0, vp.height - height, anchor.top]);
  const gap = MARGIN + 1;
  for (const o of obstacles) {
    xs.add(right(o) + gap);
    xs.add(o.left - gap - width);
    ys.add(bottom(o) + gap);
    ys.add(o.top - gap - height);
  }
  let best: Box | undefined;
  let bestDistance = Infinity;
  for (const x of xs) {
    if (x < 0 || x + width > vp.width) continue;
    for (const y of ys) {
      if (y < 0 || y + height > vp.height) continue;
      const b = { left: x, top: y, width, height };
      const d = distance(b, anchor);
      if (d >= bestDistance) continue;
      if (!free(b, obstacles, vp)) continue;
      best = b;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * A small marker beside a field: right of it, left of it, or on its upper
 * right corner above it; `undefined` when all three would cover something.
 */
export function placeMarker(
  anchor: Box,
  size: number,
  obstacles: readonly Box[],
  vp: Viewport,
): Box | undefined {
  const middle = anchor.top + (anchor.height - size) / 2;
  const candidates: Box[] = [
    { left: right(anchor) + 2, top: middle, width: size, height: size },
    { left: anchor.left - 2 - size, top: middle, width: size, height: size },
    { left: right(anchor) - size, top: anchor.top - size - 1, width: size, height: size },
  ];
  // A marker needs less room than a message: the margin is 1 px, not MARGIN.
  for (const b of candidates)
    if (inside(b, vp) && !obstacles.some((o) => overlaps(b, o, 1))) return b;
  return undefined;
}
