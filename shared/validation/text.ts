/**
 * Text as it really arrives: full-width digits and letters, ideographic spaces and
 * zero-width characters pasted from chat apps and Word. NFKC folds the first two.
 */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

// NUL and other control characters (tab and line breaks aside) and halves of a surrogate pair:
// pasted from broken files, never meant, and what PostgreSQL's jsonb refuses (the server rejects
// a change holding one, so it must never be written here).
const UNSTORABLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text without the characters no record can hold; everything else exactly as typed. */
export function storableText(value: string): string {
  return value.replace(UNSTORABLE, '');
}

/** Strings anywhere in form values (plain objects and arrays; dates and the like untouched). */
export function storableValues<T>(value: T): T {
  if (typeof value === 'string') return storableText(value) as T;
  if (Array.isArray(value)) return value.map(storableValues) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, storableValues(v)])) as T;
  }
  return value;
}

export function cleanText(value: string): string {
  return storableText(value.normalize('NFKC').replace(ZERO_WIDTH, '')).trim();
}

/** cleanText with every kind of whitespace removed — for numbers and codes. */
export function compactText(value: string): string {
  return cleanText(value).replace(/\s+/g, '');
}

/**
 * Chinese prose as typed or pasted: titles, matters, reasons, answers, minutes. Unlike
 * `cleanText` (for codes, numbers, names and addresses) it does not apply NFKC, which would turn
 * the full-width punctuation of Chinese text — ，（）：；“” — into ASCII and change what a
 * list, a 决定书 or a department's answer says. Zero-width characters from chat apps and Word
 * and what no record can hold go, and the ends are trimmed.
 */
export function cleanProse(value: string | undefined): string {
  return storableText((value ?? '').normalize('NFC').replace(ZERO_WIDTH, '')).trim();
}
