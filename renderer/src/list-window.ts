// Pure layout for the windowed account list: which items overlap a band of the page, and the spacers that stand in for the rest. Must not import React or the vault API.

/** A run of mounted items [from, to), or a spacer of `height` px standing in for unmounted ones. */
export type Segment = { kind: 'items'; from: number; to: number } | { kind: 'spacer'; height: number };

/** Top of each item in a column laid out with `gap` px between items, plus the column's height as the last entry. */
export function itemOffsets(heights: readonly number[], gap: number): number[] {
  const offsets = [0];
  let top = 0;
  heights.forEach((height, index) => {
    top += height + (index < heights.length - 1 ? gap : 0);
    offsets.push(top);
  });
  return offsets;
}

/** The items [start, end) that overlap the band [top, bottom) of the column; at least one item when there are any. */
export function rangeInBand(heights: readonly number[], gap: number, top: number, bottom: number): [number, number] {
  const offsets = itemOffsets(heights, gap);
  let start = 0;
  while (start < heights.length - 1 && (offsets[start] ?? 0) + (heights[start] ?? 0) <= top) start += 1;
  let end = start + 1;
  while (end < heights.length && (offsets[end] ?? 0) < bottom) end += 1;
  return [start, Math.min(end, heights.length)];
}

/**
 * Runs of mounted items (the range plus any pinned index) and spacers between them, for a container that puts
 * `gap` px between all its children: each spacer is sized so every mounted item lands exactly at its offset.
 */
export function planSegments(heights: readonly number[], gap: number, range: readonly [number, number], pinned: Iterable<number>): Segment[] {
  const mounted = new Set<number>();
  for (let index = range[0]; index < range[1]; index += 1) mounted.add(index);
  for (const index of pinned) if (index >= 0 && index < heights.length) mounted.add(index);
  const sorted = [...mounted].sort((a, b) => a - b);
  const offsets = itemOffsets(heights, gap);
  /** Items [from, to) as one grid child between two mounted ones: their heights and inner gaps, less the gap the grid adds. */
  const skipped = (from: number, to: number): number => (offsets[to] ?? 0) - (offsets[from] ?? 0) - gap;
  const segments: Segment[] = [];
  let previous = -1;
  for (const index of sorted) {
    const last = segments[segments.length - 1];
    if (last?.kind === 'items' && last.to === index) {
      last.to = index + 1;
    } else {
      if (index > previous + 1) segments.push({ kind: 'spacer', height: skipped(previous + 1, index) });
      segments.push({ kind: 'items', from: index, to: index + 1 });
    }
    previous = index;
  }
  if (previous < heights.length - 1) {
    segments.push({ kind: 'spacer', height: (offsets[heights.length] ?? 0) - (offsets[previous + 1] ?? 0) });
  }
  return segments;
}
