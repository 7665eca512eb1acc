import { describe, expect, it } from 'vitest';
import type { SheetCell } from './read';
import {
  cellText,
  displayCell,
  parseBool,
  parseCode,
  parseCount,
  parseDate,
  parseItemCode,
  parsePhone,
  parseResidentId,
} from './values';
import { residentId } from './test-workbooks';

/** The values departments really send, one pitfall per test. */

const s = (v: string): SheetCell => ({ t: 's', v });
const n = (v: number): SheetCell => ({ t: 'n', v });
const TODAY = '2026-11-01';
const ID = residentId('110105', '19900307', 212);

describe('resident IDs', () => {
  it('refuses an ID stored as a number: its last digits are gone, and nothing corrupted is stored', () => {
    const asNumber = n(Number(ID));
    expect(String(asNumber.v)).not.toBe(ID); // what Excel kept is not the ID
    expect(parseResidentId(asNumber, TODAY)).toEqual({ problem: { code: 'excel.cell.idAsNumber' } });
  });

  it('refuses an ID in scientific notation, as a CSV saved from Excel holds it', () => {
    expect(parseResidentId(s('1.10105E+17'), TODAY).problem).toEqual({
      code: 'excel.cell.scientific',
      values: { value: '1.10105E+17' },
    });
  });

  it('keeps an old 15-digit ID stored as a number (exact in a double) and converts it, with a warning', () => {
    const parsed = parseResidentId(n(110105900307212), TODAY);
    expect(parsed.value).toMatch(/^11010519900307212[\dX]$/);
    expect(parsed.warning?.code).toBe('excel.warn.legacyId');
  });

  it('reads full-width digits, spaces, zero-width characters and a lower-case x', () => {
    const fullWidth = ID.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    expect(
      parseResidentId(s(` ${fullWidth.slice(0, 6)}\u3000${fullWidth.slice(6)}\u200B `), TODAY).value,
    ).toBe(ID);
    const x = residentId('110101', '19900101', 44);
    if (x.endsWith('X')) expect(parseResidentId(s(x.toLowerCase()), TODAY).value).toBe(x);
  });

  it('refuses a masked ID copied from an export', () => {
    expect(parseResidentId(s('110105********2126'), TODAY).problem?.code).toBe('excel.cell.masked');
  });

  it('gives the checksum problem for a mistyped ID', () => {
    const wrong = ID.slice(0, 17) + (ID[17] === '0' ? '1' : '0');
    expect(parseResidentId(s(wrong), TODAY).problem?.code).toBe('coordinator.residentId.checksum');
  });
});

describe('dates', () => {
  it('reads date serials through SSF.parse_date_code, without a time zone', () => {
    expect(parseDate(n(43831)).value).toBe('2020-01-01');
    expect(parseDate(n(43831.75)).value).toBe('2020-01-01');
    expect(parseDate(n(45352)).value).toBe('2024-03-01');
  });

  it('reads dates written as text in the usual ways', () => {
    for (const text of [
      '2020年1月1日',
      '2020.1.1',
      '2020/1/1',
      '2020-01-01',
      '2020-1-1 00:00:00',
      '20200101',
      '２０２０年１月１日',
    ]) {
      expect(parseDate(s(text)).value, text).toBe('2020-01-01');
    }
    expect(parseDate(n(20200101)).value).toBe('2020-01-01');
  });

  it('refuses what is not a date, saying how to write one', () => {
    expect(parseDate(s('2020/2/30')).problem?.code).toBe('excel.cell.date');
    expect(parseDate(s('20.1.1')).problem?.code).toBe('excel.cell.date');
    // A year typed into a date column is not serial 2020 (1905-07-12).
    expect(parseDate(n(2020)).problem?.code).toBe('excel.cell.date');
  });
});

describe('phones', () => {
  it('takes spaces, dashes and +86 off, and full-width digits', () => {
    expect(parsePhone(s('139 1234 5678'), true).value).toBe('13912345678');
    expect(parsePhone(s('+86 138-0013-8000'), true).value).toBe('13800138000');
    expect(parsePhone(s('１３６１１１１２２２２'), true).value).toBe('13611112222');
    expect(parsePhone(n(13912345678), true).value).toBe('13912345678');
    expect(parsePhone(s('010-6512 3456'), false).value).toBe('01065123456');
  });

  it('refuses a masked phone, and a landline where a mobile is needed', () => {
    expect(parsePhone(s('139****5678'), true).problem?.code).toBe('excel.cell.masked');
    expect(parsePhone(s('010-65123456'), true).problem?.code).toBe('phone.mobile');
  });
});

describe('codes', () => {
  it('puts back leading zeros a number cell lost, and says so', () => {
    expect(parseItemCode(n(7), 3)).toEqual({
      value: '007',
      warning: { code: 'excel.warn.leadingZeros', values: { value: '7', fixed: '007' } },
    });
    expect(parseItemCode(s('2-001'), 3).value).toBe('2-001');
  });

  it('keeps statistical codes that fit a double, refuses those that lost digits', () => {
    expect(parseCode(n(110105021001), 12).value).toBe('110105021001');
    expect(parseCode(n(1101050210010001), 16).value).toBe('1101050210010001');
    expect(parseCode(n(Number('11010502100100011')), 17).problem?.code).toBe('excel.cell.idAsNumber');
    expect(parseCode(s('11010502100１'), 12).value).toBe('110105021001');
    expect(parseCode(s('1101050210'), 12).problem?.code).toBe('excel.cell.codeLength');
  });
});

describe('other cells', () => {
  it('uses a formula’s cached value and reports an error value', () => {
    // SheetJS gives a formula cell its cached value when formulas are not read.
    expect(cellText({ t: 'n', v: 5 } as SheetCell).value).toBe('5');
    expect(cellText({ t: 'e', v: 0x2a }).problem).toEqual({
      code: 'excel.cell.errorValue',
      values: { value: '#N/A' },
    });
  });

  it('reads counts and yes/no as people write them', () => {
    expect(parseCount(s('1,200户')).value).toBe(1200);
    expect(parseCount(s('３００人')).value).toBe(300);
    expect(parseCount(n(12.5)).problem?.code).toBe('excel.cell.integer');
    expect(parseBool(s('√')).value).toBe(true);
    expect(parseBool(s('中共党员')).value).toBe(true);
    expect(parseBool(s('群众')).value).toBe(false);
    expect(parseBool(s('也许')).problem?.code).toBe('excel.cell.bool');
  });

  it('shows a long number as Excel shows it, so the sender recognises the lost digits', () => {
    expect(displayCell(n(Number('110105199003072126')))).toBe('1.10105E+17');
    expect(displayCell(n(43831), true)).toBe('2020-01-01');
  });
});
