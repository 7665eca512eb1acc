import { cleanText, compactText } from '../validation/text';

/** Text helpers of the engine: cleaning cells and folding words for comparison. */

/**
 * Printable ASCII and the common CJK block are already in NFKC form and hold no zero-width
 * characters: most cells skip the normalisation, which was a fifth of a 240,000-row import.
 */
const NEEDS_CLEANING = /[^\x20-\x7E\u4E00-\u9FFF]/;

/** cleanText (shared/validation/text), fast for the common case. */
export function clean(text: string): string {
  return NEEDS_CLEANING.test(text) ? cleanText(text) : text.trim();
}

/** compactText, fast for the common case. */
export function compact(text: string): string {
  if (NEEDS_CLEANING.test(text)) return compactText(text);
  return text.includes(' ') ? text.replace(/ +/g, '') : text;
}

/** Normal form for comparing labels and option words: NFKC, no spaces or zero-width characters, lower case. */
export function foldWord(text: string): string {
  return compact(text).toLowerCase();
}
