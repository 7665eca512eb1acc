import * as XLSX from '@e965/xlsx';
import { checkCharacter } from '../coordinators/resident-id';
import type { ReferenceData } from './entity';
import { SAMPLE_CATEGORIES } from './sample-roster';

/**
 * Small workbooks for the engine's tests, made the way departments' files are made: by
 * SheetJS from rows of cells (numbers stay numbers, dates are serials, merges are merges).
 */

export type CellSpec = string | number | boolean | null | XLSX.CellObject;

/** An .xlsx holding the given sheets; each sheet is rows of cells, with optional merges. */
export function xlsx(
  sheets: Record<string, { rows: CellSpec[][]; merges?: XLSX.Range[]; hidden?: boolean; ref?: string }>,
): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const [name, s] of Object.entries(sheets)) {
    const sheet = XLSX.utils.aoa_to_sheet(s.rows.map((r) => r.map((c) => (c === null ? undefined : c))));
    if (s.merges) sheet['!merges'] = s.merges;
    if (s.ref) sheet['!ref'] = s.ref;
    XLSX.utils.book_append_sheet(book, sheet, name);
  }
  book.Workbook = { Sheets: Object.values(sheets).map((s) => ({ Hidden: s.hidden ? 1 : 0 })) };
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** One sheet named 花名册. */
export function sheet(rows: CellSpec[][], merges?: XLSX.Range[]): Uint8Array {
  return xlsx({ 花名册: { rows, merges } });
}

/** A valid resident ID for a region, birth date (YYYYMMDD) and sequence. */
export function residentId(region: string, birth: string, seq: number): string {
  const first17 = region + birth + String(seq).padStart(3, '0');
  return first17 + checkCharacter(first17);
}

/** Categories and departments as the app stores them (ids `cat-N`, `dept-N`). */
export function sampleRefs(): ReferenceData {
  const departments = [...new Set(SAMPLE_CATEGORIES.map((c) => c.department))].map((name, i) => ({
    id: `dept-${i}`,
    code: `D${i + 1}`,
    name,
  }));
  return {
    departments,
    coordinatorCategories: SAMPLE_CATEGORIES.map((c, i) => ({
      id: `cat-${i}`,
      code: c.code,
      name: c.name,
      departmentId: departments.find((d) => d.name === c.department)!.id,
    })),
  };
}

/** Deterministic ids for planned records: `id-1`, `id-2` … */
export function counterIds(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}
