import { checkResidentId } from '../coordinators/resident-id';
import { checkMobile, checkPhone } from '../validation/phone';
import { clean, compact, foldWord } from './text';
import type { SheetCell } from './read';
import { serialDateParts } from './serial-date';

/**
 * Cell values as they really arrive, turned into what records hold. Each parser takes the
 * SheetJS cell and returns the value, nothing (an empty cell), or a problem with a code whose
 * message is `errors.excel.cell.<…>` or the shared validator's own.
 */

export interface CellProblem {
  code: string;
  values?: Record<string, string | number>;
}

export type Parsed<T> =
  | { value: T; warning?: CellProblem; problem?: undefined }
  | { value?: undefined; problem: CellProblem; warning?: undefined }
  | { value?: undefined; problem?: undefined; warning?: undefined };

const EMPTY: Parsed<never> = {};
const fail = (code: string, values?: Record<string, string | number>): Parsed<never> => ({
  problem: values ? { code, values } : { code },
});

/** Excel's error codes as SheetJS gives them on `t: 'e'` cells. */
const ERROR_TEXT: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

const SCIENTIFIC = /^[+-]?\d+(\.\d+)?e[+-]?\d+$/i;

/** A number as people wrote it: integers without exponent or float noise. */
export function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return BigInt(n).toString();
  return String(Number(n.toPrecision(15)));
}

/** The text of a cell, cleaned (NFKC, zero-width characters, outer spaces); undefined when empty. */
export function cellText(cell: SheetCell | undefined): Parsed<string> {
  if (!cell || cell.v === undefined || cell.v === null) return EMPTY;
  switch (cell.t) {
    case 's': {
      const text = clean(String(cell.v));
      return text === '' ? EMPTY : { value: text };
    }
    case 'n':
      return typeof cell.v === 'number' && Number.isFinite(cell.v) ? { value: numberText(cell.v) } : EMPTY;
    case 'b':
      return { value: cell.v ? '是' : '否' };
    case 'e':
      return fail('excel.cell.errorValue', { value: ERROR_TEXT[cell.v as number] ?? '#ERROR' });
    case 'd':
      return cell.v instanceof Date ? { value: cell.v.toISOString().slice(0, 10) } : EMPTY;
    default:
      return EMPTY;
  }
}

export function parseText(cell: SheetCell | undefined, max = 500): Parsed<string> {
  const text = cellText(cell);
  if (text.value !== undefined && text.value.length > max) return fail('excel.cell.tooLong', { max });
  return text;
}

/**
 * A code of digits (statistical code, list item code). A number cell lost its leading zeros:
 * when the code has a fixed length they are put back, with a warning; a number beyond 15
 * significant digits or written in scientific notation has lost digits and is refused.
 */
export function parseCode(cell: SheetCell | undefined, length?: number): Parsed<string> {
  if (cell?.t === 'n' && typeof cell.v === 'number' && !Number.isSafeInteger(cell.v)) {
    return fail('excel.cell.idAsNumber');
  }
  const text = cellText(cell);
  if (text.value === undefined) return text;
  const code = compact(text.value);
  if (SCIENTIFIC.test(code)) return fail('excel.cell.scientific', { value: code });
  if (!/^\d+$/.test(code)) return fail('excel.cell.codeDigits', { value: code });
  if (length !== undefined && code.length !== length) {
    if (cell?.t === 'n' && code.length < length) {
      const fixed = code.padStart(length, '0');
      return { value: fixed, warning: { code: 'excel.warn.leadingZeros', values: { value: code, fixed } } };
    }
    return fail('excel.cell.codeLength', { value: code, length });
  }
  return { value: code };
}

/** A code that may hold letters and dashes (list items: 01-003, A12): leading zeros put back to `length`. */
export function parseItemCode(cell: SheetCell | undefined, length?: number): Parsed<string> {
  if (cell?.t === 'n' && typeof cell.v === 'number') {
    if (!Number.isSafeInteger(cell.v)) return fail('excel.cell.idAsNumber');
    const code = numberText(cell.v);
    if (length !== undefined && code.length < length) {
      const fixed = code.padStart(length, '0');
      return { value: fixed, warning: { code: 'excel.warn.leadingZeros', values: { value: code, fixed } } };
    }
    return { value: code };
  }
  const text = cellText(cell);
  if (text.value === undefined) return text;
  const code = compact(text.value).toUpperCase();
  if (SCIENTIFIC.test(code)) return fail('excel.cell.scientific', { value: code });
  return code.length > 40 ? fail('excel.cell.tooLong', { max: 40 }) : { value: code };
}

const MASKED = /[*＊]/;

/**
 * A resident ID. A number cell cannot hold one: 18 digits exceed what a double keeps, so the
 * last digits are already gone (only an old 15-digit ID survives as a number, exactly).
 */
export function parseResidentId(cell: SheetCell | undefined, today: string): Parsed<string> {
  if (cell?.t === 'n') {
    const n = cell.v as number;
    if (!(Number.isSafeInteger(n) && n >= 1e14 && n < 1e15)) return fail('excel.cell.idAsNumber');
  }
  const text = cellText(cell);
  if (text.value === undefined) return text;
  const raw = compact(text.value);
  if (SCIENTIFIC.test(raw)) return fail('excel.cell.scientific', { value: raw });
  if (MASKED.test(raw)) return fail('excel.cell.masked');
  const checked = checkResidentId(raw, today);
  if (!checked.ok) return fail(checked.issue);
  return checked.legacy15
    ? { value: checked.id, warning: { code: 'excel.warn.legacyId' } }
    : { value: checked.id };
}

/** A phone: a number cell is fine (11 digits fit); spaces, dashes and +86 go. */
export function parsePhone(cell: SheetCell | undefined, mobileOnly: boolean): Parsed<string> {
  const text = cellText(cell);
  if (text.value === undefined) return text;
  if (MASKED.test(text.value)) return fail('excel.cell.masked');
  if (SCIENTIFIC.test(compact(text.value))) return fail('excel.cell.scientific', { value: text.value });
  const checked = mobileOnly ? checkMobile(text.value) : checkPhone(text.value);
  return 'issue' in checked ? fail(checked.issue) : { value: checked.phone };
}

/** Dates of this domain lie between 1950 and 2100: a number outside is not a date serial. */
const SERIAL_MIN = 18264; // 1950-01-01
const SERIAL_MAX = 73050; // 2099-12-31

const pad2 = (n: number) => (n < 10 ? '0' : '') + n;

function isoIfReal(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

const TEXT_DATE =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?)?$/;

/**
 * A date as `YYYY-MM-DD`: a date serial (converted with SSF.parse_date_code, never through
 * the time zone), 20200101 typed as a number, or text — 2020-01-01, 2020/1/1, 2020.1.1,
 * 2020年1月1日, 20200101, with or without a time.
 */
export function parseDate(cell: SheetCell | undefined): Parsed<string> {
  if (cell?.t === 'n' && typeof cell.v === 'number') {
    const n = cell.v;
    if (Number.isInteger(n) && n >= 19000101 && n <= 21001231) {
      const iso = isoIfReal(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100);
      return iso ? { value: iso } : fail('excel.cell.date', { value: numberText(n) });
    }
    if (n >= SERIAL_MIN && n < SERIAL_MAX + 1) {
      const parts = serialDateParts(n);
      const iso = isoIfReal(parts.y, parts.m, parts.d);
      if (iso) return { value: iso };
    }
    return fail('excel.cell.date', { value: numberText(n) });
  }
  const text = cellText(cell);
  if (text.value === undefined) return text;
  const t = text.value;
  const m = TEXT_DATE.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  const iso = m ? isoIfReal(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
  return iso ? { value: iso } : fail('excel.cell.date', { value: t });
}

const TEXT_DATETIME =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+(\d{1,2})[:：时](\d{2})(?:[:：分](\d{2})(?:\.\d+)?)?秒?)?$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** A Beijing wall-clock time as an instant (Beijing is UTC+8 all year). */
function beijingInstant(date: string, h: number, m: number, s: number): string | undefined {
  if (h > 23 || m > 59 || s > 59) return undefined;
  return new Date(`${date}T${pad(h)}:${pad(m)}:${pad(s)}+08:00`).toISOString();
}

/**
 * A time as an ISO instant: a date-time serial (its fraction is the Beijing time of day) or text
 * such as 2024-03-01 10:23:45, 2024/3/1 10:23 or 2024年3月1日10时23分; a bare date is its midnight.
 * 12345 exports give 受理时间 in Beijing time, with no zone.
 */
export function parseDateTime(cell: SheetCell | undefined): Parsed<string> {
  if (cell?.t === 'n' && typeof cell.v === 'number' && cell.v >= SERIAL_MIN && cell.v < SERIAL_MAX + 1) {
    const parts = serialDateParts(cell.v);
    const date = isoIfReal(parts.y, parts.m, parts.d);
    const at = date && beijingInstant(date, parts.H, parts.M, Math.floor(parts.S));
    return at ? { value: at } : fail('excel.cell.datetime', { value: numberText(cell.v) });
  }
  if (cell?.t === 'd' || cell?.t === 'n') {
    const day = parseDate(cell);
    if (day.value === undefined) return fail('excel.cell.datetime', { value: cellText(cell).value ?? '' });
    return { value: beijingInstant(day.value, 0, 0, 0)! };
  }
  const text = cellText(cell);
  if (text.value === undefined) return text;
  const m = TEXT_DATETIME.exec(text.value);
  const date = m ? isoIfReal(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
  const at = date && beijingInstant(date, Number(m![4] ?? 0), Number(m![5] ?? 0), Number(m![6] ?? 0));
  return at ? { value: at } : fail('excel.cell.datetime', { value: text.value });
}

/** A whole number ≥ 0: 1,200 and 120户 / 300人 are read as people write them. */
export function parseCount(cell: SheetCell | undefined): Parsed<number> {
  if (cell?.t === 'n' && typeof cell.v === 'number') {
    return Number.isInteger(cell.v) && cell.v >= 0
      ? { value: cell.v }
      : fail('excel.cell.integer', { value: numberText(cell.v) });
  }
  const text = cellText(cell);
  if (text.value === undefined) return text;
  const digits = compact(text.value)
    .replace(/,/g, '')
    .replace(/[户人个名次]$/, '');
  return /^\d{1,9}$/.test(digits)
    ? { value: Number(digits) }
    : fail('excel.cell.integer', { value: text.value });
}

// 党员/群众: registers often answer "party member?" with the 政治面貌 itself.
const YES = new Set([
  '是',
  'y',
  'yes',
  'true',
  '1',
  '√',
  '✓',
  '✔',
  '有',
  '对',
  '党员',
  '中共党员',
  '预备党员',
]);
const NO = new Set(['否', 'n', 'no', 'false', '0', '×', '✗', '✘', '无', '不是', '群众', '非党员']);

export function parseBool(cell: SheetCell | undefined): Parsed<boolean> {
  if (cell?.t === 'b') return { value: cell.v === true };
  const text = cellText(cell);
  if (text.value === undefined) return text;
  const t = compact(text.value).toLowerCase();
  if (YES.has(t)) return { value: true };
  if (NO.has(t)) return { value: false };
  return fail('excel.cell.bool', { value: text.value });
}

export interface OptionChoice {
  value: string;
  /** Words that mean it: the Chinese label first (written by export and templates), then synonyms. */
  words: readonly string[];
}

/** Builds the lookup once per field: folded word → value. */
export function optionIndex(choices: readonly OptionChoice[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const c of choices) {
    index.set(foldWord(c.value), c.value);
    for (const w of c.words) index.set(foldWord(w), c.value);
  }
  return index;
}

export function parseOption(
  cell: SheetCell | undefined,
  index: ReadonlyMap<string, string>,
  labels: readonly string[],
): Parsed<string> {
  const text = cellText(cell);
  if (text.value === undefined) return text;
  const value = index.get(foldWord(text.value));
  return value !== undefined
    ? { value }
    : fail('excel.cell.option', { value: text.value, options: labels.join('、') });
}

/** A list in one cell: 驾驶、急救 / 驾驶,急救 / one per line. */
export function parseList(cell: SheetCell | undefined): Parsed<string[]> {
  const text = cellText(cell);
  if (text.value === undefined) return text;
  const items = text.value
    .split(/[、,，;；\n\r/|]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return items.length > 0 ? { value: [...new Set(items)] } : EMPTY;
}

/** How a cell reads in the preview and in the error report: as the sender sees it in Excel. */
export function displayCell(cell: SheetCell | undefined, asDate = false): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  if (cell.t === 'n' && typeof cell.v === 'number') {
    if (asDate) {
      const d = parseDate(cell);
      if (d.value) return d.value;
    }
    // What Excel shows for a long number in General format: the digits it kept.
    if (Math.abs(cell.v) >= 1e15) return cell.v.toExponential(5).toUpperCase().replace('E+', 'E+');
    return numberText(cell.v);
  }
  if (cell.t === 'e') return ERROR_TEXT[cell.v as number] ?? '#ERROR';
  if (cell.t === 'b') return cell.v ? 'TRUE' : 'FALSE';
  return String(cell.v);
}
