import { randomInt } from 'node:crypto';

/** Returns an integer in [min, max), like crypto.randomInt. */
export type RandomInt = (min: number, max: number) => number;

const BODY_LENGTH = 10;
const SEPARATORS = /[\s\-‐‑‒–—]/g;
const NUMBER_PATTERN = /^[1-9]\d{10}$/;

/** Damm's totally anti-symmetric quasigroup of order 10: catches every single-digit error and adjacent transposition. */
const DAMM_TABLE: readonly (readonly number[])[] = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

function dammInterim(digits: string): number {
  let interim = 0;
  for (const ch of digits) interim = DAMM_TABLE[interim]![Number(ch)]!;
  return interim;
}

/** The check digit to append to a string of decimal digits. */
export function dammCheckDigit(digits: string): number {
  return dammInterim(digits);
}

/** A new 11-digit message number: 10 random digits (no leading zero) and a Damm check digit. */
export function generateMessageNumber(rng: RandomInt = randomInt): string {
  let body = String(rng(1, 10));
  while (body.length < BODY_LENGTH) body += String(rng(0, 10));
  return body + String(dammCheckDigit(body));
}

/** 'NNN-NNN-NNN-NN', grouped for dictation over the phone. */
export function formatMessageNumber(digits: string): string {
  if (!NUMBER_PATTERN.test(digits)) throw new RangeError(`Not an 11-digit message number: ${digits}`);
  return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)}-${digits.slice(9)}`;
}

/** The 11 digits of a typed or dictated number, or null when malformed or the check digit fails. */
export function parseMessageNumber(input: string): string | null {
  const digits = input.replace(SEPARATORS, '');
  if (!NUMBER_PATTERN.test(digits)) return null;
  return dammInterim(digits) === 0 ? digits : null;
}

export function isValidMessageNumber(input: string): boolean {
  return parseMessageNumber(input) !== null;
}
