import type { TrainOptions } from '#lib/classification/index.ts';

/** Defaults for the benchmark runs; chosen on validation slices of the training sets only (see quick.ts). */
export const BENCH_OPTIONS: TrainOptions = {
  seed: 42,
  features: { hashBits: 20, charNgrams: [3, 5] },
  solver: 'dcd',
  C: 0.35,
  classWeightPower: 1,
  epochs: 40,
  tol: 0.1,
  minDf: 2,
};
