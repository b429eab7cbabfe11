// The windowed list's layout: the band's items, and spacers that put every mounted item exactly at its offset.
import { describe, expect, it } from 'vitest';
import { itemOffsets, planSegments, rangeInBand, type Segment } from '../../../renderer/src/list-window';

/** Where each mounted item lands when the segments are laid out with `gap` px between all of them. */
function layout(segments: readonly Segment[], heights: readonly number[], gap: number): Map<number, number> {
  const tops = new Map<number, number>();
  let top = 0;
  segments.forEach((segment, position) => {
    if (position > 0) top += gap;
    if (segment.kind === 'spacer') {
      top += segment.height;
      return;
    }
    for (let index = segment.from; index < segment.to; index += 1) {
      if (index > segment.from) top += gap;
      tops.set(index, top);
      top += heights[index] ?? 0;
    }
  });
  tops.set(-1, top);
  return tops;
}

const heights = [100, 250, 80, 300, 120, 90, 200, 150];
const gap = 12;

describe('list window', () => {
  it('puts each item below the previous one and the gap', () => {
    expect(itemOffsets([100, 50, 70], 10)).toEqual([0, 110, 170, 240]);
  });

  it('finds the items that overlap a band, and at least one', () => {
    const offsets = itemOffsets(heights, gap);
    expect(rangeInBand(heights, gap, 0, 1)).toEqual([0, 1]);
    expect(rangeInBand(heights, gap, (offsets[3] ?? 0) + 1, (offsets[4] ?? 0) + 1)).toEqual([3, 5]);
    expect(rangeInBand(heights, gap, 10_000, 11_000)).toEqual([7, 8]);
  });

  it('sizes spacers so every mounted item sits at its offset and the list keeps its full height', () => {
    const offsets = itemOffsets(heights, gap);
    for (const [range, pinned] of [
      [[0, 8], []],
      [[2, 5], []],
      [[0, 3], [6]],
      [[4, 6], [0, 7]],
      [[3, 4], [3, 5]],
    ] as const) {
      const tops = layout(planSegments(heights, gap, range, pinned), heights, gap);
      for (const [index, top] of tops) if (index >= 0) expect(top, `item ${index}`).toBe(offsets[index]);
      expect(tops.get(-1)).toBe(offsets[heights.length]);
    }
  });

  it('mounts pinned items outside the range, in order, and ignores pins past the end', () => {
    const segments = planSegments(heights, gap, [2, 4], [6, 99]);
    expect(segments.map((segment) => segment.kind)).toEqual(['spacer', 'items', 'spacer', 'items', 'spacer']);
    expect(segments.filter((segment) => segment.kind === 'items')).toEqual([
      { kind: 'items', from: 2, to: 4 },
      { kind: 'items', from: 6, to: 7 },
    ]);
  });
});
