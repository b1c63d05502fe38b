/**
 * The prediction hot path: text → logits without per-message allocations of feature arrays. Per distinct token
 * it caches (bounded) the stem hash, the model row of the stem unigram and the model rows of the token's char_wb
 * n-grams; per message it counts rows in reusable dense arrays and scores only the touched rows. Computes
 * exactly the sparse TF-IDF of `train.ts` (sublinear tf × idf, each block L2-normalised and weighted).
 */
import { charNgramSlots, stemHash, wordNgramSlot } from './features.ts';
import { normalizeText, stem } from './normalize.ts';
import { modelColumns } from './types.ts';
import type { Model } from './types.ts';

interface TokenEntry {
  hash: number;
  /** model row of the stem unigram, −1 when absent */
  unigramRow: number;
  /** model rows of the char n-grams present in the model (with repeats) */
  charRows: Int32Array;
}

const TOKEN_RE = /[a-zа-я]+/g;
const CACHE_LIMIT = 100_000;
/** 1 + ln(c) for small counts */
const SUBLINEAR = Float64Array.from({ length: 256 }, (_, c) => (c > 0 ? 1 + Math.log(c) : 0));

/** Row index of each slot in model order (−1 when the slot is not in the model). */
export function rowIndex(slots: Int32Array, bits: number): Int32Array {
  const rowOf = new Int32Array(1 << bits).fill(-1);
  for (let r = 0; r < slots.length; r++) rowOf[slots[r] as number] = r;
  return rowOf;
}

/** A block's dense counts over model rows, with the list of touched rows. */
class RowCounts {
  readonly counts: Uint16Array;
  touched: Int32Array = new Int32Array(1024);
  n = 0;
  constructor(rows: number) {
    this.counts = new Uint16Array(rows);
  }
  add(r: number): void {
    const c = this.counts[r] as number;
    if (c === 0) {
      if (this.n === this.touched.length) {
        const grown = new Int32Array(this.touched.length * 2);
        grown.set(this.touched);
        this.touched = grown;
      }
      this.touched[this.n++] = r;
    }
    if (c < 0xffff) this.counts[r] = c + 1;
  }
}

/**
 * Row order for scoring: most frequent features (lowest idf) first, so that the rows most messages touch share a
 * small, cache-resident region of the weight and idf arrays. A counting sort over idf buckets: O(R), stable.
 */
function frequentFirst(idf: Float32Array): Int32Array {
  const R = idf.length;
  let max = 0;
  for (let r = 0; r < R; r++) max = Math.max(max, idf[r] as number);
  const B = 4096;
  const bucket = (r: number) => Math.min(B - 1, Math.floor(((idf[r] as number) / (max || 1)) * (B - 1)));
  const start = new Int32Array(B + 1);
  for (let r = 0; r < R; r++) {
    const b = bucket(r) + 1;
    start[b] = (start[b] as number) + 1;
  }
  for (let b = 0; b < B; b++) start[b + 1] = (start[b + 1] as number) + (start[b] as number);
  const order = new Int32Array(R);
  for (let r = 0; r < R; r++) {
    const b = bucket(r);
    const at = start[b] as number;
    order[at] = r;
    start[b] = at + 1;
  }
  return order;
}

export class Scorer {
  private readonly model: Model;
  private readonly idf: Float32Array;
  private readonly q: Int8Array;
  private readonly K: number;
  private readonly mask: number;
  readonly rowOf: Int32Array;
  private readonly cache = new Map<string, TokenEntry>();
  private readonly word: RowCounts;
  private readonly char: RowCounts;
  private hashes = new Int32Array(256);
  private vals = new Float64Array(1024);
  private readonly scratch: number[] = [];

  constructor(model: Model) {
    this.model = model;
    this.K = modelColumns(model);
    this.mask = (1 << model.features.hashBits) - 1;
    const order = frequentFirst(model.idf);
    const R = order.length;
    const K = this.K;
    this.idf = new Float32Array(R);
    this.q = new Int8Array(R * K);
    this.rowOf = new Int32Array(1 << model.features.hashBits).fill(-1);
    for (let i = 0; i < R; i++) {
      const r = order[i] as number;
      this.rowOf[model.slots[r] as number] = i;
      this.idf[i] = model.idf[r] as number;
      for (let k = 0; k < K; k++) this.q[i * K + k] = model.q[r * K + k] as number;
    }
    this.word = new RowCounts(model.slots.length);
    this.char = new RowCounts(model.slots.length);
  }

  private entry(token: string): TokenEntry {
    let e = this.cache.get(token);
    if (e !== undefined) return e;
    const f = this.model.features;
    const hash = stemHash(stem(token));
    const unigramRow = f.wordNgrams[0] <= 1 ? (this.rowOf[wordNgramSlot([hash], 0, 1, this.mask)] as number) : -1;
    let charRows: Int32Array;
    if (f.charNgrams[1] > 0 && this.model.charWeight > 0) {
      this.scratch.length = 0;
      charNgramSlots(token, f.charNgrams[0], f.charNgrams[1], this.mask, this.scratch);
      let m = 0;
      for (const s of this.scratch) {
        const r = this.rowOf[s] as number;
        if (r >= 0) this.scratch[m++] = r;
      }
      charRows = Int32Array.from(this.scratch.slice(0, m));
    } else charRows = new Int32Array(0);
    e = { hash, unigramRow, charRows };
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(token, e);
    return e;
  }

  /** Adds weight · L2-normalised (sublinear tf × idf) of a block to the logits, and clears the block. */
  private addBlock(b: RowCounts, weight: number, out: Float64Array): void {
    const n = b.n;
    if (n === 0) return;
    if (this.vals.length < n) this.vals = new Float64Array(Math.max(n, this.vals.length * 2));
    const { idf, q } = this;
    const vals = this.vals;
    const touched = b.touched;
    const counts = b.counts;
    let norm = 0;
    for (let i = 0; i < n; i++) {
      const r = touched[i] as number;
      const c = counts[r] as number;
      counts[r] = 0;
      const v = (c < 256 ? (SUBLINEAR[c] as number) : 1 + Math.log(c)) * (idf[r] as number);
      vals[i] = v;
      norm += v * v;
    }
    b.n = 0;
    if (norm === 0 || weight === 0) return;
    const k0 = weight / Math.sqrt(norm);
    const K = this.K;
    for (let i = 0; i < n; i++) {
      const v = (vals[i] as number) * k0;
      const base = (touched[i] as number) * K;
      for (let k = 0; k < K; k++) out[k] = (out[k] as number) + v * (q[base + k] as number);
    }
  }

  /** Logits of a raw message, written into `out` (length K). */
  score(text: string, out: Float64Array): void {
    const f = this.model.features;
    const norm = normalizeText(text);
    const [wMin, wMax] = f.wordNgrams;
    const useChar = f.charNgrams[1] > 0 && this.model.charWeight > 0;
    let nTok = 0;
    TOKEN_RE.lastIndex = 0;
    for (let m = TOKEN_RE.exec(norm); m !== null; m = TOKEN_RE.exec(norm)) {
      const e = this.entry(m[0]);
      if (nTok === this.hashes.length) {
        const grown = new Int32Array(nTok * 2);
        grown.set(this.hashes);
        this.hashes = grown;
      }
      this.hashes[nTok++] = e.hash;
      if (wMin <= 1 && e.unigramRow >= 0) this.word.add(e.unigramRow);
      if (useChar) {
        const rows = e.charRows;
        for (let i = 0; i < rows.length; i++) this.char.add(rows[i] as number);
      }
    }
    const hashes = this.hashes.subarray(0, nTok);
    for (let n = Math.max(2, wMin); n <= wMax; n++) {
      for (let i = 0; i + n <= nTok; i++) {
        const r = this.rowOf[wordNgramSlot(hashes, i, n, this.mask)] as number;
        if (r >= 0) this.word.add(r);
      }
    }
    const K = this.K;
    for (let k = 0; k < K; k++) out[k] = 0;
    this.addBlock(this.word, this.model.wordWeight, out);
    this.addBlock(this.char, this.model.charWeight, out);
    const { scale, bias } = this.model;
    for (let k = 0; k < K; k++) out[k] = (out[k] as number) * (scale[k] as number) + (bias[k] as number);
  }
}
