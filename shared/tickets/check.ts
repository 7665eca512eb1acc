import { ENTITY_SPECS } from '../excel/entities';
import { importWorkbook, type WorkbookImport } from '../excel/import-workbook';
import { readWorkbook } from '../excel/read';
import { prepareSheet, sheetChoices } from '../excel/sheets';
import { cellText } from '../excel/values';
import { ExcelFileError } from '../excel/errors';
import type { MessageLanguage } from '../messages';
import { addressMatcher, type MatchablePlace } from './address-matcher';

/**
 * A 12345 export checked against a places workbook without any database (`npm run
 * tickets:check`): the import report of the tickets, and how each accepted row's address
 * matched. The places workbook has the columns of the app's 楼门院 export; its codes are taken
 * as they stand, and a place is named by its code.
 */
export interface TicketMatchReport {
  row: number;
  /** Set only where the app would link the ticket on its own. */
  placeCode: string | null;
  confidence: number;
  candidates: string[];
}

/** The places of a 楼门院 workbook as the matcher needs them, keyed by their codes. */
export function placesOfWorkbook(bytes: Uint8Array, fileName: string): MatchablePlace[] {
  const spec = ENTITY_SPECS.places;
  const book = readWorkbook(bytes, fileName);
  const sheet = sheetChoices(book, spec).suggested;
  if (sheet === undefined) throw new ExcelFileError('noSheets');
  const { grid, header, mapping } = prepareSheet(book, sheet, spec);
  const column = (key: string) => mapping.indexOf(key);
  const [code, name, address] = [column('code'), column('name'), column('address')];
  if (code < 0 || address < 0) throw new ExcelFileError('missingColumns', { columns: '编码、地址' });
  const places: MatchablePlace[] = [];
  for (let r = header.row + 1; r < grid.rows; r++) {
    const cells = grid.data[r];
    const text = (c: number) => (c < 0 ? undefined : cellText(cells?.[c]).value);
    const id = text(code);
    const where = text(address);
    if (id && where) places.push({ id, address: where, name: text(name) ?? '' });
  }
  return places;
}

export async function checkTickets(
  tickets: { bytes: Uint8Array; fileName: string },
  places: { bytes: Uint8Array; fileName: string },
  options: { today: string; language?: MessageLanguage },
): Promise<WorkbookImport['report'] & { matches: TicketMatchReport[] }> {
  const matcher = addressMatcher(placesOfWorkbook(places.bytes, places.fileName));
  const { report, plan } = await importWorkbook('tickets', tickets.bytes, {
    fileName: tickets.fileName,
    today: options.today,
    language: options.language,
    refs: { addressMatcher: matcher },
  });
  const matches = plan.outcomes
    .filter((o) => o.record)
    .map((o): TicketMatchReport => {
      const m = matcher.match(String(o.record!.address));
      return {
        row: o.row,
        placeCode: m.placeId ?? null,
        confidence: m.confidence,
        candidates: m.candidateIds,
      };
    });
  return { ...report, matches };
}
