/**
 * Serialised model format (little-endian), deflated as a whole after the 8-byte magic "POSCLF01":
 *   uint32 header length · header JSON (categories, feature config, block weights, temperature, sizes)
 *   int32[R] slots (delta-encoded) · float32[R] idf · float32[K] scale · float32[K] bias · int8[R·K] weights.
 * K is the number of output columns: one per category, or, for a model trained with sub-labels, the length of the
 * header's optional `classOf` (the category of each column).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import { Scorer } from './scorer.ts';
import { suggestSubcategory } from './subcategories.ts';
import { modelColumns } from './types.ts';
import type { Classification, Model, ScoredCategory } from './types.ts';

const MAGIC = Buffer.from('POSCLF01', 'latin1');

interface Header {
  version: 1;
  categories: string[];
  features: Model['features'];
  wordWeight: number;
  charWeight: number;
  alternatives: number;
  temperature: number;
  rows: number;
  /** category of each output column, for sub-label models only (absent: one column per category) */
  classOf?: number[];
}

export function serializeModel(model: Model): Buffer {
  const R = model.slots.length;
  const header: Header = {
    version: 1,
    categories: model.categories,
    features: {
      hashBits: model.features.hashBits,
      wordNgrams: model.features.wordNgrams,
      charNgrams: model.features.charNgrams,
    },
    wordWeight: model.wordWeight,
    charWeight: model.charWeight,
    alternatives: model.alternatives,
    temperature: model.temperature,
    rows: R,
    ...(model.classOf ? { classOf: Array.from(model.classOf) } : {}),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(headerBytes.length, 0);
  const deltas = new Int32Array(R);
  for (let r = 0; r < R; r++) deltas[r] = (model.slots[r] as number) - (r > 0 ? (model.slots[r - 1] as number) : 0);
  const body = Buffer.concat([
    len,
    headerBytes,
    Buffer.from(deltas.buffer, deltas.byteOffset, deltas.byteLength),
    Buffer.from(model.idf.buffer, model.idf.byteOffset, model.idf.byteLength),
    Buffer.from(model.scale.buffer, model.scale.byteOffset, model.scale.byteLength),
    Buffer.from(model.bias.buffer, model.bias.byteOffset, model.bias.byteLength),
    Buffer.from(model.q.buffer, model.q.byteOffset, model.q.byteLength),
  ]);
  return Buffer.concat([MAGIC, deflateSync(body, { level: 9 })]);
}

/** Copies `count` elements of a typed array out of a buffer at `offset` (the buffer may be unaligned). */
function take<T extends Int32Array | Float32Array | Int8Array>(
  ctor: { new (b: ArrayBuffer): T; BYTES_PER_ELEMENT: number },
  buf: Buffer,
  offset: number,
  count: number,
): T {
  const bytes = count * ctor.BYTES_PER_ELEMENT;
  if (offset + bytes > buf.length) throw new Error('model file is truncated');
  const copy = new ArrayBuffer(bytes);
  new Uint8Array(copy).set(buf.subarray(offset, offset + bytes));
  return new ctor(copy);
}

export function deserializeModel(buffer: Buffer): Model {
  if (buffer.length < MAGIC.length || !buffer.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new Error('not a ПОС classifier model (bad magic)');
  }
  const body = inflateSync(buffer.subarray(MAGIC.length));
  const headerLength = body.readUInt32LE(0);
  const header = JSON.parse(body.subarray(4, 4 + headerLength).toString('utf8')) as Header;
  if (header.version !== 1) throw new Error(`unsupported model version ${String(header.version)}`);
  const R = header.rows;
  const classOf = header.classOf ? Int32Array.from(header.classOf) : undefined;
  if (classOf && classOf.some((k) => !Number.isInteger(k) || k < 0 || k >= header.categories.length)) {
    throw new Error('model file has a bad column map');
  }
  const K = modelColumns({ categories: header.categories, classOf });
  let off = 4 + headerLength;
  const slots = take(Int32Array, body, off, R);
  off += R * 4;
  for (let r = 1; r < R; r++) slots[r] = (slots[r] as number) + (slots[r - 1] as number);
  const idf = take(Float32Array, body, off, R);
  off += R * 4;
  const scale = take(Float32Array, body, off, K);
  off += K * 4;
  const bias = take(Float32Array, body, off, K);
  off += K * 4;
  const q = take(Int8Array, body, off, R * K);
  const model: Model = {
    version: 1,
    categories: header.categories,
    features: header.features,
    wordWeight: header.wordWeight,
    charWeight: header.charWeight,
    alternatives: header.alternatives,
    temperature: header.temperature,
    slots,
    idf,
    q,
    scale,
    bias,
  };
  if (classOf) model.classOf = classOf;
  return model;
}

/** Softmax of logits / T. */
export function softmax(logits: ArrayLike<number>, temperature = 1): Float64Array {
  const out = new Float64Array(logits.length);
  let max = -Infinity;
  for (let k = 0; k < logits.length; k++) max = Math.max(max, (logits[k] as number) / temperature);
  let sum = 0;
  for (let k = 0; k < logits.length; k++) {
    out[k] = Math.exp((logits[k] as number) / temperature - max);
    sum += out[k] as number;
  }
  for (let k = 0; k < out.length; k++) out[k] = (out[k] as number) / sum;
  return out;
}

export class Classifier {
  readonly model: Model;
  private readonly scorer: Scorer;
  private readonly logits: Float64Array;

  constructor(model: Model) {
    this.model = model;
    this.scorer = new Scorer(model);
    this.logits = new Float64Array(modelColumns(model));
  }

  get categories(): readonly string[] {
    return this.model.categories;
  }

  /** Calibrated probabilities, one per category of the model, in the model's category order. */
  probabilities(text: string): Float64Array {
    this.scorer.score(text, this.logits);
    const p = softmax(this.logits, this.model.temperature);
    const classOf = this.model.classOf;
    if (!classOf) return p;
    // a category's probability is the mass of its columns
    const out = new Float64Array(this.model.categories.length);
    for (let c = 0; c < classOf.length; c++) out[classOf[c] as number] = (out[classOf[c] as number] as number) + (p[c] as number);
    return out;
  }

  /**
   * The most likely category only (no calibration, no alternatives): the fast path for bulk scoring. With
   * sub-label columns, the category of the best column (classify() ranks categories by their summed mass).
   */
  predict(text: string): string {
    this.scorer.score(text, this.logits);
    let best = 0;
    for (let k = 1; k < this.logits.length; k++) if ((this.logits[k] as number) > (this.logits[best] as number)) best = k;
    const classOf = this.model.classOf;
    return this.model.categories[classOf ? (classOf[best] as number) : best] as string;
  }

  classify(text: string): Classification {
    const p = this.probabilities(text);
    const ranked: ScoredCategory[] = this.model.categories
      .map((category, k) => ({ category, confidence: p[k] as number }))
      .sort((a, b) => b.confidence - a.confidence || this.model.categories.indexOf(a.category) - this.model.categories.indexOf(b.category));
    const top = ranked[0] as ScoredCategory;
    // rounded down, so that the rounded confidences still sum to at most 1
    const round = (x: number) => Math.floor(x * 1e4) / 1e4;
    const result: Classification = {
      category: top.category,
      confidence: round(top.confidence),
      alternatives: ranked.slice(1, 1 + this.model.alternatives).map((a) => ({ category: a.category, confidence: round(a.confidence) })),
    };
    const sub = suggestSubcategory(top.category, text);
    if (sub) result.subcategory = sub;
    return result;
  }
}

export function loadModel(buffer: Buffer): Classifier {
  return new Classifier(deserializeModel(buffer));
}

/** Where the shipped default model lives, relative to the project root. */
export const DEFAULT_MODEL_FILE = 'data/classifier/model.bin';

/** Loads a model file; without a path, the shipped default model (resolved against the working directory). */
export function loadModelFile(file: string = path.resolve(process.cwd(), DEFAULT_MODEL_FILE)): Classifier {
  return loadModel(readFileSync(file));
}
