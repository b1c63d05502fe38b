/** Percentile by nearest rank over a sample of durations. */
export const percentile = (values: readonly number[], p: number): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
};

export const median = (values: readonly number[]): number => percentile(values, 50);

export const ms = (value: number): string => `${value.toFixed(1)} ms`;

/** Runs `task` for every index with at most `concurrency` in flight; returns each task's duration in ms. */
export const runConcurrently = async (
  count: number,
  concurrency: number,
  task: (index: number) => Promise<void>,
): Promise<number[]> => {
  const durations: number[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      const started = performance.now();
      await task(index);
      durations[index] = performance.now() - started;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return durations;
};
