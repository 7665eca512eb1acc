import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../desktop-api';
import { ExcelFileError } from './errors';
import { ENTITY_SPECS } from './entities';
import { decodeText, readWorkbook, MAX_DATA_ROWS } from './read';
import { prepareSheet, sheetChoices } from './sheets';
import { residentId, sheet, xlsx } from './test-workbooks';
import { cellText } from './values';
import { encodeUtf8, textDecoder } from './platform';
import { writeWorkbook } from './xlsx-writer';

/** Files as they arrive: the wrong kind, broken, locked, huge, in GBK — refused clearly or read right. */

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ExcelFileError);
    return (error as ExcelFileError).code;
  }
  throw new Error('expected the file to be refused');
}

const enc = { encode: encodeUtf8 };

/** GB18030 bytes of a string, by decoding candidate byte sequences (Node has no GB18030 encoder). */
function gb18030(text: string): Uint8Array {
  const decoder = textDecoder('gb18030', false);
  const table = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([a, b]));
      if ([...ch].length === 1 && !table.has(ch)) table.set(ch, [a, b]);
    }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else if (table.has(ch)) out.push(...table.get(ch)!);
    else {
      // Four-byte sequences (characters outside GBK, such as 䶮 in a name).
      search: for (let a = 0x81; a <= 0x84; a++)
        for (let b = 0x30; b <= 0x39; b++)
          for (let c = 0x81; c <= 0xfe; c++)
            for (let d = 0x30; d <= 0x39; d++) {
              if (decoder.decode(new Uint8Array([a, b, c, d])) === ch) {
                out.push(a, b, c, d);
                break search;
              }
            }
    }
  }
  return new Uint8Array(out);
}

describe('files that cannot be imported', () => {
  it('refuses a text file named .xlsx', () => {
    expect(refusal(() => readWorkbook(enc.encode('姓名,身份证号\n张三,1\n'), '花名册.xlsx'))).toBe(
      'notWorkbook',
    );
  });

  it('refuses a corrupt workbook (a cut-off download)', () => {
    const whole = sheet([['姓名'], ['张三']]);
    expect(refusal(() => readWorkbook(whole.slice(0, Math.floor(whole.length / 2)), 'cut.xlsx'))).toBe(
      'corrupt',
    );
  });

  it('refuses a password-protected workbook', () => {
    // What Excel writes for a password: an OLE container with the package encrypted inside.
    const container = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(container, 'EncryptionInfo', new Uint8Array(64));
    XLSX.CFB.utils.cfb_add(container, 'EncryptedPackage', new Uint8Array(4096));
    const bytes = new Uint8Array(XLSX.CFB.write(container, { type: 'array' }) as number[]);
    expect(refusal(() => readWorkbook(bytes, 'locked.xlsx'))).toBe('encrypted');
  });

  it('refuses an empty file, and a workbook with nothing in its sheet', () => {
    expect(refusal(() => readWorkbook(new Uint8Array(), 'empty.xlsx'))).toBe('empty');
    const book = readWorkbook(xlsx({ 空表: { rows: [] } }), 'blank.xlsx');
    expect(refusal(() => prepareSheet(book, '空表', ENTITY_SPECS.coordinators))).toBe('emptySheet');
  });

  it('refuses a file over 100 MB before reading it', () => {
    expect(refusal(() => readWorkbook(new Uint8Array(MAX_FILE_BYTES + 1), 'huge.xlsx'))).toBe('tooLarge');
  });

  it('refuses a sheet over a million rows', async () => {
    const rows = (function* () {
      for (let i = 0; i < MAX_DATA_ROWS + 40; i++) yield [i];
    })();
    const bytes = await writeWorkbook([
      { name: '大表', columns: [{ header: '序号', kind: 'number' }], rows },
    ]);
    const book = readWorkbook(bytes, 'big.xlsx');
    expect(refusal(() => prepareSheet(book, '大表', ENTITY_SPECS.coordinators))).toBe('tooManyRows');
  }, 120_000);
});

describe('text files', () => {
  const ID = residentId('110105', '19900307', 212);

  it('reads UTF-8 with and without a BOM, keeping IDs and leading zeros as text', () => {
    const csv = `姓名,身份证号,编码\n张三,${ID},007\n`;
    for (const bytes of [enc.encode(csv), new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(csv)])]) {
      const grid = readWorkbook(bytes, 'roster.csv').grid('Sheet1');
      expect(cellText(grid.data[0]?.[0]).value).toBe('姓名');
      expect(grid.data[1]?.[1]).toMatchObject({ t: 's', v: ID });
      expect(grid.data[1]?.[2]).toMatchObject({ t: 's', v: '007' });
    }
  });

  it('reads GBK and GB18030 (characters GBK lacks included), which is what Excel saves as CSV on Chinese Windows', () => {
    const csv = `姓名,所属街道\n刘䶮,建外街道\n`;
    const bytes = gb18030(csv);
    expect(() => textDecoder('utf-8', true).decode(bytes)).toThrow();
    expect(decodeText(bytes)).toBe(csv);
    const grid = readWorkbook(bytes, '花名册.csv').grid('Sheet1');
    expect(grid.data[1]?.[0]).toMatchObject({ v: '刘䶮' });
  });

  it('reads UTF-16 tab-separated text (Excel’s "Unicode text")', () => {
    const text = '姓名\t电话\n张三\t13912345678\n';
    const bytes = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer),
    ]);
    const grid = readWorkbook(bytes, 'export.txt').grid('Sheet1');
    expect(grid.data[1]?.[1]).toMatchObject({ v: '13912345678' });
  });
});

describe('workbooks as they are', () => {
  it('uses a formula’s cached value', () => {
    const bytes = sheet([['户数'], [{ t: 'n', v: 120, f: 'A3+A4' }], [100], [20]]);
    expect(readWorkbook(bytes, 'f.xlsx').grid('花名册').data[1]?.[0]).toMatchObject({ t: 'n', v: 120 });
  });

  it('ignores empty trailing rows and a range stretched by a stray formatted cell', () => {
    const bytes = xlsx({ 花名册: { rows: [['姓名'], ['张三'], [''], ['  ']], ref: 'A1:Z60000' } });
    const book = readWorkbook(bytes, 'stretched.xlsx');
    expect(book.sheets[0]).toMatchObject({ rows: 2, columns: 1 });
  });

  it('notes hidden sheets and never prefers them', () => {
    const header = ['姓名', '公民身份号码', '协管员类别', '所属街道'];
    const bytes = xlsx({
      说明: { rows: [['填表说明'], ['请填写']] },
      旧表: { rows: [header, ['张三', '1', '交通协管员', '建外街道']], hidden: true },
      花名册: { rows: [header.slice(0, 3), ['李四', '2', '交通协管员']] },
    });
    const book = readWorkbook(bytes, 'book.xlsx');
    const choices = sheetChoices(book, ENTITY_SPECS.coordinators);
    expect(choices.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['说明', false],
      ['旧表', true],
      ['花名册', false],
    ]);
    expect(choices.suggested).toBe('花名册');
  });

  it('fills merged data cells from their first cell (a street merged over its rows)', () => {
    const bytes = sheet(
      [
        ['所属街道', '姓名'],
        ['建外街道', '张三'],
        [null, '李四'],
      ],
      [{ s: { r: 1, c: 0 }, e: { r: 2, c: 0 } }],
    );
    const grid = readWorkbook(bytes, 'm.xlsx').grid('花名册');
    expect(grid.data[2]?.[0]).toMatchObject({ v: '建外街道' });
  });
});
