/** Near-duplicate detection of repeated messages: Jaccard similarity over char shingles of normalised text. */
export interface PreviousMessage {
  id: string;
  text: string;
  /** when it was submitted: epoch milliseconds, an ISO date-time or a Date */
  at: number | string | Date;
}

export interface RepeatOptions {
  /** minimum Jaccard similarity (default 0.6) */
  threshold?: number;
  /** shingle length in characters (default 4) */
  shingle?: number;
  /** "now" in epoch milliseconds (default Date.now()) */
  now?: number;
}

export interface RepeatMatch {
  repeatOf: string;
  similarity: number;
}

export const DEFAULT_REPEAT_THRESHOLD = 0.6;
export const DEFAULT_REPEAT_WINDOW_MS = 30 * 24 * 3600 * 1000;

/** Lower case, ё→е, letters and digits only, single spaces. */
export function repeatKey(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/[^a-zа-я0-9]+/g, ' ').trim();
}

export function shingles(text: string, k = 4): Set<string> {
  const s = repeatKey(text);
  const out = new Set<string>();
  if (s.length === 0) return out;
  if (s.length <= k) {
    out.add(s);
    return out;
  }
  for (let i = 0; i + k <= s.length; i++) out.add(s.slice(i, i + k));
  return out;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

function toMs(at: PreviousMessage['at']): number {
  if (typeof at === 'number') return at;
  if (at instanceof Date) return at.getTime();
  return Date.parse(at);
}

/**
 * The earlier message (submitted within `windowMs` before now) most similar to `text`, if its similarity reaches
 * the threshold; ties go to the most recent one. Returns null when there is none.
 */
export function findRepeat(
  text: string,
  previous: readonly PreviousMessage[],
  windowMs: number = DEFAULT_REPEAT_WINDOW_MS,
  options: RepeatOptions = {},
): RepeatMatch | null {
  const threshold = options.threshold ?? DEFAULT_REPEAT_THRESHOLD;
  const k = options.shingle ?? 4;
  const now = options.now ?? Date.now();
  const mine = shingles(text, k);
  if (mine.size === 0) return null;
  let best: { match: RepeatMatch; at: number } | null = null;
  for (const p of previous) {
    const at = toMs(p.at);
    if (!Number.isFinite(at) || at < now - windowMs || at > now) continue;
    const similarity = jaccard(mine, shingles(p.text, k));
    if (similarity < threshold) continue;
    if (!best || similarity > best.match.similarity || (similarity === best.match.similarity && at > best.at)) {
      best = { match: { repeatOf: p.id, similarity: Math.round(similarity * 1000) / 1000 }, at };
    }
  }
  return best ? best.match : null;
}
