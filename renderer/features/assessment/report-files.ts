import type { ReportCard } from '@shared/assessment/report-card';
import { writeWorkbook } from '@shared/excel/xlsx-writer';
import { wordDocumentBytes } from '../../common/word';

/** The report card as a workbook: title and round above, the lines, then total and rank. */
export function reportCardXlsx(card: ReportCard): Promise<Uint8Array<ArrayBuffer>> {
  return writeWorkbook([
    {
      name: card.title.slice(0, 31),
      above: [{ text: card.title, bold: true }, { text: card.subtitle }],
      columns: card.header.map((header, i) => ({
        header,
        kind: i === 1 || i === 4 ? ('number' as const) : ('text' as const),
        width: i === 0 || i === 5 ? 28 : 14,
      })),
      rows: [
        ...card.rows.map((r) =>
          r.map((cell, i) => ((i === 1 || i === 4) && cell !== '—' ? Number(cell) : cell)),
        ),
        [],
        ...card.summary.map((line) => [line]),
      ],
    },
  ]);
}

/** The report card as a Word document, the format a street office files and stamps. */
export function reportCardDocx(card: ReportCard): Promise<Uint8Array<ArrayBuffer>> {
  return wordDocumentBytes({
    title: card.title,
    subtitle: card.subtitle,
    blocks: [
      { kind: 'table', header: card.header, rows: card.rows },
      ...card.summary.map((text) => ({ kind: 'paragraph' as const, text })),
    ],
  });
}
