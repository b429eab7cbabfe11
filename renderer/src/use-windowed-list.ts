// Windows a long list against the page's scroll: mounts only the items near the viewport (plus pinned ones) and measures them. Must not touch window.vault.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { planSegments, rangeInBand, type Segment } from './list-window';

/** Height assumed for an item never mounted yet, until some have been measured (then their average). */
const firstGuessPx = 260;
/** Once the first screen is painted, items this far above and below the viewport stay mounted, so fast scrolling and Tab never meet a gap. */
const overscanPx = 1000;

export interface WindowedList {
  segments: Segment[];
  /** Ref callback for every mounted item element, which must carry `data-key`: measures it while mounted. */
  measure: (element: HTMLElement | null) => (() => void) | undefined;
}

/** Mounted items beyond the needed ones that are tolerated before the range shrinks: fewer re-renders while scrolling. */
const slackItems = 6;

/** True when `mounted` holds every item of `needed` and not too many more. */
const covers = (mounted: readonly [number, number], needed: readonly [number, number]): boolean =>
  mounted[0] <= needed[0] && mounted[1] >= needed[1] && mounted[1] - mounted[0] - (needed[1] - needed[0]) <= slackItems;

/** The CSS row gap between the list's items, in px. */
const rowGap = (list: Element | null): number => (list === null ? 0 : Number.parseFloat(getComputedStyle(list).rowGap) || 0);

export function useWindowedList(listRef: RefObject<HTMLElement | null>, keys: readonly string[], pinned: ReadonlySet<string>): WindowedList {
  const heights = useRef(new Map<string, number>());
  const [, setMeasured] = useState(0);
  const [band, setBand] = useState(() => ({ top: 0, bottom: window.innerHeight }));
  const gap = useRef(0);
  // The first paint mounts only what is in view; the margin follows with the first measurement, which comes after it.
  // Without ResizeObserver (jsdom) there is no measurement, so the margin is there from the start.
  const [overscan, setOverscan] = useState(typeof ResizeObserver === 'undefined' ? overscanPx : 0);

  const known = [...heights.current.values()];
  const guess = known.length === 0 ? firstGuessPx : known.reduce((sum, height) => sum + height, 0) / known.length;
  const itemHeights = keys.map((key) => heights.current.get(key) ?? guess);
  const rangeFor = (top: number, bottom: number): [number, number] =>
    keys.length === 0 ? [0, 0] : rangeInBand(itemHeights, gap.current, top - overscan, bottom + overscan);
  const range = rangeFor(band.top, band.bottom);
  const latest = useRef({ range, rangeFor });
  latest.current = { range, rangeFor };

  /** The list's top in page coordinates: read (with a layout) only when it can have moved, never on scroll. */
  const listTop = useRef(0);
  /** Works out which items the viewport needs; re-renders only when the mounted ones no longer cover them. */
  const follow = useCallback(() => {
    const top = window.scrollY - listTop.current;
    const next = { top, bottom: top + window.innerHeight };
    if (!covers(latest.current.range, latest.current.rangeFor(next.top, next.bottom))) setBand(next);
  }, []);
  const relocate = useCallback(() => {
    const list = listRef.current;
    if (list !== null) listTop.current = list.getBoundingClientRect().top + window.scrollY;
    follow();
  }, [listRef, follow]);

  // Content above the list can move it: re-read when the list appears, on resize and after items resize (below).
  const hasItems = keys.length > 0;
  useLayoutEffect(() => {
    if (hasItems) relocate();
  }, [relocate, hasItems]);
  useEffect(() => {
    window.addEventListener('scroll', follow, { passive: true });
    window.addEventListener('resize', relocate);
    return () => {
      window.removeEventListener('scroll', follow);
      window.removeEventListener('resize', relocate);
    };
  }, [follow, relocate]);

  const [observer] = useState(() =>
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver((entries) => {
          let changed = false;
          const listGap = rowGap(entries[0]?.target.parentElement ?? null);
          if (listGap !== gap.current) {
            gap.current = listGap;
            changed = true;
          }
          for (const entry of entries) {
            const key = entry.target instanceof HTMLElement ? entry.target.dataset['key'] : undefined;
            const height = entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height;
            if (key === undefined || Math.abs((heights.current.get(key) ?? -1) - height) < 0.5) continue;
            heights.current.set(key, height);
            changed = true;
          }
          setOverscan(overscanPx);
          if (changed) setMeasured((count) => count + 1);
          relocate();
        }),
  );
  useEffect(() => () => observer?.disconnect(), [observer]);
  const measure = useCallback(
    (element: HTMLElement | null) => {
      if (element === null || observer === null) return undefined;
      observer.observe(element);
      return () => observer.unobserve(element);
    },
    [observer],
  );

  const pinnedIndexes = keys.flatMap((key, index) => (pinned.has(key) ? [index] : []));
  return { segments: planSegments(itemHeights, gap.current, range, pinnedIndexes), measure };
}
