import { queryWords } from '../search/terms';

/**
 * Finding a coordinator by the last digits of a resident ID or phone, without the catalog
 * ever holding more of either than the masked form shows (110105********1234, 138****5678):
 * only the last four characters are indexed. They are indexed reversed, because search
 * words match the start of a term (shared/search/terms) and people type the end of a number:
 * "1234" becomes the term "4321", which "34" (reversed "43") finds as it should and "12"
 * does not. A longer number typed — the last six, or a whole ID pasted — is looked up by its
 * last four and confirmed against the stored rows (`confirmsNumbers`).
 */

/** Characters of an ID or phone the catalog keeps: what the masked form shows at the end. */
export const INDEXED_DIGITS = 4;

const reverse = (s: string) => [...s].reverse().join('');

/** The search term for a resident ID or phone: its last four characters, reversed, lower case. */
export function numberTerm(value: string | undefined): string | undefined {
  if (!value || value.length < INDEXED_DIGITS) return undefined;
  return reverse(value.slice(-INDEXED_DIGITS).toLowerCase());
}

/** A query word that is the end of an ID or phone: digits, perhaps ending in the check X. */
const NUMBER_WORD = /^\d+x?$/;

export interface RosterQuery {
  /** Words as the catalog must see them: names as typed, numbers as their reversed terms. */
  words: string[];
  /** Numbers longer than the catalog keeps: rows must end in them (upper case, as stored). */
  longNumbers: string[];
}

/** Splits what was typed into the roster's search box into catalog words and numbers to confirm. */
export function rosterQuery(query: string): RosterQuery {
  const words: string[] = [];
  const longNumbers: string[] = [];
  for (const word of queryWords(query)) {
    if (!NUMBER_WORD.test(word)) {
      words.push(word);
      continue;
    }
    words.push(reverse(word.slice(-INDEXED_DIGITS)));
    if (word.length > INDEXED_DIGITS) longNumbers.push(word.toUpperCase());
  }
  return { words, longNumbers };
}

/** Whether a row's ID or phone ends in every long number of a query. */
export function confirmsNumbers(
  row: { residentId: string; mobile?: string },
  longNumbers: readonly string[],
): boolean {
  return longNumbers.every((n) => row.residentId.endsWith(n) || (row.mobile?.endsWith(n) ?? false));
}
