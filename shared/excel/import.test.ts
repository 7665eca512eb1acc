import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { Place } from '../model/place';
import { maskResidentId } from '../validation/mask';
import type { StoredRecord } from './entity';
import { ENTITY_SPECS } from './entities';
import { writeErrorReport } from './error-report';
import { writeExport } from './export';
import { importWorkbook, type ImportWorkbookOptions } from './import-workbook';
import type { ExistingRecords } from './import-rows';
import { describeCode } from '../messages';
import { OrgDirectory } from './org-directory';
import { readWorkbook } from './read';
import { prepareSheet } from './sheets';
import { writeTemplate } from './template';
import { counterIds, residentId, sampleRefs, sheet } from './test-workbooks';
import { writeWorkbook } from './xlsx-writer';
import { textDecoder } from './platform';

/** Rows to records: keys, duplicates, the database, and the round trip through an export. */

const TODAY = '2026-11-01';
const refs = sampleRefs();
const org = () =>
  OrgDirectory.withReference([
    { code: '110105021001', name: '南新园社区', level: 'community', parentCode: '110105021' },
    { code: '110105021002', name: '双龙南里社区', level: 'community', parentCode: '110105021' },
    { code: '110105021001001', name: '南新园第一网格', level: 'grid', parentCode: '110105021001' },
  ]);

/** The database as a map: the records answering to any of the keys asked. */
function stored(records: StoredRecord[], entity: keyof typeof ENTITY_SPECS) {
  return (keys: string[]): Promise<ExistingRecords> => {
    const spec = ENTITY_SPECS[entity];
    const wanted = new Set(keys);
    const found = new Map<string, StoredRecord>();
    for (const r of records) for (const k of spec.keysOfRecord(r)) if (wanted.has(k)) found.set(k, r);
    return Promise.resolve({ records: found });
  };
}

function options(extra: Partial<ImportWorkbookOptions> = {}): ImportWorkbookOptions {
  return { fileName: 'x.xlsx', today: TODAY, org: org(), refs, newId: counterIds(), ...extra };
}

const ID1 = residentId('110105', '19800307', 202);
const ID2 = residentId('110105', '19750612', 101);
const HEADER = ['姓名', '公民身份号码', '手机号码', '协管员类别', '所属街道', '入职日期'];

describe('coordinators', () => {
  it('gives the report the issue asks for, with the row numbers Excel shows', async () => {
    const bytes = sheet([
      ['2024年协管员花名册'],
      HEADER,
      ['王秀英', ID1, '139 1234 5678', '交通协管员', '朝阳区建外街道', '2020年1月1日'],
      ['李建国', Number(ID2), '13800138000', '交通协管员', '建外街道', 43831],
    ]);
    const { report, plan } = await importWorkbook(
      'coordinators',
      bytes,
      options({ fileName: '花名册.xlsx' }),
    );
    expect(Object.keys(report)).toEqual([
      'file',
      'sheet',
      'headerRow',
      'rows',
      'accepted',
      'rejected',
      'warnings',
    ]);
    expect(report).toMatchObject({
      file: '花名册.xlsx',
      sheet: '花名册',
      headerRow: 2,
      rows: 2,
      accepted: 1,
    });
    expect(report.rejected).toEqual([
      { row: 4, reasons: [`公民身份号码：${describeCode('excel.cell.idAsNumber', {})}`] },
    ]);
    expect(plan.outcomes[0]!.record).toMatchObject({
      id: 'id-1',
      orgPath: '110105/110105001',
      name: '王秀英',
      gender: 'female',
      residentId: ID1,
      mobile: '13912345678',
      categoryId: 'cat-0',
      departmentId: 'dept-0',
      homeStreet: '110105001',
      status: 'active',
      hiredOn: '2020-01-01',
      skills: [],
    });
  });

  it('skips a row repeated exactly, refuses one repeated differently', async () => {
    const row = ['王秀英', ID1, '13912345678', '交通协管员', '建外街道', '2020-01-01'];
    const { report, plan } = await importWorkbook(
      'coordinators',
      sheet([
        HEADER,
        row,
        [...row],
        ['王秀英（重名）', ID1, '13912345678', '交通协管员', '建外街道', '2020-01-01'],
      ]),
      options(),
    );
    expect(plan.counts).toMatchObject({ new: 1, skipped: 1, rejected: 1 });
    expect(report.warnings).toEqual([
      { row: 3, message: describeCode('excel.row.duplicateSame', { row: 2 }) },
    ]);
    expect(report.rejected[0]!.reasons[0]).toContain('与第 2 行重复');
  });

  it('upserts by resident ID against the database: unchanged, updated, new', async () => {
    const first = await importWorkbook(
      'coordinators',
      sheet([HEADER, ['王秀英', ID1, '13912345678', '交通协管员', '建外街道', '2020-01-01']]),
      options(),
    );
    const existing = [{ ...first.plan.outcomes[0]!.record!, rev: 7 }];
    const again = await importWorkbook(
      'coordinators',
      sheet([
        ['姓名', '身份证号', '手机'],
        ['王秀英', ID1, '13912345678'],
      ]),
      options({ existing: stored(existing, 'coordinators') }),
    );
    expect(again.plan.counts).toMatchObject({ unchanged: 1 });
    const changed = await importWorkbook(
      'coordinators',
      sheet([
        ['姓名', '身份证号', '手机', '协管员类别', '所属街道'],
        ['王秀英', ID1, '13700001111', '交通协管员', '建外街道'],
        ['李建国', ID2, '13800138000', '城管协管员', '建外街道'],
      ]),
      options({ existing: stored(existing, 'coordinators') }),
    );
    expect(changed.plan.counts).toMatchObject({ updated: 1, new: 1 });
    const updated = changed.plan.outcomes[0]!;
    // A partial row keeps what it does not give; the server's fields ride along.
    expect(updated.record).toMatchObject({
      id: existing[0]!.id,
      rev: 7,
      mobile: '13700001111',
      hiredOn: '2020-01-01',
    });
    expect(updated.previous).toBe(existing[0]);
  });

  it('refuses rows outside the scope', async () => {
    const { report } = await importWorkbook(
      'coordinators',
      sheet([HEADER, ['王秀英', ID1, '13912345678', '交通协管员', '东华门街道', '2020-01-01']]),
      options({ scope: '110105' }),
    );
    expect(report.rejected[0]!.reasons[0]).toBe('所属街道：“东华门街道”不在当前范围（朝阳区）内');
  });

  it('tells apart streets of the same name by the district column', async () => {
    const rows = [
      ['姓名', '公民身份号码', '协管员类别', '所属区', '所属街道'],
      ['王秀英', ID1, '交通协管员', '海淀区', '八里庄街道'],
      ['李建国', ID2, '交通协管员', null, '八里庄街道'],
    ];
    const { plan, report } = await importWorkbook('coordinators', sheet(rows), options());
    expect(plan.outcomes[0]!.record?.homeStreet).toBe('110108005');
    expect(report.rejected[0]!.reasons[0]).toContain('对应多个单位');
  });

  it('skips the template’s example row', async () => {
    const bytes = await writeTemplate(ENTITY_SPECS.coordinators, { org: org(), refs, scope: '' });
    const { plan } = await importWorkbook('coordinators', bytes, options());
    expect(plan.counts).toMatchObject({ skipped: 1, new: 0, rejected: 0 });
  });
});

describe('places', () => {
  it('reads a legacy sheet’s 社区代码 as the community, and names the field a refusal is about', async () => {
    const bytes = sheet([
      ['社区代码', '小区名称', '楼号', '地址', '户数'],
      ['110105021001', '南新园', '5号楼', '南新园小区5号楼', 24],
    ]);
    const { report, plan } = await importWorkbook('places', bytes, options({ scope: '110105/110105021' }));
    expect(plan.mapping[plan.labels.indexOf('社区代码')]).toBe('community');
    // No 类型 column: the reason says which field is missing, not only 必须填写.
    expect(report.rejected).toEqual([{ row: 2, reasons: ['类型：必须填写'] }]);
  });

  it('joins 楼号 and 单元 mapped to one name, and sets 类型 for every row of a file that has none', async () => {
    const bytes = sheet([
      ['社区代码', '楼号', '单元', '地址'],
      ['110105021001', '5号楼', '1单元', '南新园小区5号楼1单元'],
      ['110105021001', '5号楼', '2单元', '南新园小区5号楼2单元'],
    ]);
    const { plan } = await importWorkbook(
      'places',
      bytes,
      options({
        scope: '110105/110105021',
        mapping: ['community', 'name', 'name', 'address'],
        fixed: { type: 'building' },
      }),
    );
    expect(plan.outcomes.map((o) => [o.status, o.record?.name, o.record?.type])).toEqual([
      ['new', '5号楼1单元', 'building'],
      ['new', '5号楼2单元', 'building'],
    ]);
    expect(plan.sheetWarnings.map((w) => w.code)).toEqual(['excel.warn.combinedColumn']);
  });

  it('says which key two rows share: the address, not 编码或地址', async () => {
    const row = ['楼', '5号楼', '南新园小区5号楼', '南新园社区'];
    const bytes = sheet([
      ['类型', '名称', '地址', '所属社区'],
      row,
      [...row.slice(0, 1), '5号楼甲', ...row.slice(2)],
    ]);
    const { report } = await importWorkbook('places', bytes, options({ scope: '110105/110105021' }));
    expect(report.rejected).toEqual([{ row: 3, reasons: ['与第 2 行重复（地址“南新园小区5号楼”相同）'] }]);
  });

  const header = [
    '编码',
    '类型',
    '名称',
    '地址',
    '所属社区',
    '所属楼栋编码',
    '户数',
    '人数',
    '楼门长',
    '电话',
    '党员',
  ];

  it('numbers new places, links a gate to a building of the same file, matches by address', async () => {
    const existing: Place = {
      id: 'p1',
      orgPath: '110105/110105021/110105021001',
      code: '1101050210010007',
      type: 'building',
      name: '南新园7号楼',
      address: '南新园小区7号楼',
      households: 80,
      residents: 200,
      servicePointIds: ['sp1'],
      workerId: 'w1',
    };
    const { plan, report } = await importWorkbook(
      'places',
      sheet([
        header,
        [
          null,
          '楼',
          '南新园8号楼',
          '南新园小区8号楼',
          '南新园社区',
          null,
          100,
          250,
          '张桂兰',
          '13812345678',
          '是',
        ],
        [
          null,
          '单元门',
          '8号楼1单元',
          '南新园小区8号楼1单元',
          '南新园社区',
          '1101050210010008',
          30,
          70,
          null,
          null,
          null,
        ],
        [null, '楼', '南新园7号楼', '南新园小区７号楼', '南新园社区', null, 90, 200, null, null, null],
      ]),
      options({
        existing: async (keys) => ({
          ...(await stored([existing as never], 'places')(keys)),
          refs: { placeCodesByCommunity: new Map([['110105021001', ['1101050210010007']]]) },
        }),
      }),
    );
    expect(report.rejected).toEqual([]);
    expect(plan.outcomes.map((o) => o.status)).toEqual(['new', 'new', 'updated']);
    expect(plan.outcomes[0]!.record).toMatchObject({
      code: '1101050210010008',
      head: { name: '张桂兰', partyMember: true },
    });
    expect(plan.outcomes[1]!.record).toMatchObject({
      code: '1101050210010009',
      parentId: plan.outcomes[0]!.record!.id,
    });
    // Matched by community and address (full-width digit folded): the stored links stay.
    expect(plan.outcomes[2]!.record).toMatchObject({
      id: 'p1',
      households: 90,
      workerId: 'w1',
      servicePointIds: ['sp1'],
    });
  });
});

describe('org units', () => {
  it('creates a community and its grids from one file', async () => {
    const { plan, report } = await importWorkbook(
      'orgUnits',
      sheet([
        ['统计代码', '名称', '类别', '所属街道', '所属社区', '户数'],
        ['110105021003', '紫南家园社区', '社区', '南磨房地区', null, 2100],
        [null, '紫南家园第一网格', '网格', null, '110105021003', 700],
        [null, '紫南家园第二网格', null, null, '紫南家园社区', 700],
      ]),
      options(),
    );
    expect(report.rejected).toEqual([]);
    expect(plan.outcomes.map((o) => o.record?.code)).toEqual([
      '110105021003',
      '110105021003001',
      '110105021003002',
    ]);
    expect(plan.outcomes[2]!.record).toMatchObject({
      level: 'grid',
      parentCode: '110105021003',
      orgPath: '110105/110105021/110105021003/110105021003002',
    });
  });
});

describe('the round trip', () => {
  it('exports then imports coordinators, and nothing changes', async () => {
    const first = await importWorkbook(
      'coordinators',
      sheet([
        [
          '姓名',
          '公民身份号码',
          '手机号码',
          '协管员类别',
          '所属区',
          '所属街道',
          '入职日期',
          '技能特长',
          '在岗状态',
          '备注',
        ],
        [
          '王秀英',
          ID1,
          '13912345678',
          '交通协管员',
          '海淀区',
          '八里庄街道',
          '2020-01-01',
          '驾驶、急救',
          '休假',
          '骨干',
        ],
        ['李建国', ID2, null, '城管协管员', null, '南磨房地区', null, null, null, null],
      ]),
      options(),
    );
    const records = first.plan.outcomes.map((o) => o.record!);
    const exported = await writeExport(ENTITY_SPECS.coordinators, records, {
      org: org(),
      refs,
      unmasked: true,
    });
    const again = await importWorkbook(
      'coordinators',
      exported,
      options({ existing: stored(records, 'coordinators') }),
    );
    expect(again.report.rejected).toEqual([]);
    expect(again.plan.counts).toMatchObject({ unchanged: 2, new: 0, updated: 0 });
  });

  it('exports then imports places, communities and workers, and nothing changes', async () => {
    const cases: [keyof typeof ENTITY_SPECS, unknown[][]][] = [
      [
        'places',
        [
          [
            '类型',
            '名称',
            '地址',
            '所属社区',
            '网格',
            '户数',
            '人数',
            '楼门长',
            '电话',
            '党员',
            '任期开始',
            '示范点年份',
          ],
          [
            '楼',
            '南新园1号楼',
            '南新园小区1号楼',
            '南新园社区',
            '南新园第一网格',
            120,
            300,
            '张桂兰',
            '13812345678',
            '是',
            '2023-01-01',
            2020,
          ],
          ['院落', '南新园大院', '南新园小区大院', '南新园社区', null, 0, 0, null, null, null, null, null],
        ],
      ],
      [
        'orgUnits',
        [
          ['统计代码', '名称', '所属街道', '户数', '人口'],
          ['110105021009', '新社区', '南磨房地区', 1500, 4000],
        ],
      ],
      [
        'communityWorkers',
        [
          ['姓名', '职务', '手机号码', '所属社区', '网格'],
          ['刘丽娟', '社工', '13698765432', '南新园社区', '南新园第一网格'],
        ],
      ],
      [
        'servicePoints',
        [
          ['服务点类别', '名称', '地址', '所属社区', '联系电话'],
          ['养老驿站', '南新园养老驿站', '南新园小区12号楼', '南新园社区', '010-67712345'],
        ],
      ],
    ];
    for (const [entity, rows] of cases) {
      const first = await importWorkbook(entity, sheet(rows as never), options());
      expect(first.report.rejected, entity).toEqual([]);
      const records = first.plan.outcomes.map((o) => o.record!);
      const exported = await writeExport(ENTITY_SPECS[entity], records, { org: org(), refs, unmasked: true });
      const again = await importWorkbook(entity, exported, options({ existing: stored(records, entity) }));
      expect(again.report.rejected, entity).toEqual([]);
      expect(again.plan.counts, entity).toMatchObject({ unchanged: records.length, new: 0, updated: 0 });
    }
  });

  it('masks IDs and phones unless asked, and an import refuses the masked values with the reason', async () => {
    const first = await importWorkbook(
      'coordinators',
      sheet([HEADER, ['王秀英', ID1, '13912345678', '交通协管员', '建外街道', '2020-01-01']]),
      options(),
    );
    const records = first.plan.outcomes.map((o) => o.record!);
    const masked = await writeExport(ENTITY_SPECS.coordinators, records, {
      org: org(),
      refs,
      unmasked: false,
    });
    const rows = XLSX.utils.sheet_to_json<Record<string, string>>(XLSX.read(masked).Sheets['协管员']!);
    expect(rows[0]).toMatchObject({
      '公民身份号码（已隐藏）': maskResidentId(ID1),
      '手机号码（已隐藏）': '139****5678',
    });
    const again = await importWorkbook(
      'coordinators',
      masked,
      options({ existing: stored(records, 'coordinators') }),
    );
    expect(again.report.rejected[0]!.reasons.join()).toContain('脱敏');
  });
});

describe('what the engine writes', () => {
  it('writes a template: Chinese headers, text columns, instructions, dropdowns, bold frozen header', async () => {
    const bytes = await writeTemplate(ENTITY_SPECS.coordinators, { org: org(), refs, scope: '110105' });
    const book = XLSX.read(bytes, { type: 'array', cellStyles: true, bookFiles: true });
    expect(book.SheetNames).toEqual(['协管员', '填写说明', '下拉选项']);
    expect(book.Workbook?.Sheets?.map((s) => s.Hidden)).toEqual([0, 0, 1]);
    const header = XLSX.utils.sheet_to_json<string[]>(book.Sheets['协管员']!, { header: 1 })[0];
    expect(header).toEqual([
      '姓名*',
      '性别',
      '公民身份号码*',
      '手机号码',
      '协管员类别*',
      '指导部门',
      '所属区',
      '所属街道*',
      '在岗状态',
      '入职日期',
      '技能特长',
      '备注',
    ]);
    expect(book.Sheets['协管员']!['C2']).toMatchObject({ t: 's', v: '11010519900307208X' });
    const instructions = XLSX.utils.sheet_to_json<string[]>(book.Sheets['填写说明']!, { header: 1 });
    expect(instructions.flat().join()).toContain('在岗、休假、停岗、离职');
    // The parts SheetJS's community edition does not write: data validation, frozen pane, bold font.
    const files = (book as unknown as { files: Record<string, { content: Uint8Array }> }).files;
    const xml = (name: string) => textDecoder('utf-8', false).decode(files[name]!.content);
    expect(xml('xl/worksheets/sheet1.xml')).toContain('<dataValidation type="list"');
    expect(xml('xl/worksheets/sheet1.xml')).toContain('state="frozen"');
    expect(xml('xl/styles.xml')).toContain('<b/>');
    expect(xml('xl/workbook.xml')).toContain('<definedName name="list_1_2">');
  });

  it('writes dates as date cells and IDs and codes as text', async () => {
    const bytes = await writeWorkbook([
      {
        name: '表',
        columns: [
          { header: '身份证号', kind: 'text' },
          { header: '入职日期', kind: 'date' },
          { header: '户数', kind: 'number' },
        ],
        rows: [[ID1, '2020-01-01', 12]],
      },
    ]);
    const cells = XLSX.read(bytes, { type: 'array', cellNF: true }).Sheets['表']!;
    expect(cells['A2']).toMatchObject({ t: 's', v: ID1, z: '@' });
    expect(cells['B2']).toMatchObject({ t: 'n', v: 43831, z: 'yyyy\\-mm\\-dd' });
    expect(cells['C2']).toMatchObject({ t: 'n', v: 12 });
  });

  it('writes an error report that imports again once fixed', async () => {
    const bytes = sheet([
      HEADER,
      ['王秀英', ID1, '13912345678', '交通协管员', '建外街道', '2020-01-01'],
      ['李建国', ID2, '139****1111', '协警', '建外街道', 43831],
    ]);
    const book = readWorkbook(bytes, 'x.xlsx');
    const prepared = prepareSheet(book, '花名册', ENTITY_SPECS.coordinators);
    const { plan } = await importWorkbook('coordinators', bytes, options());
    const report = await writeErrorReport(
      plan,
      prepared.grid,
      ENTITY_SPECS.coordinators,
      (c, v) => describeCode(c, v),
      {
        reasons: '错误原因',
        row: '原行号',
        title: '未导入的行',
      },
    );
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(XLSX.read(report).Sheets['未导入的行']!, {
      raw: false,
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ 原行号: '3', 姓名: '李建国', 公民身份号码: ID2, 入职日期: '2020-01-01' });
    expect(String(rows[0]!['错误原因'])).toBe('手机号码：是脱敏后的号码（含 *），无法导入，请填写完整号码');
    rows[0]!['手机号码'] = '13900001111';
    const fixed = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(fixed, XLSX.utils.json_to_sheet(rows), '未导入的行');
    const again = await importWorkbook(
      'coordinators',
      new Uint8Array(XLSX.write(fixed, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer),
      options(),
    );
    // The category was wrong too; the report said the first problem of the row it could see.
    expect(again.report.rejected[0]!.reasons[0]).toContain('找不到“协警”');
  });
});
