/**
 * Text as it really arrives: full-width digits and letters, ideographic spaces and
 * zero-width characters pasted from chat apps and Word. NFKC folds the first two.
 */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

export function cleanText(value: string): string {
  return value.normalize('NFKC').replace(ZERO_WIDTH, '').trim();
}

/** cleanText with every kind of whitespace removed — for numbers and codes. */
export function compactText(value: string): string {
  return cleanText(value).replace(/\s+/g, '');
}
