// Where an open menu goes in the window: under its button (over it when there is no room below), aligned to the button's edge that keeps it whole, and clamped inside the viewport with a margin. Must not import React.

export type Box = { left: number; top: number; right: number; bottom: number };
export type Size = { width: number; height: number };
export type Placement = { left: number; top: number; maxHeight: number };

/** Space kept between the menu and the window's edges, and between the menu and its button. */
const margin = 8;
const gap = 4;

/**
 * The menu's fixed position: left-aligned with the button when it fits, else right-aligned, else pushed inside the
 * window; below the button when it fits, else above, else on the larger side with a max height (the menu scrolls).
 */
export function placeMenu(button: Box, menu: Size, viewport: Size): Placement {
  const widest = viewport.width - 2 * margin;
  const width = Math.min(menu.width, widest);
  const fitsLeftAligned = button.left + width <= viewport.width - margin;
  const preferred = fitsLeftAligned ? button.left : button.right - width;
  const left = Math.min(Math.max(preferred, margin), viewport.width - margin - width);

  const below = viewport.height - margin - (button.bottom + gap);
  const above = button.top - gap - margin;
  if (menu.height <= below || below >= above) {
    return { left, top: button.bottom + gap, maxHeight: Math.max(below, 0) };
  }
  const height = Math.min(menu.height, above);
  return { left, top: button.top - gap - height, maxHeight: Math.max(above, 0) };
}
