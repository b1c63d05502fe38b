/**
 * Text normalisation for the classifier: HTML tags and entities, ё→е, lower case, placeholder tokens for URLs,
 * e-mails, phone numbers and numbers, then word tokens and Russian stems (Snowball, from @orama/stemmers).
 */
import { stemmer as russianStemmer } from '@orama/stemmers/russian';

/** Placeholder tokens: letters only, so the tokenizer keeps them whole; no Russian or English word looks like them. */
export const PLACEHOLDERS = {
  url: 'xurlx',
  email: 'xemailx',
  phone: 'xphonex',
  number: 'xnumx',
} as const;

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  laquo: '«',
  raquo: '»',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  bdquo: '„',
  ldquo: '“',
  rdquo: '”',
  shy: '',
  thinsp: ' ',
  ensp: ' ',
  emsp: ' ',
};

/** Decodes the HTML entities that occur in pasted text: the common named ones and all numeric ones. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    }
    const named = NAMED_ENTITIES[body.toLowerCase()];
    return named ?? whole;
  });
}

/** Removes HTML tags (and the content of script/style elements). */
export function stripTags(text: string): string {
  return text.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<\/?[a-z!][^>]*>/gi, ' ');
}

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"«»]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:ru|рф|com|org|net|su|info)(?:\/[^\s<>"«»]*)?/giu;
const EMAIL_RE = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-zа-я]{2,}/giu;
const PHONE_RE = /(?:\+7|\b8)[\s(-]*\d{3,5}[\s)-]*\d{1,3}[\s-]*\d{2}[\s-]*\d{2}\b/g;
const NUMBER_RE = /\d+(?:[.,]\d+)*/g;
const HAS_DIGIT_RE = /\d/;

/**
 * Normalises a message for classification: returns lower-case text with ё→е, without HTML, with placeholders
 * for e-mails, URLs, phone numbers and numbers, and single spaces.
 */
export function normalizeText(text: string): string {
  // each pass is skipped when the character it needs is absent (the result is the same, only faster)
  let t = text.includes('<') ? stripTags(text) : text;
  if (t.includes('&')) t = decodeEntities(t);
  t = t.toLowerCase();
  if (t.includes('ё')) t = t.replace(/ё/g, 'е');
  if (t.includes('@')) t = t.replace(EMAIL_RE, ` ${PLACEHOLDERS.email} `);
  if (t.includes('.') || t.includes('/')) t = t.replace(URL_RE, ` ${PLACEHOLDERS.url} `);
  if (HAS_DIGIT_RE.test(t)) {
    t = t.replace(PHONE_RE, ` ${PLACEHOLDERS.phone} `);
    t = t.replace(NUMBER_RE, ` ${PLACEHOLDERS.number} `);
  }
  return t.replace(/\s+/g, ' ').trim();
}

const TOKEN_RE = /[a-zа-я]+/g;

/** Word tokens of normalised text: runs of Latin or Cyrillic letters (hyphenated words split). */
export function tokenize(normalized: string): string[] {
  return normalized.match(TOKEN_RE) ?? [];
}

const CYRILLIC_RE = /[а-я]/;
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 100_000;

/** The Snowball stem of a Russian word; Latin words and placeholders are returned unchanged. */
export function stem(word: string): string {
  if (!CYRILLIC_RE.test(word)) return word;
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const s = word.length <= 2 ? word : russianStemmer(word);
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(word, s);
  return s;
}
