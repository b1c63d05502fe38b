/**
 * Automatic moderation of a citizen's message (grounds modelled on 59-ФЗ ст. 11):
 *   obscene → reject; no_substance → reject; threat → hold; insult (near officials) → hold; repeat → hold.
 */
import {
  FILLER_WORDS,
  INSULT_EXACT,
  INSULT_PREFIXES,
  KEYBOARD_ROWS,
  OBSCENE_PATTERNS,
  OBSCENE_WORDS,
  OFFICIAL_EXACT,
  OFFICIAL_PREFIXES,
  THREAT_PATTERNS,
} from './lexicon.ts';
import { DEFAULT_REPEAT_WINDOW_MS, findRepeat } from './repeat.ts';
import type { PreviousMessage } from './repeat.ts';
import type { ModerationResult, ReasonCode } from './reasons.ts';
import { basicNormalize, candidateWords, collapseRepeats, mapLookalikes, plainWords } from './text.ts';

export interface ModerationContext {
  /** earlier messages of the same citizen, for repeat detection */
  previous?: readonly PreviousMessage[];
  /** repeat window (default 30 days) */
  repeatWindowMs?: number;
  /** repeat similarity threshold (default 0.6) */
  repeatThreshold?: number;
  /** "now" in epoch milliseconds (default Date.now()) */
  now?: number;
  /** minimum number of real words (default 2) */
  minWords?: number;
  /** words around an official within which an insult counts (default 4) */
  insultWindow?: number;
}

const MASK_RE = /[*#%_?]/;
const maskedPatterns = new Map<string, RegExp>();

function matchesMasked(word: string): boolean {
  if (!MASK_RE.test(word) || !/[а-я]/.test(word) || word.length < 3) return false;
  let re = maskedPatterns.get(word);
  if (!re) {
    const body = word.replace(/[*#%_?]+/g, '\u0000').split('\u0000').map((s) => s.replace(/[^а-я]/g, ''));
    re = new RegExp(`^${body.join('[а-я]{1,4}')}$`);
    maskedPatterns.set(word, re);
  }
  const pattern = re;
  return OBSCENE_WORDS.some((w) => pattern.test(w) || pattern.test(collapseRepeats(w)));
}

/** Whether the text contains obscene language (мат), including obfuscated spellings. */
export function hasObscene(text: string): boolean {
  for (const w of candidateWords(text)) {
    const letters = w.replace(/[*#%_?]/g, '');
    if (letters.length >= 2 && OBSCENE_PATTERNS.some((re) => re.test(w))) return true;
    if (matchesMasked(w)) return true;
  }
  return false;
}

function isInsult(w: string): boolean {
  return INSULT_EXACT.has(w) || INSULT_PREFIXES.some((p) => w.startsWith(p));
}

function isOfficial(w: string): boolean {
  return OFFICIAL_EXACT.has(w) || OFFICIAL_PREFIXES.some((p) => w.startsWith(p));
}

/** Whether an insult word stands within `window` words of a word for officials or authorities. */
export function hasInsultToOfficials(text: string, window = 4): boolean {
  const words = plainWords(text).map((w) => collapseRepeats(mapLookalikes(w)));
  const officials: number[] = [];
  words.forEach((w, i) => {
    if (isOfficial(w)) officials.push(i);
  });
  if (officials.length === 0) return false;
  return words.some((w, i) => isInsult(w) && officials.some((j) => Math.abs(i - j) <= window && i !== j));
}

export function hasThreat(text: string): boolean {
  const t = basicNormalize(text).replace(/[^a-zа-я0-9]+/g, ' ');
  return THREAT_PATTERNS.some((re) => re.test(t));
}

const VOWELS = /[аеиоуыэюяaeiouy]/g;

/** Keyboard mash: a run along a keyboard row, no vowels, a letter 4+ times in a row, or a repeated short chunk. */
export function isMash(word: string): boolean {
  if (word.length < 4) return false;
  if (/(.)\1{3,}/.test(word)) return true;
  if (KEYBOARD_ROWS.some((row) => row.includes(word.slice(0, 4)) && row.includes(word.slice(-Math.min(4, word.length))))) return true;
  const vowels = (word.match(VOWELS) ?? []).length;
  if (vowels === 0 || vowels / word.length > 0.8) return true;
  if (/^(.{2,4})\1+/.test(word) && word.length >= 6) return true;
  return false;
}

/** Whether the text has no substance: no letters, only test/filler words, keyboard mash or too few real words. */
export function hasNoSubstance(text: string, minWords = 2): boolean {
  const words = plainWords(text);
  if (words.length === 0) return true;
  const real = words.filter((w) => w.length >= 2 && !FILLER_WORDS.has(w) && !isMash(w));
  if (real.length < minWords) return true;
  const mash = words.filter((w) => isMash(w)).length;
  return mash > real.length;
}

const ORDER: ReasonCode[] = ['obscene', 'no_substance', 'threat', 'insult', 'repeat'];

export function moderate(text: string, context: ModerationContext = {}): ModerationResult {
  const reasons = new Set<ReasonCode>();
  if (hasObscene(text)) reasons.add('obscene');
  if (hasNoSubstance(text, context.minWords ?? 2)) reasons.add('no_substance');
  if (hasThreat(text)) reasons.add('threat');
  if (hasInsultToOfficials(text, context.insultWindow ?? 4)) reasons.add('insult');
  let repeatOf: string | undefined;
  if (context.previous && context.previous.length > 0) {
    const match = findRepeat(text, context.previous, context.repeatWindowMs ?? DEFAULT_REPEAT_WINDOW_MS, {
      ...(context.repeatThreshold !== undefined ? { threshold: context.repeatThreshold } : {}),
      ...(context.now !== undefined ? { now: context.now } : {}),
    });
    if (match) {
      reasons.add('repeat');
      repeatOf = match.repeatOf;
    }
  }
  const list = ORDER.filter((r) => reasons.has(r));
  const decision = reasons.has('obscene') || reasons.has('no_substance') ? 'reject' : list.length > 0 ? 'hold' : 'ok';
  const result: ModerationResult = { decision, reasons: list };
  if (repeatOf !== undefined) result.repeatOf = repeatOf;
  return result;
}
