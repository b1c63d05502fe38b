/**
 * One-vs-rest linear SVM with the squared hinge (L2-loss), solved in the dual by coordinate descent (Hsieh et
 * al. 2008, the liblinear solver behind scikit-learn's LinearSVC). The K binary problems are solved interleaved,
 * one pass over the examples updating every class, because the weights are stored row-major (w[r·K + k]).
 */
import { addRowDots, addScaledRow, type Csr } from './csr.ts';
import { seededRandom, shuffleInPlace } from '#lib/random.ts';

export interface SvmOptions {
  /** inverse regularisation strength (liblinear's C) */
  C: number;
  /** value of the constant feature that carries the intercept (regularised like every weight, as liblinear) */
  bias: number;
  /** maximal number of passes over the data */
  maxEpochs: number;
  /** stop when the projected-gradient spread of every class is below this */
  tol: number;
  seed: number;
  /**
   * optional group (category) of each class: an example is then no negative of the other classes of its own
   * group, so that each class is separated from the other groups only
   */
  groupOf?: Int32Array;
}

/**
 * Weights w (R·K, row-major) and intercepts b (K). `classWeight[k]` multiplies C for the positive examples of
 * class k only (liblinear's semantics of class weights in one-vs-rest); classes with no examples get no weights.
 */
export function fitOvrSvm(
  X: Csr,
  labels: Int32Array,
  K: number,
  R: number,
  classWeight: Float64Array,
  o: SvmOptions,
): { W: Float64Array; b: Float64Array } {
  const n = labels.length;
  const W = new Float64Array(R * K);
  const wb = new Float64Array(K);
  const alpha = new Float64Array(n * K);
  const sq = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = o.bias * o.bias;
    for (let p = X.ptr[i] as number; p < (X.ptr[i + 1] as number); p++) s += (X.vals[p] as number) ** 2;
    sq[i] = s;
  }
  // D_ii = 1 / (2 C_i): positive and negative examples of class k differ only by the class weight
  const dPos = new Float64Array(K);
  for (let k = 0; k < K; k++) dPos[k] = 1 / (2 * o.C * Math.max(classWeight[k] as number, 1e-12));
  const dNeg = 1 / (2 * o.C);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const rnd = seededRandom(o.seed);
  const groupOf = o.groupOf;
  const dots = new Float64Array(K);
  const delta = new Float64Array(K);
  const pgMax = new Float64Array(K);
  const pgMin = new Float64Array(K);

  for (let epoch = 0; epoch < o.maxEpochs; epoch++) {
    shuffleInPlace(order, rnd);
    pgMax.fill(-Infinity);
    pgMin.fill(Infinity);
    for (let t = 0; t < n; t++) {
      const i = order[t] as number;
      const y = labels[i] as number;
      for (let k = 0; k < K; k++) dots[k] = (wb[k] as number) * o.bias;
      addRowDots(X, i, W, K, dots);
      let any = false;
      const gy = groupOf ? (groupOf[y] as number) : -1;
      for (let k = 0; k < K; k++) {
        if (groupOf && k !== y && groupOf[k] === gy) {
          delta[k] = 0;
          continue;
        }
        const yk = k === y ? 1 : -1;
        const d = k === y ? (dPos[k] as number) : dNeg;
        const a = alpha[i * K + k] as number;
        const G = yk * (dots[k] as number) - 1 + d * a;
        const pg = a === 0 ? Math.min(G, 0) : G;
        if (pg > (pgMax[k] as number)) pgMax[k] = pg;
        if (pg < (pgMin[k] as number)) pgMin[k] = pg;
        delta[k] = 0;
        if (pg !== 0) {
          const next = Math.max(a - G / ((sq[i] as number) + d), 0);
          alpha[i * K + k] = next;
          delta[k] = (next - a) * yk;
          if (delta[k] !== 0) any = true;
        }
      }
      if (!any) continue;
      addScaledRow(X, i, W, K, 1, delta);
      for (let k = 0; k < K; k++) wb[k] = (wb[k] as number) + (delta[k] as number) * o.bias;
    }
    let converged = true;
    for (let k = 0; k < K; k++) if ((pgMax[k] as number) - (pgMin[k] as number) > o.tol) converged = false;
    if (converged) break;
  }
  const b = new Float64Array(K);
  for (let k = 0; k < K; k++) b[k] = (wb[k] as number) * o.bias;
  return { W, b };
}

