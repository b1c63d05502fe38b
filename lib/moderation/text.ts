/**
 * Normalisation for moderation: lower case, ё→е, Latin and digit look-alikes → Cyrillic, repeated letters
 * collapsed, and words re-joined when split by spaces or punctuation (х.у.й, х у й, б-л-я).
 */

/** Latin letters and digits that look like Cyrillic letters, as used to dodge filters. */
const LOOKALIKE: Record<string, string> = {
  a: 'а', b: 'б', c: 'с', e: 'е', h: 'н', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у', u: 'и',
  '0': 'о', '3': 'з', '4': 'ч', '6': 'б', '@': 'а', $: 'с',
};

/** A phonetic transliteration, for all-Latin spellings (pizdec, blyat, huy). */
const TRANSLIT: [RegExp, string][] = [
  [/sch/g, 'щ'], [/shch/g, 'щ'], [/sh/g, 'ш'], [/ch/g, 'ч'], [/zh/g, 'ж'], [/kh/g, 'х'], [/ts/g, 'ц'],
  [/ya/g, 'я'], [/ja/g, 'я'], [/yu/g, 'ю'], [/ju/g, 'ю'], [/yo/g, 'е'], [/jo/g, 'е'],
  [/a/g, 'а'], [/b/g, 'б'], [/v/g, 'в'], [/w/g, 'в'], [/g/g, 'г'], [/d/g, 'д'], [/e/g, 'е'], [/z/g, 'з'],
  [/i/g, 'и'], [/j/g, 'й'], [/k/g, 'к'], [/l/g, 'л'], [/m/g, 'м'], [/n/g, 'н'], [/o/g, 'о'], [/p/g, 'п'],
  [/r/g, 'р'], [/s/g, 'с'], [/t/g, 'т'], [/u/g, 'у'], [/f/g, 'ф'], [/h/g, 'х'], [/c/g, 'ц'], [/y/g, 'й'], [/x/g, 'кс'],
  [/q/g, 'к'],
];

/** Characters that stand for a hidden letter inside a word (х*й, п#здец). */
export const MASK_CHARS = '*#%_?…';

export function basicNormalize(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').normalize('NFC');
}

/** Look-alike letters → Cyrillic, in a chunk that has at least one letter. */
export function mapLookalikes(chunk: string): string {
  if (!/[a-zа-я]/.test(chunk)) return chunk;
  let out = '';
  for (const ch of chunk) out += LOOKALIKE[ch] ?? ch;
  return out;
}

export function transliterate(latin: string): string {
  let s = latin;
  for (const [re, to] of TRANSLIT) s = s.replace(re, to);
  return s;
}

/** Collapses runs of the same letter (хууууй → хуй). */
export function collapseRepeats(word: string): string {
  return word.replace(/([а-яa-z])\1+/g, '$1');
}

/**
 * Candidate word forms of a text for matching word lists: for every whitespace-separated chunk, its letter runs
 * and the chunk with inner punctuation removed; for every run of single letters separated by spaces or
 * punctuation (х у й, п.и.з.д.а), the joined word. Each candidate is given in look-alike-mapped and (for
 * all-Latin chunks) transliterated form, with repeats collapsed. Mask characters are kept, for wildcard matching.
 */
export function candidateWords(text: string): Set<string> {
  const t = basicNormalize(text);
  const out = new Set<string>();
  const addForms = (raw: string) => {
    if (raw.length === 0) return;
    const forms = [mapLookalikes(raw)];
    // @, $ and digits inside a word may also stand for any hidden letter (бл@дь)
    if (/[a-zа-я]/.test(raw) && /[@$0-9]/.test(raw)) forms.push(mapLookalikes(raw.replace(/[@$0-9]/g, '*')));
    if (/^[a-z*#%_?]+$/.test(raw) && /[a-z]/.test(raw)) forms.push(transliterate(raw));
    for (const f of forms) {
      const letters = f.replace(/[^а-яa-z*#%_?]/g, '');
      if (letters.length >= 2) out.add(collapseRepeats(letters));
    }
  };
  const chunks = t.split(/\s+/).filter(Boolean);
  for (const chunk of chunks) {
    addForms(chunk);
    for (const part of chunk.split(/[^a-zа-я0-9@$*#%_?]+/)) addForms(part);
  }
  // single letters separated by spaces or punctuation: х у й, б.л.я, п-и-з-д-е-ц
  const spaced = t.match(/(?:^|[^a-zа-я0-9])((?:[a-zа-я0-9@$*][\s.,\-_+'"/\\|]+){2,}[a-zа-я0-9@$*])(?![a-zа-я0-9])/g) ?? [];
  for (const s of spaced) addForms(s.replace(/[^a-zа-я0-9@$*]/g, ''));
  return out;
}

/** Plain word tokens (Cyrillic/Latin letters) of normalised text, for proximity rules. */
export function plainWords(text: string): string[] {
  return basicNormalize(text).match(/[a-zа-я]+/g) ?? [];
}
