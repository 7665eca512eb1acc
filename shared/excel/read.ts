import * as XLSX from '@e965/xlsx';
import { MAX_FILE_BYTES } from '../desktop-api';
import { ExcelFileError } from './errors';
import { textDecoder } from './platform';

/**
 * Bytes → workbook, for every kind of file departments send: .xlsx, .xls (BIFF, or the HTML
 * and XML tables that many systems export under that name), .csv and tab-separated text in
 * UTF-8, UTF-16 or GBK/GB18030. A file we cannot read is refused with an ExcelFileError
 * that says why; nothing is guessed.
 */

/** Data rows one sheet may bring (issue 5). */
export const MAX_DATA_ROWS = 1_000_000;
/** Title and header rows allowed above the data. */
export const HEADER_SEARCH_ROWS = 30;

/**
 * SheetJS options for the whole path (measured, docs/ARCHITECTURE.md "Excel"): dense sheets; no
 * formatted text, HTML, number formats, styles or formulas (formulas arrive as their cached
 * values); dates as serial numbers, converted with SSF.parse_date_code, since `cellDates`
 * costs seconds and shifts dates by the time zone. `sheetRows` stops a runaway sheet early.
 */
export const READ_OPTIONS: XLSX.ParsingOptions = {
  type: 'array',
  dense: true,
  cellText: false,
  cellHTML: false,
  cellNF: false,
  cellStyles: false,
  cellFormula: false,
  cellDates: false,
  sheetStubs: false,
  bookVBA: false,
  sheetRows: MAX_DATA_ROWS + HEADER_SEARCH_ROWS + 1,
};

export type FileFormat = 'xlsx' | 'xls' | 'ods' | 'csv' | 'html';

/** One SheetJS cell as the dense reader gives it. */
export interface SheetCell {
  t: 's' | 'n' | 'b' | 'e' | 'd' | 'z';
  v?: unknown;
}

export interface SheetInfo {
  name: string;
  /** Hidden or very hidden in Excel: shown, but never chosen by default. */
  hidden: boolean;
  /** Rows down to the last one holding anything (trailing empty rows are not counted). */
  rows: number;
  columns: number;
}

export interface LoadedWorkbook {
  format: FileFormat;
  sheets: SheetInfo[];
  /** The cells of a sheet, rows trimmed, merged cells filled from their first cell. */
  grid(name: string): Grid;
}

export interface Grid {
  sheet: string;
  rows: number;
  columns: number;
  /** Row-major, 0-based; a missing row or cell is empty. */
  data: readonly (readonly (SheetCell | undefined)[] | undefined)[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

function extensionOf(fileName: string): string {
  return /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
}

/**
 * Text files: a BOM decides; else strict UTF-8, and only when that fails GB18030 (a superset
 * of GBK, which is what Excel's "CSV" saves on Chinese Windows). SheetJS's own codepage
 * handling garbles characters that exist only in GB18030, so it never sees the bytes.
 */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return textDecoder('utf-8', false).decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return textDecoder('utf-16le', false).decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return textDecoder('utf-16be', false).decode(bytes.subarray(2));
  try {
    return textDecoder('utf-8', true).decode(bytes);
  } catch {
    return textDecoder('gb18030', false).decode(bytes);
  }
}

/** Binary that is neither a workbook nor text: NUL bytes where text has none. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let nul = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nul += 1;
  return nul > 0 && !startsWith(bytes, [0xff, 0xfe]) && !startsWith(bytes, [0xfe, 0xff]);
}

function classifySheetJsError(error: unknown): ExcelFileError {
  const message = error instanceof Error ? error.message : String(error);
  if (/password|encrypt/i.test(message)) return new ExcelFileError('encrypted');
  return new ExcelFileError('corrupt');
}

/** An OLE container holding an encrypted OOXML package (a password-protected .xlsx). */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  try {
    const container = XLSX.CFB.read(bytes, { type: 'array' }) as { FullPaths?: string[] };
    return (container.FullPaths ?? []).some((p) => /EncryptionInfo|EncryptedPackage/.test(p));
  } catch {
    return false;
  }
}

/** Reads a workbook, or throws ExcelFileError. `fileName` only tells what the sender meant. */
export function readWorkbook(bytes: Uint8Array, fileName: string): LoadedWorkbook {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new ExcelFileError('tooLarge', {
      size: Math.ceil(bytes.length / 1024 / 1024),
      limit: MAX_FILE_BYTES / 1024 / 1024,
    });
  }
  if (bytes.length === 0) throw new ExcelFileError('empty');
  const extension = extensionOf(fileName);
  let book: XLSX.WorkBook;
  let format: FileFormat;
  if (startsWith(bytes, ZIP)) {
    format = extension === 'ods' ? 'ods' : 'xlsx';
    try {
      book = XLSX.read(bytes, READ_OPTIONS);
    } catch (error) {
      throw classifySheetJsError(error);
    }
  } else if (startsWith(bytes, EMPTY_ZIP)) {
    throw new ExcelFileError('corrupt');
  } else if (startsWith(bytes, CFB)) {
    if (isEncryptedPackage(bytes)) throw new ExcelFileError('encrypted');
    format = 'xls';
    try {
      book = XLSX.read(bytes, READ_OPTIONS);
    } catch (error) {
      throw classifySheetJsError(error);
    }
  } else {
    // Text. A .xlsx cannot be text; a .xls often is (HTML or tab-separated exports).
    if (['xlsx', 'xlsm', 'xlsb', 'ods'].includes(extension)) {
      throw new ExcelFileError('notWorkbook', { extension: `.${extension}` });
    }
    if (looksBinary(bytes)) throw new ExcelFileError('corrupt');
    const text = decodeText(bytes);
    if (text.trim() === '') throw new ExcelFileError('empty');
    format = /^\s*</.test(text) ? 'html' : 'csv';
    try {
      // raw: cells stay the text that was written — no 18-digit ID turned into a float,
      // no leading zero dropped, no date reinterpreted.
      book = XLSX.read(text, { ...READ_OPTIONS, type: 'string', raw: true });
    } catch (error) {
      throw classifySheetJsError(error);
    }
  }
  if (!book.SheetNames || book.SheetNames.length === 0) throw new ExcelFileError('noSheets');
  return loaded(book, format);
}

type DenseSheet = XLSX.WorkSheet & { '!data'?: (SheetCell[] | undefined)[] };

function isEmptyCell(cell: SheetCell | undefined): boolean {
  if (!cell || cell.t === 'z' || cell.v === undefined || cell.v === null) return true;
  return cell.t === 's' && typeof cell.v === 'string' && cell.v.trim() === '';
}

/** Rows down to the last non-empty one, and columns out to the last non-empty cell. */
function extent(data: readonly (readonly (SheetCell | undefined)[] | undefined)[]): {
  rows: number;
  columns: number;
} {
  let rows = 0;
  let columns = 0;
  for (let r = data.length - 1; r >= 0; r--) {
    const row = data[r];
    if (!row) continue;
    let last = -1;
    for (let c = row.length - 1; c >= 0; c--) {
      if (!isEmptyCell(row[c])) {
        last = c;
        break;
      }
    }
    if (last < 0) continue;
    if (rows === 0) rows = r + 1;
    columns = Math.max(columns, last + 1);
  }
  return { rows, columns };
}

/** Merges larger than this are not filled: a merged column of a million cells is a styling accident. */
const MAX_FILLED_MERGE = 10_000;

function loaded(book: XLSX.WorkBook, format: FileFormat): LoadedWorkbook {
  const sheets: SheetInfo[] = book.SheetNames.map((name, i) => {
    const ws = book.Sheets[name] as DenseSheet | undefined;
    const { rows, columns } = extent(ws?.['!data'] ?? []);
    const hidden = (book.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0;
    return { name, hidden, rows, columns };
  });
  const grids = new Map<string, Grid>();
  return {
    format,
    sheets,
    grid(name) {
      const cached = grids.get(name);
      if (cached) return cached;
      const info = sheets.find((s) => s.name === name);
      const ws = book.Sheets[name] as DenseSheet | undefined;
      if (!info || !ws) throw new ExcelFileError('noSheets');
      const data = ws['!data'] ?? [];
      for (const m of ws['!merges'] ?? []) {
        const area = (m.e.r - m.s.r + 1) * (m.e.c - m.s.c + 1);
        if (area <= 1 || area > MAX_FILLED_MERGE) continue;
        const first = data[m.s.r]?.[m.s.c];
        if (!first) continue;
        for (let r = m.s.r; r <= m.e.r; r++) {
          const row = (data[r] ??= []);
          for (let c = m.s.c; c <= m.e.c; c++) if (row[c] === undefined) row[c] = first;
        }
      }
      const { rows, columns } = extent(data);
      const grid: Grid = { sheet: name, rows, columns, data };
      grids.set(name, grid);
      return grid;
    },
  };
}

/** Whether the sheet was cut at READ_OPTIONS.sheetRows, i.e. holds more rows than we import. */
export function tooManyRows(grid: Grid): boolean {
  return grid.rows >= (READ_OPTIONS.sheetRows ?? Infinity);
}
