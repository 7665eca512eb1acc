import type { EntitySpec } from './entity';
import type { ImportCounts, ImportPlan, RowIssue } from './import-rows';
import { describeCode, type MessageLanguage } from '../messages';

/**
 * The import report, as the command line prints it (issue 5): `row` is the row number Excel
 * shows, each reason names the column as the file does.
 */
export interface ImportReport {
  file: string;
  sheet: string;
  headerRow: number;
  rows: number;
  accepted: number;
  rejected: { row: number; reasons: string[] }[];
  warnings: { row: number; message: string }[];
}

/** A row issue as one line: 「公民身份号码：校验位不正确」. */
export function describeRowIssue(
  issue: RowIssue,
  plan: Pick<ImportPlan, 'labels'>,
  spec: EntitySpec,
  describe: (code: string, values?: Record<string, string | number>) => string,
): string {
  const message = describe(issue.code, issue.values);
  const label =
    (issue.column !== undefined ? plan.labels[issue.column] : undefined) ||
    spec.fields.find((f) => f.key === issue.field)?.header;
  return label ? `${label}：${message}` : message;
}

export function reportOf(
  plan: ImportPlan,
  file: string,
  spec: EntitySpec,
  language: MessageLanguage = 'zh',
): ImportReport {
  const describe = (code: string, values?: Record<string, string | number>) =>
    describeCode(code, values, language);
  const line = (issue: RowIssue) => describeRowIssue(issue, plan, spec, describe);
  const rejected: ImportReport['rejected'] = [];
  const warnings: ImportReport['warnings'] = plan.sheetWarnings.map((w) => ({
    row: plan.headerRow,
    message: line(w),
  }));
  for (const o of plan.outcomes) {
    if (o.status === 'rejected') rejected.push({ row: o.row, reasons: o.issues.map(line) });
    for (const w of o.warnings) warnings.push({ row: o.row, message: line(w) });
  }
  const { new: created, updated, unchanged } = plan.counts;
  return {
    file,
    sheet: plan.sheet,
    headerRow: plan.headerRow,
    rows: plan.outcomes.length,
    accepted: created + updated + unchanged,
    rejected,
    warnings,
  };
}

/** The dry run's summary: what a commit would do. */
export function summaryOf(plan: Pick<ImportPlan, 'counts'>): ImportCounts & { accepted: number } {
  const c = plan.counts;
  return { ...c, accepted: c.new + c.updated + c.unchanged };
}
