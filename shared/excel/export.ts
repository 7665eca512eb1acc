import { columnKind, type EntitySpec, type ExportContext, type StoredRecord } from './entity';
import { writeWorkbook, type CellInput, type TableColumn, type WriteOptions } from './xlsx-writer';

/**
 * A table's records as a workbook whose columns are the import's own, so exporting and
 * importing again changes nothing. Resident IDs and phones are masked unless the context
 * says the user may see them, asked, and was recorded; masked columns say so in the header
 * (and an import refuses masked numbers with that reason).
 */

export const MASKED_SUFFIX = '（已隐藏）';

export function exportColumns(spec: EntitySpec, ctx: Pick<ExportContext, 'unmasked'>): TableColumn[] {
  return spec.fields.map((f) => ({
    header: f.personal && !ctx.unmasked ? `${f.header}${MASKED_SUFFIX}` : f.header,
    kind: columnKind(f),
    width: f.width,
  }));
}

async function* rowsOf<R extends StoredRecord>(
  spec: EntitySpec,
  records: Iterable<R> | AsyncIterable<R>,
  ctx: ExportContext,
): AsyncGenerator<CellInput[]> {
  const keys = spec.fields.map((f) => f.key);
  for await (const record of records) {
    const cells = spec.cells(record, ctx);
    yield keys.map((k) => cells[k]);
  }
}

export function writeExport<R extends StoredRecord>(
  spec: EntitySpec,
  records: Iterable<R> | AsyncIterable<R>,
  ctx: ExportContext,
  options: WriteOptions & { sheetName?: string } = {},
): Promise<Uint8Array<ArrayBuffer>> {
  return writeWorkbook(
    [
      {
        name: options.sheetName ?? spec.label,
        columns: exportColumns(spec, ctx),
        rows: rowsOf(spec, records, ctx),
      },
    ],
    options,
  );
}
