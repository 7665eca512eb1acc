import { encodeUtf8 } from './platform';
import { ZipBuilder } from './zip';
import type { AbortLike } from '../cancel';

/**
 * The one writer of .xlsx files: templates, exports and error reports all go through it.
 *
 * Why not SheetJS's writer, when SheetJS reads every file: SheetJS Community Edition writes
 * neither fonts (no bold header), nor frozen panes, nor data validation (dropdowns) — the
 * maintainers keep them for the Pro edition (SheetJS issues #387, #990, #1371) — and it
 * builds the whole sheet as one string before a pure-JS deflate: 28 s for a 240,000-row
 * roster in Node here. This writer streams rows into the platform's native deflate and
 * writes exactly the parts Excel, WPS and SheetJS need: shared strings, a small fixed
 * style sheet, frozen header, widths, merged title lines, list validations.
 */

/** What a cell can hold. Dates are `YYYY-MM-DD` strings in a `date` column. */
export type CellInput = string | number | boolean | null | undefined;

/**
 * `text` cells are written as text with the text number format (@), so that an ID or a
 * code stays text when someone edits it in Excel; `date` cells as date serials shown
 * `yyyy-mm-dd`; `number` as numbers.
 */
export type ColumnKind = 'text' | 'number' | 'date';

export interface TableColumn {
  header: string;
  kind: ColumnKind;
  /** Width in characters (a CJK character counts two); estimated when absent. */
  width?: number;
}

/** A dropdown: the allowed values of a column's data cells. */
export interface Dropdown {
  column: number;
  values: readonly string[];
}

export interface TableSheet {
  name: string;
  columns: readonly TableColumn[];
  rows: Iterable<readonly CellInput[]> | AsyncIterable<readonly CellInput[]>;
  /** Lines above the header, each merged across the table: a title, a note. */
  above?: readonly { text: string; bold?: boolean }[];
  /** Header rows as given (a two-row header, say); default one row of column headers. */
  headerRows?: readonly (readonly CellInput[])[];
  dropdowns?: readonly Dropdown[];
  hidden?: boolean;
  /** Wrap long text (an instructions sheet); default false. */
  wrap?: boolean;
  /** Keep the header in view while scrolling; default true. */
  freezeHeader?: boolean;
}

export interface WriteOptions {
  /** Called every few thousand rows with the rows written so far, over all sheets. */
  onRows?(written: number): void;
  signal?: AbortLike;
}

// Styles (cellXfs) of the fixed style sheet below.
const S_TEXT = 1;
const S_DATE = 2;
const S_HEADER = 3;
const S_TITLE = 4;
const S_WRAP = 5;
const S_NOTE = 6;

const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>' +
  '<fonts count="3">' +
  '<font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font>' +
  '<font><b/><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font>' +
  '<font><b/><sz val="14"/><name val="宋体"/><family val="3"/><charset val="134"/></font>' +
  '</fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
  '<border><left style="thin"><color rgb="FFBFBFBF"/></left><right style="thin"><color rgb="FFBFBFBF"/></right>' +
  '<top style="thin"><color rgb="FFBFBFBF"/></top><bottom style="thin"><color rgb="FFBFBFBF"/></bottom><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="7">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="49" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAX_ROWS = 1_048_576;
/** Characters XML 1.0 does not allow, and lone surrogates. */
const INVALID_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Column letters: 0 → A, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Excel's serial day number of a `YYYY-MM-DD` date (1900 date system), or null. */
export function dateSerial(isoDate: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  // 25569 = days from 1899-12-30 (Excel's day 0, counting its 1900 leap-year bug) to 1970-01-01.
  const serial = ms / 86_400_000 + 25569;
  return serial >= 61 ? serial : null;
}

/** Display width of text in Excel's character units: CJK and full-width characters count two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w +=
      /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}

const DEFAULT_WIDTH: Record<ColumnKind, number> = { text: 12, number: 8, date: 12 };

/** A column width from its header and the first rows, within 6–60 characters. */
function estimateWidth(
  column: TableColumn,
  index: number,
  sample: readonly (readonly CellInput[])[],
): number {
  if (column.width !== undefined) return column.width;
  let w = Math.max(displayWidth(column.header) + 2, column.kind === 'date' ? 12 : 6);
  for (const row of sample) {
    const v = row[index];
    if (v === null || v === undefined) continue;
    w = Math.max(w, displayWidth(String(v)) + 2);
  }
  return Math.min(60, Math.max(w, sample.length === 0 ? DEFAULT_WIDTH[column.kind] : 6));
}

/** Shared strings: every text cell refers to one entry, as Excel itself writes them. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  readonly list: string[] = [];
  count = 0;

  of(text: string): number {
    this.count += 1;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(text, i);
      this.list.push(text);
    }
    return i;
  }

  *xml(): Generator<Uint8Array> {
    let out = `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${this.count}" uniqueCount="${this.list.length}">`;
    for (const s of this.list) {
      const text = escapeXml(s);
      out += /^\s|\s$|\n/.test(text)
        ? `<si><t xml:space="preserve">${text}</t></si>`
        : `<si><t>${text}</t></si>`;
      if (out.length > 1 << 18) {
        yield encodeUtf8(out);
        out = '';
      }
    }
    yield encodeUtf8(out + '</sst>');
  }
}

/** A sheet's dropdown lists live on one hidden sheet, named so validations can refer to them. */
interface ListRange {
  name: string;
  column: number;
  length: number;
}

const LISTS_SHEET = '下拉选项';

function isAsync<T>(rows: Iterable<T> | AsyncIterable<T>): rows is AsyncIterable<T> {
  return Symbol.asyncIterator in rows;
}

interface SheetState {
  sheet: TableSheet;
  dropdownNames: Map<number, string>;
}

class SheetWriter {
  rowsWritten = 0;

  constructor(
    private readonly sst: SharedStrings,
    private readonly options: WriteOptions,
    private readonly progress: { rows: number },
  ) {}

  private cell(ref: string, value: CellInput, kind: ColumnKind, style: number | undefined): string {
    if (value === null || value === undefined || value === '') return '';
    const s = style !== undefined ? ` s="${style}"` : '';
    if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return '';
      return `<c r="${ref}"${kind === 'date' ? ` s="${S_DATE}"` : s}><v>${value}</v></c>`;
    }
    if (kind === 'date') {
      const serial = dateSerial(value);
      if (serial !== null) return `<c r="${ref}" s="${S_DATE}"><v>${serial}</v></c>`;
    } else if (kind === 'number' && /^-?\d+(\.\d+)?$/.test(value)) {
      return `<c r="${ref}"${s}><v>${value}</v></c>`;
    }
    return `<c r="${ref}" s="${style ?? S_TEXT}" t="s"><v>${this.sst.of(value)}</v></c>`;
  }

  async *xml(state: SheetState, selected: boolean): AsyncGenerator<Uint8Array> {
    const { sheet } = state;
    const cols = sheet.columns;
    const letters = cols.map((_, i) => columnName(i));
    const above = sheet.above ?? [];
    const headerRows = sheet.headerRows ?? [cols.map((c) => c.header)];
    const frozen = sheet.freezeHeader === false ? 0 : above.length + headerRows.length;
    const sample = Array.isArray(sheet.rows)
      ? (sheet.rows as readonly (readonly CellInput[])[]).slice(0, 200)
      : [];
    const lastCol = letters[Math.max(0, cols.length - 1)] ?? 'A';

    let head = `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ''}>`;
    if (frozen > 0) {
      head += `<pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/>`;
    }
    head += '</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>';
    if (cols.length > 0) {
      head += '<cols>';
      cols.forEach((c, i) => {
        const w = estimateWidth(c, i, sample);
        const style =
          c.kind === 'text' ? ` style="${S_TEXT}"` : c.kind === 'date' ? ` style="${S_DATE}"` : '';
        head += `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"${style}/>`;
      });
      head += '</cols>';
    }
    head += '<sheetData>';

    let r = 0;
    let out = head;
    // Excel sizes rows to wrapped text, but never a merged cell's: give those lines their height.
    const tableWidth = cols.reduce((sum, c, i) => sum + estimateWidth(c, i, sample), 0) || 60;
    for (const line of above) {
      r += 1;
      const lines = line.bold ? 1 : Math.max(1, Math.ceil((displayWidth(line.text) * 1.1) / tableWidth));
      const height = line.bold
        ? ' ht="24" customHeight="1"'
        : lines > 1
          ? ` ht="${lines * 15}" customHeight="1"`
          : '';
      out += `<row r="${r}"${height}><c r="A${r}" s="${line.bold ? S_TITLE : S_NOTE}" t="s"><v>${this.sst.of(line.text)}</v></c></row>`;
    }
    for (const header of headerRows) {
      r += 1;
      out += `<row r="${r}">`;
      header.forEach((v, i) => (out += this.cell((letters[i] ?? columnName(i)) + r, v, 'text', S_HEADER)));
      out += '</row>';
    }
    const dataStyle = (c: TableColumn) => (sheet.wrap ? S_WRAP : c.kind === 'text' ? S_TEXT : undefined);
    const styles = cols.map(dataStyle);
    const kinds = cols.map((c) => c.kind);
    const rows = sheet.rows;
    const write = (row: readonly CellInput[]) => {
      r += 1;
      if (r > MAX_ROWS) throw new RangeError(`sheet ${sheet.name} has more rows than Excel allows`);
      let xml = `<row r="${r}">`;
      for (let i = 0; i < row.length; i++) {
        const v = row[i];
        if (v === null || v === undefined || v === '') continue;
        xml += this.cell((letters[i] ?? columnName(i)) + r, v, kinds[i] ?? 'text', styles[i]);
      }
      out += xml + '</row>';
    };
    const flush = (): Uint8Array | null => {
      if (out.length < 1 << 18) return null;
      const bytes = encodeUtf8(out);
      out = '';
      return bytes;
    };
    const tick = () => {
      this.rowsWritten += 1;
      this.progress.rows += 1;
      if ((this.progress.rows & 4095) === 0) {
        this.options.signal?.throwIfAborted();
        this.options.onRows?.(this.progress.rows);
      }
    };
    if (isAsync(rows)) {
      for await (const row of rows) {
        write(row);
        tick();
        const bytes = flush();
        if (bytes) yield bytes;
      }
    } else {
      for (const row of rows) {
        write(row);
        tick();
        const bytes = flush();
        if (bytes) yield bytes;
      }
    }
    out += '</sheetData>';
    if (above.length > 0 && cols.length > 1) {
      out += `<mergeCells count="${above.length}">`;
      for (let i = 1; i <= above.length; i++) out += `<mergeCell ref="A${i}:${lastCol}${i}"/>`;
      out += '</mergeCells>';
    }
    const validations = (sheet.dropdowns ?? []).filter((d) => state.dropdownNames.has(d.column));
    if (validations.length > 0) {
      const first = above.length + headerRows.length + 1;
      out += `<dataValidations count="${validations.length}">`;
      for (const d of validations) {
        const col = columnName(d.column);
        out +=
          `<dataValidation type="list" errorStyle="warning" allowBlank="1" showInputMessage="1" showErrorMessage="1" ` +
          `errorTitle="不在可选范围内" error="请从下拉列表中选择；如确需填写其他内容，请点“是”。" sqref="${col}${first}:${col}${MAX_ROWS}">` +
          `<formula1>${escapeXml(state.dropdownNames.get(d.column)!)}</formula1></dataValidation>`;
      }
      out += '</dataValidations>';
    }
    out +=
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
    yield encodeUtf8(out);
  }
}

/** Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ]. */
export function safeSheetName(name: string, taken: ReadonlySet<string> = new Set()): string {
  const base =
    name
      .replace(/[:\\/?*[\]]/g, '_')
      .replace(/^'|'$/g, '')
      .slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 28)}(${n})`;
  return candidate;
}

/** Writes the sheets as one .xlsx file. The first visible sheet is the one that opens. */
export async function writeWorkbook(
  sheets: readonly TableSheet[],
  options: WriteOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  if (sheets.length === 0 || sheets.every((s) => s.hidden))
    throw new Error('a workbook needs a visible sheet');
  const taken = new Set<string>();
  const names = sheets.map((s) => {
    const n = safeSheetName(s.name, taken);
    taken.add(n.toLowerCase());
    return n;
  });

  // Dropdown lists: one column each on a hidden sheet, referred to by a defined name.
  const lists: ListRange[] = [];
  const states: SheetState[] = sheets.map((sheet, si) => {
    const dropdownNames = new Map<number, string>();
    for (const d of sheet.dropdowns ?? []) {
      if (d.values.length === 0) continue;
      const name = `list_${si + 1}_${d.column + 1}`;
      lists.push({ name, column: lists.length, length: d.values.length });
      dropdownNames.set(d.column, name);
    }
    return { sheet, dropdownNames };
  });
  const listValues = sheets.flatMap((s) =>
    (s.dropdowns ?? []).filter((d) => d.values.length > 0).map((d) => d.values),
  );
  const allSheets: SheetState[] = [...states];
  const allNames = [...names];
  if (lists.length > 0) {
    const height = Math.max(...listValues.map((v) => v.length));
    const rows: CellInput[][] = [];
    for (let i = 0; i < height; i++) rows.push(listValues.map((v) => v[i]));
    allSheets.push({
      sheet: {
        name: LISTS_SHEET,
        columns: listValues.map(() => ({ header: '', kind: 'text' as const })),
        headerRows: [],
        rows,
        hidden: true,
        freezeHeader: false,
      },
      dropdownNames: new Map(),
    });
    allNames.push(safeSheetName(LISTS_SHEET, taken));
  }

  const sst = new SharedStrings();
  const zip = new ZipBuilder();
  const progress = { rows: 0 };
  const firstVisible = allSheets.findIndex((s) => !s.sheet.hidden);
  for (let i = 0; i < allSheets.length; i++) {
    const writer = new SheetWriter(sst, options, progress);
    await zip.add(`xl/worksheets/sheet${i + 1}.xml`, writer.xml(allSheets[i]!, i === firstVisible));
  }
  options.signal?.throwIfAborted();
  await zip.add('xl/sharedStrings.xml', sst.xml());
  await zip.addText('xl/styles.xml', STYLES);

  const listsSheetName = allNames[allNames.length - 1]!;
  const quoted = `'${listsSheetName.replace(/'/g, "''")}'`;
  const definedNames = lists
    .map((l) => {
      const col = columnName(l.column);
      return `<definedName name="${l.name}">${escapeXml(`${quoted}!$${col}$1:$${col}$${l.length}`)}</definedName>`;
    })
    .join('');
  await zip.addText(
    'xl/workbook.xml',
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView activeTab="${firstVisible}"/></bookViews><sheets>` +
      allSheets
        .map(
          (s, i) =>
            `<sheet name="${escapeXml(allNames[i]!)}" sheetId="${i + 1}"${s.sheet.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`,
        )
        .join('') +
      `</sheets>${definedNames ? `<definedNames>${definedNames}</definedNames>` : ''}</workbook>`,
  );
  const n = allSheets.length;
  await zip.addText(
    'xl/_rels/workbook.xml.rels',
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      allSheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('') +
      `<Relationship Id="rId${n + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId${n + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>` +
      '</Relationships>',
  );
  await zip.addText(
    '_rels/.rels',
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const sml = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  await zip.addText(
    '[Content_Types].xml',
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${sml}.sheet.main+xml"/>` +
      allSheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${sml}.worksheet+xml"/>`,
        )
        .join('') +
      `<Override PartName="/xl/styles.xml" ContentType="${sml}.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${sml}.sharedStrings+xml"/>` +
      '</Types>',
  );
  options.onRows?.(progress.rows);
  return zip.finish();
}
