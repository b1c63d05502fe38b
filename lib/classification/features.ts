/**
 * Hashed text features: word uni/bi-grams of stems and char_wb n-grams of words (each word padded with spaces,
 * as scikit-learn's analyzer='char_wb'), hashed with FNV-1a into a fixed space of 2^hashBits slots.
 * The two blocks are returned separately, as raw term counts, so the model can weight and normalise each one.
 */
import { normalizeText, stem, tokenize } from './normalize.ts';

export interface FeatureConfig {
  /** log2 of the hashed feature space */
  hashBits: number;
  /** word n-gram orders over stems, e.g. [1, 2] */
  wordNgrams: [number, number];
  /** char n-gram orders inside padded words, e.g. [2, 5]; [0, 0] turns the block off */
  charNgrams: [number, number];
}

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = { hashBits: 18, wordNgrams: [1, 2], charNgrams: [2, 5] };

/** Raw counts of one block: parallel arrays, indices unique and ascending. */
export interface SparseCounts {
  indices: Int32Array;
  counts: Float32Array;
}

export interface TextFeatures {
  word: SparseCounts;
  char: SparseCounts;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SEED_WORD = 0x9e3779b1;
const SEED_CHAR = 0x85ebca6b;

/** FNV-1a over the UTF-16 code units of `s`, started from `seed` mixed into the offset basis; unsigned 32-bit. */
export function hashString(s: string, seed = 0): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Final avalanche (murmur3 fmix32), so that the low bits used as the slot depend on every input bit. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Slot of a string feature in a space of 2^bits. */
export function featureSlot(s: string, seed: number, bits: number): number {
  return fmix(hashString(s, seed)) & ((1 << bits) - 1);
}

/** The char_wb n-grams of one word, as strings (for tests and inspection). */
export function charNgrams(word: string, min: number, max: number): string[] {
  const padded = ` ${word} `;
  const out: string[] = [];
  for (let n = min; n <= max; n++) {
    if (n > padded.length) break;
    for (let i = 0; i + n <= padded.length; i++) out.push(padded.slice(i, i + n));
  }
  return out;
}

/** Word n-grams of a stem sequence, joined with a space (for tests and inspection). */
export function wordNgrams(stems: readonly string[], min: number, max: number): string[] {
  const out: string[] = [];
  for (let n = min; n <= max; n++) {
    for (let i = 0; i + n <= stems.length; i++) out.push(stems.slice(i, i + n).join(' '));
  }
  return out;
}

/**
 * Slots of the char_wb n-grams of a word (padded with spaces), hashed incrementally over its code units: one
 * FNV-1a pass per start position yields every order from 1 to max, so no substring is ever built.
 */
export function charNgramSlots(word: string, min: number, max: number, mask: number, out: number[] = []): number[] {
  const len = word.length + 2;
  for (let i = 0; i < len; i++) {
    let h = (FNV_OFFSET ^ SEED_CHAR) >>> 0;
    for (let n = 1; n <= max && i + n <= len; n++) {
      const j = i + n - 1;
      h ^= j === 0 || j === len - 1 ? 32 : word.charCodeAt(j - 1);
      h = Math.imul(h, FNV_PRIME);
      if (n >= min) out.push(fmix(h) & mask);
    }
  }
  return out;
}

/** Hash of a stem, the unit that word n-grams combine. */
export function stemHash(s: string): number {
  return hashString(s, SEED_WORD);
}

/** Slot of the word n-gram of order n starting at i in a sequence of stem hashes. */
export function wordNgramSlot(hashes: ArrayLike<number>, i: number, n: number, mask: number): number {
  // an n-gram's hash combines the stems' hashes in order, then the order n
  let h = hashes[i] as number;
  for (let j = 1; j < n; j++) h = Math.imul(h ^ (hashes[i + j] as number), FNV_PRIME) ^ 0x27d4eb2d;
  return fmix((h ^ Math.imul(n, 0x165667b1)) >>> 0) & mask;
}

/** Hashes of the char_wb n-grams of a word; cached per word (bounded). */
class CharNgramHasher {
  private readonly cache = new Map<string, Int32Array>();
  private readonly scratch: number[] = [];
  constructor(
    private readonly min: number,
    private readonly max: number,
    private readonly mask: number,
  ) {}

  slots(word: string): Int32Array {
    const cached = this.cache.get(word);
    if (cached) return cached;
    this.scratch.length = 0;
    const slots = Int32Array.from(charNgramSlots(word, this.min, this.max, this.mask, this.scratch));
    if (this.cache.size >= 200_000) this.cache.clear();
    this.cache.set(word, slots);
    return slots;
  }
}

/** Accumulates counts into a dense scratch array and emits them sparse, sorted by slot. */
class Accumulator {
  private readonly dense: Float32Array;
  private readonly touched: number[] = [];
  constructor(size: number) {
    this.dense = new Float32Array(size);
  }
  add(slot: number): void {
    if (this.dense[slot] === 0) this.touched.push(slot);
    this.dense[slot] = (this.dense[slot] as number) + 1;
  }
  flush(): SparseCounts {
    const indices = Int32Array.from(this.touched).sort();
    const counts = new Float32Array(indices.length);
    for (let i = 0; i < indices.length; i++) {
      const s = indices[i] as number;
      counts[i] = this.dense[s] as number;
      this.dense[s] = 0;
    }
    this.touched.length = 0;
    return { indices, counts };
  }
}

/** Turns texts into hashed feature counts; holds caches, so reuse one per model. */
export class Featurizer {
  readonly config: FeatureConfig;
  private readonly mask: number;
  private readonly chars: CharNgramHasher;
  private readonly acc: Accumulator;
  private readonly stemSlots = new Map<string, number>();

  constructor(config: FeatureConfig = DEFAULT_FEATURE_CONFIG) {
    this.config = config;
    this.mask = (1 << config.hashBits) - 1;
    this.chars = new CharNgramHasher(config.charNgrams[0], config.charNgrams[1], this.mask);
    this.acc = new Accumulator(1 << config.hashBits);
  }

  private cachedStemHash(s: string): number {
    let h = this.stemSlots.get(s);
    if (h === undefined) {
      h = stemHash(s);
      if (this.stemSlots.size >= 200_000) this.stemSlots.clear();
      this.stemSlots.set(s, h);
    }
    return h;
  }

  /** Features of a raw message (normalises it first). */
  features(text: string): TextFeatures {
    return this.featuresOfTokens(tokenize(normalizeText(text)));
  }

  featuresOfTokens(tokens: readonly string[]): TextFeatures {
    const [wMin, wMax] = this.config.wordNgrams;
    const hashes = tokens.map((t) => this.cachedStemHash(stem(t)));
    for (let n = Math.max(1, wMin); n <= wMax; n++) {
      for (let i = 0; i + n <= hashes.length; i++) this.acc.add(wordNgramSlot(hashes, i, n, this.mask));
    }
    const word = this.acc.flush();
    if (this.config.charNgrams[1] > 0) {
      for (const t of tokens) {
        const slots = this.chars.slots(t);
        for (let i = 0; i < slots.length; i++) this.acc.add(slots[i] as number);
      }
    }
    const char = this.acc.flush();
    return { word, char };
  }
}
