// Measures how a function's CPU time grows from one input size to a larger one, as a ratio of minimum CPU times: no wall clock, no absolute threshold. Must not import main/.

const calibrationMicros = 3_000;
const maxRepetitions = 1 << 14;
const trials = 3;

/** CPU microseconds (user + system) this process spent running `work`: time lost to other processes waiting for a core is not counted. */
function cpuMicros(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return used.user + used.system;
}

function repeat(work: () => unknown, times: number): () => void {
  return () => {
    for (let index = 0; index < times; index += 1) work();
  };
}

/**
 * CPU time of `large()` over CPU time of `small()` (the same work on a longer input): each the minimum of several
 * alternating trials of the same number of calls, that number doubled (JIT warm-up included) until a trial of `small` takes 3 ms
 * of CPU. For an input k× as long, linear work gives about k, quadratic about k².
 */
export function cpuGrowth(small: () => unknown, large: () => unknown): number {
  let repetitions = 1;
  while (repetitions < maxRepetitions && cpuMicros(repeat(small, repetitions)) < calibrationMicros) repetitions *= 2;
  // Trials alternate, so a change in the machine's load between them reaches both sides.
  let [leastSmall, leastLarge] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  for (let trial = 0; trial < trials; trial += 1) {
    leastSmall = Math.min(leastSmall, cpuMicros(repeat(small, repetitions)));
    leastLarge = Math.min(leastLarge, cpuMicros(repeat(large, repetitions)));
  }
  return Math.max(leastLarge, 1) / Math.max(leastSmall, 1);
}
