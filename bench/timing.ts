/** Timing helpers for the benchmark: warm-up, batches long enough for the clock, median of repeated batches. */

// A batch must last at least this long so that timer resolution and call overhead do not dominate.
const MIN_BATCH_MS = 5;
const WARM_UP_MS = 150;
const BATCHES = 11;

/** Median of a non-empty list. */
export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median milliseconds per call of core and tfjs, in alternating batches so that load changes hit both alike. */
export function compare(core: () => void, tfjs: () => void): { coreMs: number; tfjsMs: number } {
  const [coreBatch, tfjsBatch] = [warmUpAndSize(core), warmUpAndSize(tfjs)];
  const [coreTimes, tfjsTimes]: [number[], number[]] = [[], []];
  for (let batch = 0; batch < BATCHES; batch++) {
    coreTimes.push(timeBatch(core, coreBatch));
    tfjsTimes.push(timeBatch(tfjs, tfjsBatch));
  }
  return { coreMs: median(coreTimes), tfjsMs: median(tfjsTimes) };
}

/** Runs fn for WARM_UP_MS (JIT, caches), then picks how many calls make one batch of ≥ MIN_BATCH_MS. */
function warmUpAndSize(fn: () => void): number {
  const start = performance.now();
  let calls = 0;
  while (performance.now() - start < WARM_UP_MS) {
    fn();
    calls++;
  }
  const msPerCall = (performance.now() - start) / calls;
  return Math.max(1, Math.ceil(MIN_BATCH_MS / msPerCall));
}

function timeBatch(fn: () => void, calls: number): number {
  const start = performance.now();
  for (let i = 0; i < calls; i++) fn();
  return (performance.now() - start) / calls;
}
