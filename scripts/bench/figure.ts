// One benchmark figure: our median against a floor measured in the same run, with the spread of our runs. Must not import app code.

export interface Figure {
  /** What is measured, e.g. "time to status, 100 accounts". */
  name: string;
  unit: string;
  /** Median of our runs; null when the figure could not be measured here. */
  ours: number | null;
  /** Median of the floor's runs (or the computed ideal). */
  floor: number | null;
  ratio: number | null;
  runs: number;
  min: number | null;
  max: number | null;
  /** The target from the issue, as text, e.g. "≤ 1.3". */
  target: string;
  /** What the floor is, and anything needed to read the figure. */
  note: string;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) throw new Error('median of no values');
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** A figure from our samples and the floor's samples (a single computed floor is one sample). */
export function compareRuns(
  head: { name: string; unit: string; target: string; note: string },
  ours: readonly number[],
  floor: readonly number[],
): Figure {
  const oursMedian = median(ours);
  const floorMedian = median(floor);
  return {
    ...head,
    ours: oursMedian,
    floor: floorMedian,
    ratio: floorMedian === 0 ? null : oursMedian / floorMedian,
    runs: ours.length,
    min: Math.min(...ours),
    max: Math.max(...ours),
  };
}

/** A figure that could not be measured on this machine or in this tree. */
export function unavailable(head: { name: string; unit: string; target: string }, reason: string): Figure {
  return { ...head, ours: null, floor: null, ratio: null, runs: 0, min: null, max: null, note: reason };
}
