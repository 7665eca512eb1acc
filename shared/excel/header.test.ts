import { describe, expect, it } from 'vitest';
import { ENTITY_SPECS } from './entities';
import { ExcelFileError } from './errors';
import { fieldMatcher, findHeader, layoutSignature } from './header';
import { OrgDirectory } from './org-directory';
import { readWorkbook } from './read';
import { prepareSheet } from './sheets';
import { sheet } from './test-workbooks';

/** Headers as departments lay them out. */

const prepared = (bytes: Uint8Array, spec = ENTITY_SPECS.coordinators) => {
  const book = readWorkbook(bytes, 'x.xlsx');
  return prepareSheet(book, book.sheets[0]!.name, spec);
};

describe('finding the header', () => {
  it('finds it below title rows', () => {
    const p = prepared(
      sheet([
        ['2024年朝阳区协管员花名册'],
        ['填报单位：朝阳区城管委', null, '填报日期：2024年3月1日'],
        ['序号', '姓名', '身份证号码', '手机', '类别', '所属街道'],
        [1, '张三', '110105199003072126', '13912345678', '交通协管员', '建外街道'],
      ]),
    );
    expect(p.header.row).toBe(2);
    expect(p.mapping).toEqual([null, 'name', 'residentId', 'mobile', 'category', 'street']);
  });

  it('reads a merged two-row header (楼门长 over 姓名, 电话, 党员)', () => {
    const p = prepared(
      sheet(
        [
          ['编码', '名称', '地址', '楼门长', null, null, '户数'],
          [null, null, null, '姓名', '电话', '党员', null],
          ['1101050210010001', '南新园1号楼', '南新园小区1号楼', '张桂兰', '13812345678', '是', 120],
        ],
        [
          { s: { r: 0, c: 0 }, e: { r: 1, c: 0 } },
          { s: { r: 0, c: 1 }, e: { r: 1, c: 1 } },
          { s: { r: 0, c: 2 }, e: { r: 1, c: 2 } },
          { s: { r: 0, c: 3 }, e: { r: 0, c: 5 } },
          { s: { r: 0, c: 6 }, e: { r: 1, c: 6 } },
        ],
      ),
      ENTITY_SPECS.places,
    );
    expect(p.header).toMatchObject({ row: 1, height: 2 });
    expect(p.header.labels[3]).toBe('楼门长 / 姓名');
    expect(p.mapping).toEqual([
      'code',
      'name',
      'address',
      'headName',
      'headPhone',
      'headParty',
      'households',
    ]);
  });

  it('does not take the first data row for the lower half of a header', () => {
    const p = prepared(
      sheet([
        ['姓名', '公民身份号码', '协管员类别', '所属街道'],
        ['姓名不详', '110105199003072126', '交通协管员', '建外街道'],
        ['李四', '110105199003072126', '交通协管员', '建外街道'],
      ]),
    );
    expect(p.header).toMatchObject({ row: 0, height: 1 });
  });

  it('matches the names departments give a column', () => {
    const m = fieldMatcher(ENTITY_SPECS.coordinators.fields);
    for (const label of [
      '身份证号',
      '身份证号码',
      '公民身份号码',
      '身份证号（18位）',
      ' 公民身份号码* ',
      '居民身份证号码',
    ]) {
      const p = prepared(
        sheet([
          ['姓名', label],
          ['张三', '1'],
        ]),
      );
      expect(p.mapping[1], label).toBe('residentId');
    }
    expect(m.exact.get('协管员类别')).toBe('category');
  });

  it('refuses header names such as __proto__, saying which', () => {
    try {
      prepared(
        sheet([
          ['姓名', '__proto__', '公民身份号码'],
          ['张三', 'x', '1'],
        ]),
      );
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(ExcelFileError);
      expect((error as ExcelFileError).code).toBe('unsafeHeader');
      expect((error as ExcelFileError).values).toEqual({ row: 1, label: '__proto__' });
    }
  });

  it('says so when no row looks like a header', () => {
    const book = readWorkbook(
      sheet([
        ['甲', '乙'],
        ['1', '2'],
      ]),
      'x.xlsx',
    );
    const grid = book.grid(book.sheets[0]!.name);
    expect(() =>
      findHeader(grid, fieldMatcher(ENTITY_SPECS.coordinators.fields), ENTITY_SPECS.coordinators.fields),
    ).toThrow(ExcelFileError);
  });

  it('gives the same layout the same signature, whatever the spacing', () => {
    expect(layoutSignature('coordinators', ['姓名', '身份证号'])).toBe(
      layoutSignature('coordinators', [' 姓 名', '身份证号']),
    );
    expect(layoutSignature('coordinators', ['姓名', '身份证号'])).not.toBe(
      layoutSignature('coordinators', ['姓名', '手机']),
    );
  });
});

describe('streets and communities named as people write them', () => {
  const org = OrgDirectory.withReference([
    { code: '110105021001', name: '南新园社区', level: 'community', parentCode: '110105021' },
    { code: '110105001001', name: '南新园社区', level: 'community', parentCode: '110105001' },
  ]);

  it('resolves a street by code, name, short name, qualified name and office name', () => {
    for (const text of [
      '110105001',
      '建外街道',
      '建外',
      '朝阳区建外街道',
      '北京市朝阳区建外街道',
      '建外街道办事处',
    ]) {
      expect(org.resolve(text, ['street']).unit?.code, text).toBe('110105001');
    }
  });

  it('refuses a name two units share, listing them, and resolves it within a district or street', () => {
    const ambiguous = org.resolve('八里庄街道', ['street']);
    expect(ambiguous.problem?.code).toBe('excel.cell.orgAmbiguous');
    expect(org.resolve('八里庄街道', ['street'], '110108').unit?.code).toBe('110108005');
    expect(org.resolve('海淀区八里庄街道', ['street']).unit?.code).toBe('110108005');
    expect(org.resolve('南新园社区', ['community']).problem?.code).toBe('excel.cell.orgAmbiguous');
    expect(org.resolve('南磨房地区南新园社区', ['community']).unit?.code).toBe('110105021001');
    expect(org.resolve('南新园社区居委会', ['community'], '110105021').unit?.code).toBe('110105021001');
    expect(org.resolve('南新园社区（110105001001）', ['community']).unit?.code).toBe('110105001001');
  });

  it('says what is wrong: unknown, or the wrong level', () => {
    expect(org.resolve('不存在街道', ['street']).problem?.code).toBe('excel.cell.orgUnknown');
    expect(org.resolve('朝阳区', ['street']).problem?.code).toBe('excel.cell.orgLevel');
  });
});
