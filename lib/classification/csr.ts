/** Training examples as a compressed sparse row matrix over model rows. */
export interface Csr {
  ptr: Int32Array;
  rows: Int32Array;
  vals: Float64Array;
}

/** Adds example i's products with every column of W (R·K, row-major) to out[0..K). */
export function addRowDots(X: Csr, i: number, W: Float64Array, K: number, out: Float64Array): void {
  for (let p = X.ptr[i] as number; p < (X.ptr[i + 1] as number); p++) {
    const base = (X.rows[p] as number) * K;
    const v = X.vals[p] as number;
    for (let k = 0; k < K; k++) out[k] = (out[k] as number) + v * (W[base + k] as number);
  }
}

/** W += (x_i · factor) ⊗ coef, over example i's rows, skipping columns whose coefficient is 0. */
export function addScaledRow(X: Csr, i: number, W: Float64Array, K: number, factor: number, coef: Float64Array): void {
  for (let p = X.ptr[i] as number; p < (X.ptr[i + 1] as number); p++) {
    const base = (X.rows[p] as number) * K;
    const v = (X.vals[p] as number) * factor;
    for (let k = 0; k < K; k++) {
      const c = coef[k] as number;
      if (c !== 0) W[base + k] = (W[base + k] as number) + v * c;
    }
  }
}
