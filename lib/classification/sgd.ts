/**
 * SGD for the multiclass linear model (softmax or Crammer–Singer hinge), L2 by the scaled-weight trick,
 * class-weighted examples, step eta0 / sqrt(1 + epoch); returns the average of the epoch-end weights of the
 * second half of the epochs.
 */
import { addRowDots, addScaledRow, type Csr } from './csr.ts';
import { seededRandom, shuffleInPlace } from '#lib/random.ts';
import type { ResolvedTrainOptions } from './types.ts';

export function fitSgd(
  X: Csr,
  labels: Int32Array,
  K: number,
  R: number,
  counts: Float64Array,
  classWeight: Float64Array,
  o: ResolvedTrainOptions,
): { W: Float64Array; b: Float64Array } {
  const n = labels.length;
  const W = new Float64Array(R * K);
  const b = new Float64Array(K);
  const avgW = new Float64Array(R * K);
  const avgB = new Float64Array(K);
  let avgCount = 0;
  let scale = 1;
  const scores = new Float64Array(K);
  const grad = new Float64Array(K);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const rnd = seededRandom(o.seed);
  const averageFrom = Math.floor(o.epochs / 2);

  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffleInPlace(order, rnd);
    const eta = o.eta0 / Math.sqrt(1 + epoch);
    for (let t = 0; t < n; t++) {
      const i = order[t] as number;
      const y = labels[i] as number;
      const cw = classWeight[y] as number;
      scores.fill(0);
      addRowDots(X, i, W, K, scores);
      for (let k = 0; k < K; k++) scores[k] = (scores[k] as number) * scale + (b[k] as number);
      grad.fill(0);
      let any = false;
      if (o.loss === 'softmax') {
        let max = -Infinity;
        for (let k = 0; k < K; k++) if ((counts[k] as number) > 0 && (scores[k] as number) > max) max = scores[k] as number;
        let sum = 0;
        for (let k = 0; k < K; k++) {
          const e = (counts[k] as number) > 0 ? Math.exp((scores[k] as number) - max) : 0;
          grad[k] = e;
          sum += e;
        }
        for (let k = 0; k < K; k++) grad[k] = cw * ((grad[k] as number) / sum - (k === y ? 1 : 0));
        any = true;
      } else {
        let m = -1;
        for (let k = 0; k < K; k++) {
          if (k === y || (counts[k] as number) === 0) continue;
          if (m < 0 || (scores[k] as number) > (scores[m] as number)) m = k;
        }
        if (m >= 0 && (scores[y] as number) - (scores[m] as number) < 1) {
          grad[y] = -cw;
          grad[m] = cw;
          any = true;
        }
      }
      scale *= 1 - eta * o.lambda;
      if (any) {
        addScaledRow(X, i, W, K, -eta / scale, grad);
        for (let k = 0; k < K; k++) b[k] = (b[k] as number) - eta * (grad[k] as number);
      }
      if (scale < 1e-6) {
        for (let j = 0; j < W.length; j++) W[j] = (W[j] as number) * scale;
        scale = 1;
      }
    }
    if (epoch >= averageFrom) {
      for (let j = 0; j < W.length; j++) avgW[j] = (avgW[j] as number) + (W[j] as number) * scale;
      for (let k = 0; k < K; k++) avgB[k] = (avgB[k] as number) + (b[k] as number);
      avgCount++;
    }
  }
  for (let j = 0; j < avgW.length; j++) avgW[j] = (avgW[j] as number) / avgCount;
  for (let k = 0; k < K; k++) avgB[k] = (avgB[k] as number) / avgCount;
  return { W: avgW, b: avgB };
}
