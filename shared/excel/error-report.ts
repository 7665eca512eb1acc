import type { EntitySpec } from './entity';
import type { ImportPlan } from './import-rows';
import type { Grid } from './read';
import { describeRowIssue } from './report';
import { displayCell, parseDate } from './values';
import { writeWorkbook, type CellInput, type TableColumn, type WriteOptions } from './xlsx-writer';

/**
 * The rows an import refused, as a workbook the sender can fix and send again: a reason column
 * first, the original row number, then the row as it was, under the file's own header — so
 * importing the corrected file maps its columns the same way.
 */
export async function writeErrorReport(
  plan: ImportPlan,
  grid: Grid,
  spec: EntitySpec,
  describe: (code: string, values?: Record<string, string | number>) => string,
  labels: { reasons: string; row: string; title: string },
  options: WriteOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const width = plan.headerLabels.length;
  const dateColumns = new Set(
    plan.mapping.flatMap((key, c) =>
      key && spec.fields.find((f) => f.key === key)?.kind === 'date' ? [c] : [],
    ),
  );
  const textColumns = plan.mapping.map((key) => {
    const kind = key ? spec.fields.find((f) => f.key === key)?.kind : undefined;
    return kind !== 'count' && kind !== 'year';
  });
  const columns: TableColumn[] = [
    { header: labels.reasons, kind: 'text', width: 48 },
    { header: labels.row, kind: 'number', width: 8 },
    ...plan.headerLabels.map((header, c): TableColumn => ({
      header,
      kind: dateColumns.has(c) ? 'date' : textColumns[c] === false ? 'number' : 'text',
    })),
  ];
  function* rows(): Generator<CellInput[]> {
    for (const o of plan.outcomes) {
      if (o.status !== 'rejected') continue;
      const source = grid.data[o.row - 1] ?? [];
      const cells: CellInput[] = [
        o.issues.map((i) => describeRowIssue(i, plan, spec, describe)).join('；'),
        o.row,
      ];
      for (let c = 0; c < width; c++) {
        const cell = source[c];
        if (!cell || cell.v === undefined || cell.v === null) cells.push(undefined);
        else if (dateColumns.has(c) && cell.t === 'n')
          cells.push(parseDate(cell).value ?? (cell.v as number));
        else if (cell.t === 'n' || cell.t === 's') cells.push(cell.v as string | number);
        else cells.push(displayCell(cell));
      }
      yield cells;
    }
  }
  return writeWorkbook(
    [
      {
        name: labels.title,
        columns,
        rows: rows(),
      },
    ],
    options,
  );
}
