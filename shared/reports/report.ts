/**
 * A report (报表) as plain data: sections of figures and tables, each value read from the same
 * shared definition the screens use. The words are left as keys, so one model renders in either
 * language and three ways — the printed page, the .xlsx workbook and the .docx document.
 */

/**
 * Words of the report: a string as written (a unit's name, a department), an i18n key with its
 * values, or a figure's own words in both languages (shared/places/figures.ts).
 */
export type ReportText =
  string | { key: string; values?: Record<string, string | number> } | { zh: string; en: string };

/** A 0–1 share, shown as a percent; null where there was nothing to count. */
export interface ShareCell {
  share: number | null;
}

/** A score on 0–100, shown with one decimal. */
export interface ScoreCell {
  score: number | null;
}

export type ReportCell = ReportText | number | ShareCell | ScoreCell | null;

export interface ReportFigure {
  label: ReportText;
  value: ReportCell;
  /** The screen that shows the same figure: its evidence. */
  link?: string;
}

export interface ReportColumn {
  label: ReportText;
  numeric?: boolean;
}

export interface ReportRow {
  cells: ReportCell[];
  link?: string;
}

/**
 * How the printed page draws a section's table: `x` the column of the category names, `bars` and
 * `lines` the columns drawn (lines are shares on a percent axis).
 */
export interface ReportChart {
  x: number;
  bars: number[];
  lines?: number[];
  /** Draw the share columns as bars beside each other (units compared) rather than lines (a trend). */
  sharesAsBars?: boolean;
}

export interface ReportSection {
  id: string;
  title: ReportText;
  /** Under the title: the period or the date a state was read. */
  note?: ReportText;
  figures: ReportFigure[];
  table?: { columns: ReportColumn[]; rows: ReportRow[] };
  chart?: ReportChart;
}

export interface Report {
  title: ReportText;
  subtitle: ReportText;
  sections: ReportSection[];
}

export const isShare = (c: ReportCell): c is ShareCell => typeof c === 'object' && c !== null && 'share' in c;
export const isScore = (c: ReportCell): c is ScoreCell => typeof c === 'object' && c !== null && 'score' in c;

/** `2026-03` → year, month (3) and the month as written in dates (03), for titles in either language. */
export function monthValues(month: string): { year: number; month: number; mm: string } {
  return { year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)), mm: month.slice(5, 7) };
}
