// The overlay's placement: a message or marker never covers an obstacle
// (fields, labels, buttons, open popups) and stays inside the viewport.
import { describe, expect, it } from 'vitest';
import {
  nearestFree,
  overlaps,
  placeMarker,
  placeMessage,
  type Box,
} from '../../../src/overlay/placement';

const vp = { width: 800, height: 600 };
const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  width,
  height,
});
const clear = (b: Box | undefined, obstacles: Box[]) => {
  expect(b).toBeDefined();
  for (const o of obstacles) expect(overlaps(b!, o)).toBe(false);
  expect(b!.left).toBeGreaterThanOrEqual(0);
  expect(b!.top).toBeGreaterThanOrEqual(0);
  expect(b!.left + b!.width).toBeLessThanOrEqual(vp.width);
  expect(b!.top + b!.height).toBeLessThanOrEqual(vp.height);
};

describe('placeMessage', () => {
  const field = box(100, 100, 200, 24);

  it('goes right below the field when that is free', () => {
    const placed = placeMessage(field, { width: 240, height: 40 }, [field], vp);
    clear(placed, [field]);
    expect(placed!.left).toBe(100);
    expect(placed!.top).toBeGreaterThan(124);
    expect(placed!.top).toBeLessThan(135);
  });

  it('goes above when the row below holds another field and its label', () => {
    const below = [box(100, 130, 200, 24), box(20, 132, 70, 20)];
    const obstacles = [field, ...below];
    const placed = placeMessage(field, { width: 240, height: 40 }, obstacles, vp);
    clear(placed, obstacles);
    expect(placed!.top + placed!.height).toBeLessThanOrEqual(100);
  });

  it('in a dense table (fields above, below and left), goes to the right of the field', () => {
    const obstacles = [field, box(100, 60, 200, 24), box(100, 130, 200, 24), box(10, 100, 80, 24)];
    const placed = placeMessage(field, { width: 240, height: 40 }, obstacles, vp);
    clear(placed, obstacles);
    expect(placed!.left).toBeGreaterThanOrEqual(300);
  });

  it('a form filling the width: finds a blank row or gutter elsewhere, nearest first', () => {
    // Rows of label+field across the whole width, with a blank band at y 400–460.
    const obstacles: Box[] = [];
    for (let y = 0; y < 400; y += 30) obstacles.push(box(0, y, 800, 24));
    const placed = placeMessage(box(400, 90, 300, 24), { width: 300, height: 40 }, obstacles, vp);
    clear(placed, obstacles);
    expect(placed!.top).toBeGreaterThanOrEqual(400);
  });

  it('never covers an open popup (a dropdown list under the field)', () => {
    const popup = box(100, 126, 200, 180);
    const obstacles = [field, popup];
    const placed = placeMessage(field, { width: 240, height: 40 }, obstacles, vp);
    clear(placed, obstacles);
  });

  it('stays inside the viewport for a field at the right edge', () => {
    const edge = box(700, 100, 100, 24);
    const placed = placeMessage(edge, { width: 300, height: 40 }, [edge], vp);
    clear(placed, [edge]);
    expect(placed!.left + placed!.width).toBe(800);
  });

  it('gives up (undefined) when there is no free spot at all', () => {
    const wall = [box(0, 0, 800, 600)];
    expect(placeMessage(field, { width: 240, height: 40 }, wall, vp)).toBeUndefined();
    expect(nearestFree(field, { width: 900, height: 40 }, [], vp)).toBeUndefined();
  });
});

describe('placeMarker', () => {
  it('beside the field on the right, vertically centred', () => {
    const field = box(100, 100, 200, 24);
    const m = placeMarker(field, 14, [field], vp);
    clear(m, [field]);
    expect(m!.left).toBeGreaterThanOrEqual(300);
    expect(m!.top).toBe(105);
  });

  it('on the left when a button sits right after the field; none when boxed in', () => {
    const field = box(100, 100, 200, 24);
    const button = box(302, 100, 40, 24);
    const m = placeMarker(field, 14, [field, button], vp);
    clear(m, [field, button]);
    expect(m!.left).toBeLessThan(100);
    const walls = [field, button, box(40, 100, 58, 24), box(100, 70, 200, 28)];
    expect(placeMarker(field, 14, walls, vp)).toBeUndefined();
  });
});
