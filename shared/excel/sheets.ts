import type { EntitySpec } from './entity';
import { ExcelFileError } from './errors';
import { autoMapping, fieldMatcher, findHeader, headerAt, type HeaderGuess } from './header';
import type { ColumnMapping } from './import-rows';
import { MAX_DATA_ROWS, tooManyRows, type Grid, type LoadedWorkbook } from './read';

/** Choosing the sheet and reading its header: the first steps of every import. */

export interface SheetChoice {
  name: string;
  hidden: boolean;
  rows: number;
  columns: number;
  /** Fields its best header row names; 0 when none. */
  matched: number;
}

/** The sheets with how well each fits the entity; hidden ones are listed but never preferred. */
export function sheetChoices(
  book: LoadedWorkbook,
  spec: EntitySpec,
): { sheets: SheetChoice[]; suggested: string | undefined } {
  const matcher = fieldMatcher(spec.fields);
  const sheets = book.sheets.map((s) => {
    let matched = 0;
    if (s.rows > 0) {
      try {
        const guess = findHeader(book.grid(s.name), matcher, spec.fields);
        matched = autoMapping(matcher, guess.columns).filter((k) => k !== null).length;
      } catch (error) {
        // A sheet the engine would refuse (no header, an unsafe label) only fits worst; choosing
        // it reports why. Anything else is a fault, not a poor fit.
        if (!(error instanceof ExcelFileError)) throw error;
        matched = 0;
      }
    }
    return { ...s, matched };
  });
  const visible = sheets.filter((s) => !s.hidden && s.rows > 0);
  const best = visible.reduce<SheetChoice | undefined>(
    (b, s) => (!b || s.matched > b.matched ? s : b),
    undefined,
  );
  return { sheets, suggested: (best ?? sheets.find((s) => s.rows > 0) ?? sheets[0])?.name };
}

export interface PreparedSheet {
  grid: Grid;
  header: HeaderGuess;
  /** Automatic mapping from the header's labels. */
  mapping: ColumnMapping;
}

/** A sheet's grid, header (found, or at the row the user gave, 0-based) and automatic mapping. */
export function prepareSheet(
  book: LoadedWorkbook,
  sheet: string,
  spec: EntitySpec,
  headerRow?: number,
): PreparedSheet {
  const grid = book.grid(sheet);
  if (grid.rows === 0) throw new ExcelFileError('emptySheet', { sheet });
  if (tooManyRows(grid))
    throw new ExcelFileError('tooManyRows', { sheet, limit: MAX_DATA_ROWS.toLocaleString('en-US') });
  const matcher = fieldMatcher(spec.fields);
  const header =
    headerRow === undefined
      ? findHeader(grid, matcher, spec.fields)
      : headerAt(grid, matcher, Math.min(Math.max(0, headerRow), grid.rows - 1));
  return { grid, header, mapping: autoMapping(matcher, header.columns) };
}
