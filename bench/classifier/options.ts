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

export interface SplitSetup {
  options: TrainOptions;
  /** examples per category of the project's own corpus (data/classifier/corpus.jsonl) added to the training set */
  ownCorpusPerCategory: number;
}

/**
 * Per split, chosen by quick.ts on the validation slices (5-fold CV of Kursk's train split; the newest fifth of
 * SPB's training period): Kursk adds 20 examples per category of the project's own generated corpus (its tiny
 * classes have 5–15 training rows; CV macro-F1 0.569 → 0.645, then C 0.25 and minDf 1: 0.657); SPB trains one
 * column per source reason with ≥ 100 training rows, each column separated from the other categories only
 * (validation macro-F1 0.814 → 0.824, accuracy 0.906 → 0.915; then C 0.6: 0.829 / 0.918). Sub-labels did not
 * help Kursk (too few rows per topic), nor the own corpus SPB.
 */
export const SPLITS: { kursk: SplitSetup; spb: SplitSetup } = {
  kursk: { options: { ...BENCH_OPTIONS, C: 0.25, minDf: 1 }, ownCorpusPerCategory: 20 },
  spb: { options: { ...BENCH_OPTIONS, C: 0.6, subLabelMinCount: 100, subLabelSiblings: 'ignore' }, ownCorpusPerCategory: 0 },
};
