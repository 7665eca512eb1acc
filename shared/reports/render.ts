import type { WordBlock, WordDocument } from '../word/document';
import type { TableSheet } from '../excel/xlsx-writer';
import { isScore, isShare, type Report, type ReportCell, type ReportChart, type ReportText } from './report';

/**
 * A report in one language: every word translated, every value formatted as the screens format
 * it (a share as 98.5%, a score with one decimal, a missing rate as —). The printed page, the
 * workbook and the document are each drawn from this, so the three say the same.
 */
export interface ReportWords {
  t(key: string, values?: Record<string, string | number>): string;
  english: boolean;
}

export type TextValue = string | number;

export interface LocalizedSection {
  id: string;
  title: string;
  note?: string;
  figures: { label: string; value: TextValue; link?: string }[];
  table?: { header: string[]; numeric: boolean[]; rows: { cells: TextValue[]; link?: string }[] };
  chart?: ReportChart;
}

export interface LocalizedReport {
  title: string;
  subtitle: string;
  sections: LocalizedSection[];
}

/** What a table shows for nothing: the dashboard's dash. */
export const NONE = '—';

export function textOf(text: ReportText, words: ReportWords): string {
  if (typeof text === 'string') return text;
  if ('key' in text) return words.t(text.key, text.values);
  return words.english ? text.en : text.zh;
}

/** A share as the rates screens show it (shared with the dashboard's tables). */
export const percentText = (share: number | null) => (share === null ? NONE : `${(share * 100).toFixed(1)}%`);

export function cellText(cell: ReportCell, words: ReportWords): TextValue {
  if (cell === null) return NONE;
  if (typeof cell === 'number') return cell;
  if (isShare(cell)) return percentText(cell.share);
  if (isScore(cell)) return cell.score === null ? NONE : cell.score.toFixed(1);
  return textOf(cell, words);
}

export function localizeReport(report: Report, words: ReportWords): LocalizedReport {
  return {
    title: textOf(report.title, words),
    subtitle: textOf(report.subtitle, words),
    sections: report.sections.map((s) => ({
      id: s.id,
      title: textOf(s.title, words),
      ...(s.note ? { note: textOf(s.note, words) } : {}),
      figures: s.figures.map((f) => ({
        label: textOf(f.label, words),
        value: cellText(f.value, words),
        ...(f.link ? { link: f.link } : {}),
      })),
      ...(s.table
        ? {
            table: {
              header: s.table.columns.map((c) => textOf(c.label, words)),
              numeric: s.table.columns.map((c) => c.numeric === true),
              rows: s.table.rows.map((row) => ({
                cells: row.cells.map((c) => cellText(c, words)),
                ...(row.link ? { link: row.link } : {}),
              })),
            },
          }
        : {}),
      ...(s.chart ? { chart: s.chart } : {}),
    })),
  };
}

/** The report as a Word document: per section a heading, its note, its figures and its table. */
export function reportWordDocument(
  report: LocalizedReport,
  figureColumns: readonly [string, string],
): WordDocument {
  const blocks: WordBlock[] = [];
  for (const s of report.sections) {
    blocks.push({ kind: 'heading', text: s.title });
    if (s.note) blocks.push({ kind: 'paragraph', text: s.note });
    if (s.figures.length > 0)
      blocks.push({ kind: 'table', header: figureColumns, rows: s.figures.map((f) => [f.label, f.value]) });
    if (s.table && s.table.rows.length > 0)
      blocks.push({ kind: 'table', header: s.table.header, rows: s.table.rows.map((r) => r.cells) });
  }
  return { title: report.title, subtitle: report.subtitle, blocks };
}

/**
 * The report as workbook sheets: a summary of every section's figures first, then one sheet per
 * section's table, each titled as in the document.
 */
export function reportSheets(
  report: LocalizedReport,
  summary: { name: string; columns: readonly [string, string, string] },
): TableSheet[] {
  const above = [{ text: report.title, bold: true }, { text: report.subtitle }];
  const sheets: TableSheet[] = [
    {
      name: summary.name,
      above,
      columns: [
        { header: summary.columns[0], kind: 'text' },
        { header: summary.columns[1], kind: 'text' },
        { header: summary.columns[2], kind: 'number' },
      ],
      rows: report.sections.flatMap((s) => s.figures.map((f) => [s.title, f.label, f.value])),
    },
  ];
  for (const s of report.sections) {
    if (!s.table) continue;
    const table = s.table;
    sheets.push({
      name: s.title,
      above: [{ text: s.title, bold: true }, ...(s.note ? [{ text: s.note }] : [])],
      columns: table.header.map((header, i) => ({ header, kind: table.numeric[i] ? 'number' : 'text' })),
      rows: table.rows.map((r) => r.cells),
    });
  }
  return sheets;
}
