/**
 * Chinese prose as typed or pasted: titles, matters, reasons. Unlike `cleanText` (for codes,
 * numbers and names) it does not apply NFKC, which would turn the full-width punctuation of
 * Chinese text — ，（）：；“” — into ASCII and change what a list or a 决定书 says. Only
 * zero-width characters from chat apps and Word go, and the ends are trimmed.
 */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

export function cleanProse(value: string | undefined): string {
  return (value ?? '').normalize('NFC').replace(ZERO_WIDTH, '').trim();
}
