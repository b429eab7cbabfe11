// Proves placeMenu keeps a menu whole inside the window: under its button, flipped to its right edge or above it when there is no room, clamped with a margin. Must not import electron, node:* or main/.
import { describe, expect, it } from 'vitest';
import { placeMenu } from '../../../../renderer/src/components/menu/place-menu';

const window640 = { width: 640, height: 480 };
const button = (left: number, top: number, width = 40, height = 30) => ({ left, top, right: left + width, bottom: top + height });

describe('placeMenu', () => {
  it('opens under the button, left-aligned, when the menu fits there', () => {
    expect(placeMenu(button(100, 50), { width: 200, height: 150 }, window640)).toEqual({ left: 100, top: 84, maxHeight: 388 });
  });

  it('aligns to the button’s right edge near the window’s right side', () => {
    const placed = placeMenu(button(580, 50), { width: 200, height: 150 }, window640);
    expect(placed.left).toBe(420);
    expect(placed.left + 200).toBeLessThanOrEqual(640 - 8);
  });

  it('never starts left of the window, even for a button at its left edge with a right-aligned fallback', () => {
    const placed = placeMenu(button(0, 50, 20), { width: 700, height: 100 }, window640);
    expect(placed.left).toBe(8);
  });

  it('opens above the button when there is more room above and the menu does not fit below', () => {
    const placed = placeMenu(button(100, 400), { width: 200, height: 150 }, window640);
    expect(placed.top).toBe(400 - 4 - 150);
    expect(placed.top).toBeGreaterThanOrEqual(8);
  });

  it('caps the height at the room on the larger side, so a tall menu scrolls inside the window', () => {
    const placed = placeMenu(button(100, 200), { width: 200, height: 900 }, window640);
    expect(placed.top + placed.maxHeight).toBeLessThanOrEqual(480 - 8);
    expect(placed.top).toBeGreaterThanOrEqual(8);
  });
});
