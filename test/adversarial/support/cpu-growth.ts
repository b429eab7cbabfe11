// Measures how a function's CPU time grows from one input size to 4× it, as a ratio of minimum CPU times: no wall clock, no absolute threshold. Must not import main/.

const calibrationMicros = 10_000;
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
 * CPU time of `large()` over CPU time of `small()` (the same work on an input 4× as long): each the minimum of several
 * trials of the same number of calls, that number doubled (JIT warm-up included) until a trial of `small` takes 15 ms
 * of CPU. Linear work gives about 4, quadratic about 16.
 */
export function cpuGrowth(small: () => unknown, large: () => unknown): number {
  let repetitions = 1;
  while (repetitions < maxRepetitions && cpuMicros(repeat(small, repetitions)) < calibrationMicros) repetitions *= 2;
  const best = (work: () => unknown): number => {
    let least = Number.POSITIVE_INFINITY;
    for (let trial = 0; trial < trials; trial += 1) least = Math.min(least, cpuMicros(repeat(work, repetitions)));
    return Math.max(least, 1);
  };
  return best(large) / best(small);
}
