import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/**
 * Word (.docx) documents the street office files and stamps: the monthly report, a community's
 * report card. Screens describe a document as blocks of plain data; this module is the one place
 * that knows the `docx` library, so every report looks the same — 宋体 body, 黑体 headings, A4.
 */
export type WordBlock =
  | { kind: 'heading'; text: string; level?: 1 | 2 }
  | { kind: 'paragraph'; text: string; align?: 'left' | 'right' | 'center' }
  | { kind: 'table'; header: readonly string[]; rows: readonly (readonly (string | number)[])[] };

export interface WordDocument {
  title: string;
  /** Under the title, e.g. the scope and the period. */
  subtitle?: string;
  blocks: readonly WordBlock[];
}

const BODY_FONT = { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' };
const HEADING_FONT = { ascii: 'SimHei', eastAsia: '黑体', hAnsi: 'SimHei' };
const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '999999' };

function run(text: string, heading = false, size?: number): TextRun {
  return new TextRun({ text, font: heading ? HEADING_FONT : BODY_FONT, ...(size ? { size } : {}) });
}

function cell(text: string, header: boolean): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [run(text, header)] })],
    borders: { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER },
  });
}

function blockOf(block: WordBlock): Paragraph | Table {
  switch (block.kind) {
    case 'heading':
      return new Paragraph({
        heading: block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1,
        children: [run(block.text, true)],
      });
    case 'paragraph':
      return new Paragraph({
        alignment:
          block.align === 'right'
            ? AlignmentType.RIGHT
            : block.align === 'center'
              ? AlignmentType.CENTER
              : undefined,
        children: [run(block.text)],
      });
    case 'table':
      return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({ tableHeader: true, children: block.header.map((text) => cell(text, true)) }),
          ...block.rows.map(
            (row) => new TableRow({ children: row.map((value) => cell(String(value), false)) }),
          ),
        ],
      });
  }
}

/** The document as .docx bytes, ready for `saveFile`. */
export async function wordDocumentBytes(document: WordDocument): Promise<Uint8Array<ArrayBuffer>> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(document.title, true, 36)] }),
  ];
  if (document.subtitle) {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [run(document.subtitle)] }));
  }
  for (const block of document.blocks) {
    children.push(blockOf(block));
    // Word runs a table into the next one without a paragraph between them.
    if (block.kind === 'table') children.push(new Paragraph({ children: [] }));
  }
  const file = new Document({
    title: document.title,
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 } } }, children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
