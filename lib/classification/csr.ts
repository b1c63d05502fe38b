/** Training examples as a compressed sparse row matrix over model rows. */
export interface Csr {
  ptr: Int32Array;
  rows: Int32Array;
  vals: Float64Array;
}
