/**
 * Community size standard (2020, DOMAIN.md): about 2,000 households, capped at 3,000.
 * Above 3,000 a community should be split — those above 5,000 first — and below 500 merged.
 */
export const SPLIT_ABOVE = 3000;
export const SPLIT_FIRST_ABOVE = 5000;
export const MERGE_BELOW = 500;

export type SizeClass = 'splitUrgent' | 'split' | 'merge' | 'normal';

export function sizeClass(households: number): SizeClass {
  if (households > SPLIT_FIRST_ABOVE) return 'splitUrgent';
  if (households > SPLIT_ABOVE) return 'split';
  if (households < MERGE_BELOW) return 'merge';
  return 'normal';
}
