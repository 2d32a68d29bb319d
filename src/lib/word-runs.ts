/**
 * Runs of consecutive words, to tell whether a text copies another one.
 * Words are compared lowercase, letters and digits only, so punctuation,
 * apostrophes and no-break spaces do not hide a copy.
 */
import { createHash } from 'node:crypto';

/** How many words in a row make a copied sentence rather than a common phrase. */
export const RUN_LENGTH = 8;

export const wordsOf = (text: string): string[] => text.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];

/** Every run of RUN_LENGTH consecutive words of a text, with the words joined by spaces. */
export function wordRuns(text: string): string[] {
  const words = wordsOf(text);
  return words.slice(0, Math.max(0, words.length - RUN_LENGTH + 1)).map((_, index) => words.slice(index, index + RUN_LENGTH).join(' '));
}

/** A short hash of a run, so a list of runs can be kept without keeping the text. */
export const fingerprint = (run: string): string => createHash('sha256').update(run).digest('hex').slice(0, 16);

export const fingerprintRuns = (text: string): string[] => wordRuns(text).map(fingerprint);
