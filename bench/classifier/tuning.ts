/** The validation grid of `bench:classifier --tune`, and a stratified split of a training set. */
import { seededRandom, shuffleInPlace } from '#lib/random.ts';
import type { TrainOptions } from '#lib/classification/index.ts';
import type { Labeled } from './data.ts';

export const GRID: Partial<TrainOptions>[] = [
  { solver: 'dcd', C: 0.35, classWeightPower: 1 },
  { solver: 'dcd', C: 0.25, classWeightPower: 1 },
  { solver: 'dcd', C: 0.5, classWeightPower: 1 },
  { solver: 'dcd', C: 0.1, classWeightPower: 1 },
  { solver: 'dcd', C: 0.25, classWeightPower: 0.7 },
  { solver: 'dcd', C: 0.25, classWeightPower: 1, features: { hashBits: 20, wordNgrams: [1, 2], charNgrams: [2, 5] } },
  { solver: 'sgd', loss: 'hinge', lambda: 3e-4, eta0: 0.2, classWeightPower: 0.7, epochs: 15 },
];

/** Each class's row indices (classes in order of first appearance), shuffled by one generator in that order. */
function shuffledByClass(rows: readonly Labeled[], seed: number): number[][] {
  const byClass = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const idx = byClass.get(r.category);
    if (idx) idx.push(i);
    else byClass.set(r.category, [i]);
  });
  const rnd = seededRandom(seed);
  const classes = [...byClass.values()];
  for (const idx of classes) shuffleInPlace(idx, rnd);
  return classes;
}

export function stratifiedSplit(rows: readonly Labeled[], fraction: number, seed: number): { train: Labeled[]; validation: Labeled[] } {
  const held = new Set<number>();
  for (const idx of shuffledByClass(rows, seed)) {
    const take = idx.length >= 3 ? Math.max(1, Math.round(idx.length * fraction)) : 0;
    idx.slice(0, take).forEach((i) => held.add(i));
  }
  return { train: rows.filter((_, i) => !held.has(i)), validation: rows.filter((_, i) => held.has(i)) };
}

/** k stratified folds: each example is in exactly one validation fold. */
export function stratifiedFolds(rows: readonly Labeled[], k: number, seed: number): { train: Labeled[]; validation: Labeled[] }[] {
  const fold = new Int32Array(rows.length);
  let next = 0;
  for (const idx of shuffledByClass(rows, seed)) {
    // continue the round-robin across classes, so that small classes do not all start in fold 0
    for (const i of idx) fold[i] = next++ % k;
  }
  return Array.from({ length: k }, (_, f) => ({
    train: rows.filter((_, i) => fold[i] !== f),
    validation: rows.filter((_, i) => fold[i] === f),
  }));
}
