/**
 * Training: hashed TF-IDF features (sublinear tf, smoothed idf, each block L2-normalised), a linear model trained
 * by SGD (`sgd.ts`) or as one-vs-rest SVMs by dual coordinate descent (`svm.ts`), class-weighted, softmax
 * temperature fitted on a held-out slice, int8 weights. Deterministic given the data and the seed. Opt-in
 * (`subLabelMinCount`): one output column per frequent sub-label of a category instead of one per category.
 */
import { CATEGORY_NAMES } from '#lib/domain/rubricator.ts';
import { DEFAULT_FEATURE_CONFIG, Featurizer } from './features.ts';
import type { SparseCounts, TextFeatures } from './features.ts';
import type { Csr } from './csr.ts';
import { seededRandom, shuffleInPlace } from '#lib/random.ts';
import { rowIndex } from './scorer.ts';
import { fitSgd } from './sgd.ts';
import { fitOvrSvm } from './svm.ts';
import { modelColumns } from './types.ts';
import type { LabeledExample, Model, ResolvedTrainOptions, TrainOptions } from './types.ts';

export const DEFAULT_TRAIN_OPTIONS: Omit<ResolvedTrainOptions, 'seed'> = {
  features: DEFAULT_FEATURE_CONFIG,
  loss: 'softmax',
  solver: 'sgd',
  C: 0.35,
  interceptScaling: 1,
  tol: 0.1,
  lambda: 2e-5,
  epochs: 15,
  eta0: 0.5,
  classWeightPower: 0.7,
  wordWeight: 1,
  charWeight: 1,
  minDf: 1,
  nbWeight: 0,
  nbAlpha: 0.1,
  calibrationFraction: 0.15,
  categories: CATEGORY_NAMES,
  alternatives: 3,
  subLabelMinCount: 0,
  subLabelSiblings: 'negative',
  subLabelWeights: 'category',
};

export function resolveOptions(options: TrainOptions): ResolvedTrainOptions {
  return {
    ...DEFAULT_TRAIN_OPTIONS,
    ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
    features: { ...DEFAULT_FEATURE_CONFIG, ...(options.features ?? {}) },
  } as ResolvedTrainOptions;
}

/** Vocabulary of slots (df ≥ minDf) with smoothed idf, as in scikit-learn: ln((1+n)/(1+df)) + 1. */
function buildVocabulary(feats: readonly TextFeatures[], bits: number, minDf: number) {
  const df = new Int32Array(1 << bits);
  for (const f of feats) {
    for (const block of [f.word, f.char]) for (let i = 0; i < block.indices.length; i++) { const s = block.indices[i] as number; df[s] = (df[s] as number) + 1; }
  }
  const slotsList: number[] = [];
  for (let s = 0; s < df.length; s++) if ((df[s] as number) >= minDf && (df[s] as number) > 0) slotsList.push(s);
  const slots = Int32Array.from(slotsList);
  const n = feats.length;
  const idf = new Float32Array(slots.length);
  for (let r = 0; r < slots.length; r++) idf[r] = Math.log((1 + n) / (1 + (df[slots[r] as number] as number))) + 1;
  return { slots, idf };
}

/** Sparse TF-IDF vector of a text in row space: sublinear tf × idf, each block L2-normalised and weighted. */
export function vectorize(
  f: TextFeatures,
  rowOf: Int32Array,
  idf: Float32Array,
  wordWeight: number,
  charWeight: number,
  rows: number[],
  vals: number[],
): void {
  const block = (b: SparseCounts, weight: number) => {
    const start = rows.length;
    let norm = 0;
    for (let i = 0; i < b.indices.length; i++) {
      const r = rowOf[b.indices[i] as number] as number;
      if (r < 0) continue;
      const v = (1 + Math.log(b.counts[i] as number)) * (idf[r] as number);
      rows.push(r);
      vals.push(v);
      norm += v * v;
    }
    if (norm > 0) {
      const k = weight / Math.sqrt(norm);
      for (let i = start; i < vals.length; i++) vals[i] = (vals[i] as number) * k;
    }
  };
  if (wordWeight > 0) block(f.word, wordWeight);
  if (charWeight > 0) block(f.char, charWeight);
}

function toCsr(feats: readonly TextFeatures[], rowOf: Int32Array, idf: Float32Array, o: ResolvedTrainOptions): Csr {
  const rows: number[] = [];
  const vals: number[] = [];
  const ptr = new Int32Array(feats.length + 1);
  feats.forEach((f, i) => {
    vectorize(f, rowOf, idf, o.wordWeight, o.charWeight, rows, vals);
    ptr[i + 1] = rows.length;
  });
  return { ptr, rows: Int32Array.from(rows), vals: Float64Array.from(vals) };
}

interface LinearModel {
  slots: Int32Array;
  idf: Float32Array;
  weights: Float64Array;
  bias: Float64Array;
}

/**
 * Vocabulary, TF-IDF matrix and class weights, then the chosen solver. `labels` are output columns; `groupOf`
 * (sub-label models) gives the category of each column.
 */
function fitLinear(feats: readonly TextFeatures[], labels: Int32Array, K: number, o: ResolvedTrainOptions, groupOf?: Int32Array): LinearModel {
  const bits = o.features.hashBits;
  const { slots, idf } = buildVocabulary(feats, bits, o.minDf);
  const rowOf = rowIndex(slots, bits);
  const X = toCsr(feats, rowOf, idf, o);
  const R = slots.length;
  const n = labels.length;

  const counts = new Float64Array(K);
  for (let i = 0; i < n; i++) { const y = labels[i] as number; counts[y] = (counts[y] as number) + 1; }
  const classWeight = new Float64Array(K);
  if (groupOf && o.subLabelWeights === 'category') {
    // balanced over categories: a column weighs as its whole category would
    const G = Math.max(...groupOf) + 1;
    const groupCounts = new Float64Array(G);
    for (let k = 0; k < K; k++) groupCounts[groupOf[k] as number] = (groupCounts[groupOf[k] as number] as number) + (counts[k] as number);
    let present = 0;
    for (let g = 0; g < G; g++) if ((groupCounts[g] as number) > 0) present++;
    for (let k = 0; k < K; k++) {
      const m = groupCounts[groupOf[k] as number] as number;
      classWeight[k] = (counts[k] as number) > 0 ? Math.pow(n / (present * m), o.classWeightPower) : 0;
    }
  } else {
    for (let k = 0; k < K; k++) {
      classWeight[k] = (counts[k] as number) > 0 ? Math.pow(n / (K * (counts[k] as number)), o.classWeightPower) : 0;
    }
  }

  const svmOptions = {
    C: o.C,
    bias: o.interceptScaling,
    maxEpochs: o.epochs,
    tol: o.tol,
    seed: o.seed,
    ...(groupOf && o.subLabelSiblings === 'ignore' ? { groupOf } : {}),
  };
  const { W, b } = o.solver === 'dcd' ? fitOvrSvm(X, labels, K, R, classWeight, svmOptions) : fitSgd(X, labels, K, R, counts, classWeight, o);
  if (o.nbWeight > 0) addNaiveBayes(X, labels, K, R, counts, o, W);
  // a class absent from the training data must never win
  for (let k = 0; k < K; k++) if ((counts[k] as number) === 0) b[k] = -1e4;
  return { slots, idf, weights: W, bias: b };
}

/**
 * Interpolates a multinomial naive Bayes (over the same TF-IDF vectors, Laplace/Lidstone α) into the linear
 * weights: W += β·(log θ_kf − mean_k log θ_kf). Centring per feature leaves the NB argmax unchanged (the term it
 * removes is the same for every class) and keeps the weights small; class priors are left out (uniform), which
 * favours the small classes as macro-F1 wants. The ensemble is one linear model, so it costs nothing to predict.
 */
function addNaiveBayes(X: Csr, labels: Int32Array, K: number, R: number, counts: Float64Array, o: ResolvedTrainOptions, W: Float64Array): void {
  const sums = new Float64Array(R * K);
  const totals = new Float64Array(K);
  for (let i = 0; i < labels.length; i++) {
    const y = labels[i] as number;
    for (let p = X.ptr[i] as number; p < (X.ptr[i + 1] as number); p++) {
      const v = X.vals[p] as number;
      const j = (X.rows[p] as number) * K + y;
      sums[j] = (sums[j] as number) + v;
      totals[y] = (totals[y] as number) + v;
    }
  }
  const a = o.nbAlpha;
  const logDen = new Float64Array(K);
  let present = 0;
  for (let k = 0; k < K; k++) {
    logDen[k] = Math.log((totals[k] as number) + a * R);
    if ((counts[k] as number) > 0) present++;
  }
  const lt = new Float64Array(K);
  for (let r = 0; r < R; r++) {
    let mean = 0;
    for (let k = 0; k < K; k++) {
      lt[k] = Math.log((sums[r * K + k] as number) + a) - (logDen[k] as number);
      if ((counts[k] as number) > 0) mean += lt[k] as number;
    }
    mean /= present;
    for (let k = 0; k < K; k++) {
      if ((counts[k] as number) > 0) W[r * K + k] = (W[r * K + k] as number) + o.nbWeight * ((lt[k] as number) - mean);
    }
  }
}

/** int8 with a per-class scale. */
function quantize(lin: LinearModel, K: number): { q: Int8Array; scale: Float32Array } {
  const scale = new Float32Array(K);
  const R = lin.slots.length;
  for (let k = 0; k < K; k++) {
    let max = 0;
    for (let r = 0; r < R; r++) max = Math.max(max, Math.abs(lin.weights[r * K + k] as number));
    scale[k] = max > 0 ? max / 127 : 1;
  }
  const q = new Int8Array(R * K);
  for (let r = 0; r < R; r++) {
    for (let k = 0; k < K; k++) q[r * K + k] = Math.round((lin.weights[r * K + k] as number) / (scale[k] as number));
  }
  return { q, scale };
}

function toModel(lin: LinearModel, categories: string[], o: ResolvedTrainOptions, temperature: number, classOf?: Int32Array): Model {
  const { q, scale } = quantize(lin, modelColumns({ categories, classOf }));
  const model: Model = {
    version: 1,
    categories,
    features: o.features,
    wordWeight: o.wordWeight,
    charWeight: o.charWeight,
    alternatives: o.alternatives,
    temperature,
    slots: lin.slots,
    idf: lin.idf,
    q,
    scale,
    bias: Float32Array.from(lin.bias),
  };
  if (classOf) model.classOf = classOf;
  return model;
}

/** Raw scores (logits) of a model for pre-computed features. */
export function modelScores(model: Model, rowOf: Int32Array, f: TextFeatures, out: Float64Array): void {
  const K = modelColumns(model);
  const rows: number[] = [];
  const vals: number[] = [];
  vectorize(f, rowOf, model.idf, model.wordWeight, model.charWeight, rows, vals);
  for (let k = 0; k < K; k++) out[k] = 0;
  for (let p = 0; p < rows.length; p++) {
    const base = (rows[p] as number) * K;
    const v = vals[p] as number;
    for (let k = 0; k < K; k++) out[k] = (out[k] as number) + v * (model.q[base + k] as number);
  }
  for (let k = 0; k < K; k++) out[k] = (out[k] as number) * (model.scale[k] as number) + (model.bias[k] as number);
}

/** The temperature T minimising the negative log-likelihood of softmax(z / T) on held-out logits. */
export function fitTemperature(logits: readonly Float64Array[], labels: readonly number[]): number {
  if (logits.length === 0) return 1;
  const nll = (T: number) => {
    let total = 0;
    logits.forEach((z, i) => {
      let max = -Infinity;
      for (const v of z) max = Math.max(max, v / T);
      let sum = 0;
      for (const v of z) sum += Math.exp(v / T - max);
      total += -((z[labels[i] as number] as number) / T - max - Math.log(sum));
    });
    return total;
  };
  let best = 1;
  let bestLoss = Infinity;
  for (let e = -40; e <= 40; e++) {
    const T = Math.pow(10, e / 20);
    const loss = nll(T);
    if (loss < bestLoss) {
      bestLoss = loss;
      best = T;
    }
  }
  return Math.fround(best);
}

/** Held-out indices, stratified by class: about `fraction` of each class with at least 4 examples. */
function stratifiedHoldout(labels: Int32Array, K: number, fraction: number, rnd: () => number): Set<number> {
  const held = new Set<number>();
  for (let k = 0; k < K; k++) {
    const idx: number[] = [];
    labels.forEach((y, i) => {
      if (y === k) idx.push(i);
    });
    if (idx.length < 4) continue;
    shuffleInPlace(idx, rnd);
    const take = Math.max(1, Math.round(idx.length * fraction));
    for (let j = 0; j < take; j++) held.add(idx[j] as number);
  }
  return held;
}

/** Trains a classifier. Categories are those of the rubricator present in the examples, in rubricator order. */
export function trainClassifier(examples: readonly LabeledExample[], options: TrainOptions): Model {
  const o = resolveOptions(options);
  const allowed = new Set(o.categories);
  for (const e of examples) {
    if (!allowed.has(e.category)) throw new Error(`unknown category: ${JSON.stringify(e.category)}`);
  }
  const present = new Set(examples.map((e) => e.category));
  const categories = o.categories.filter((c) => present.has(c));
  if (categories.length < 2) throw new Error('training needs examples of at least two categories');
  const catLabels = Int32Array.from(examples.map((e) => categories.indexOf(e.category)));
  const { labels, classOf } = o.subLabelMinCount > 0 ? subLabelColumns(examples, catLabels, categories.length, o.subLabelMinCount) : { labels: catLabels, classOf: undefined };
  const K = modelColumns({ categories, classOf });
  const featurizer = new Featurizer(o.features);
  const feats = examples.map((e) => featurizer.features(e.text));

  let temperature = 1;
  if (o.calibrationFraction > 0) {
    const held = stratifiedHoldout(labels, K, o.calibrationFraction, seededRandom(o.seed ^ 0x5bd1e995));
    if (held.size > 0) {
      const trainIdx = [...labels.keys()].filter((i) => !held.has(i));
      const calib = fitLinear(
        trainIdx.map((i) => feats[i] as TextFeatures),
        Int32Array.from(trainIdx.map((i) => labels[i] as number)),
        K,
        o,
        classOf,
      );
      const calibModel = toModel(calib, categories, o, 1, classOf);
      const rowOf = rowIndex(calibModel.slots, o.features.hashBits);
      const heldIdx = [...held].sort((a, b) => a - b);
      const logits = heldIdx.map((i) => {
        const z = new Float64Array(K);
        modelScores(calibModel, rowOf, feats[i] as TextFeatures, z);
        return z;
      });
      temperature = fitTemperature(
        logits,
        heldIdx.map((i) => labels[i] as number),
      );
      // at the grid's lower bound the slice is separated perfectly (e.g. an easy synthetic corpus): the fit says
      // nothing about real messages, so leave the logits as they are instead of sharpening them without limit
      if (temperature <= Math.fround(0.0101)) temperature = 1;
    }
  }
  return toModel(fitLinear(feats, labels, K, o, classOf), categories, o, temperature, classOf);
}

/**
 * Output columns of a sub-label model: per category in category order, one column per sub-label with at least
 * `minCount` examples (sub-labels sorted by code unit order), then one column for the category's other examples
 * (when there are any). Returns each example's column and each column's category.
 */
export function subLabelColumns(
  examples: readonly LabeledExample[],
  catLabels: Int32Array,
  K: number,
  minCount: number,
): { labels: Int32Array; classOf: Int32Array } {
  const counts = Array.from({ length: K }, () => new Map<string, number>());
  examples.forEach((e, i) => {
    if (e.subLabel === undefined) return;
    const m = counts[catLabels[i] as number] as Map<string, number>;
    m.set(e.subLabel, (m.get(e.subLabel) ?? 0) + 1);
  });
  const column = Array.from({ length: K }, () => new Map<string, number>());
  const restColumn = new Int32Array(K).fill(-1);
  const classOf: number[] = [];
  const perCategory = Array.from({ length: K }, () => 0);
  catLabels.forEach((k) => (perCategory[k] = (perCategory[k] as number) + 1));
  for (let k = 0; k < K; k++) {
    const kept = [...(counts[k] as Map<string, number>)].filter(([, c]) => c >= minCount).map(([s]) => s).sort();
    let covered = 0;
    for (const sub of kept) {
      (column[k] as Map<string, number>).set(sub, classOf.length);
      classOf.push(k);
      covered += (counts[k] as Map<string, number>).get(sub) as number;
    }
    if (covered < (perCategory[k] as number)) {
      restColumn[k] = classOf.length;
      classOf.push(k);
    }
  }
  const labels = Int32Array.from(examples, (e, i) => {
    const k = catLabels[i] as number;
    const c = e.subLabel === undefined ? undefined : (column[k] as Map<string, number>).get(e.subLabel);
    return c ?? (restColumn[k] as number);
  });
  return { labels, classOf: Int32Array.from(classOf) };
}
