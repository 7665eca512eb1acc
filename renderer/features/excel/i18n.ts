/**
 * Excel import/export strings, Chinese first; `en` has the same shape (the compiler checks it).
 * `errorsZh`/`errorsEn` hold the messages of this feature's validator codes, shown as
 * `errors.excel.<code>`.
 */
export const zh = {};
export const en: typeof zh = {};
export const errorsZh = {};
export const errorsEn: typeof errorsZh = {};
