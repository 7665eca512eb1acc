import { describe, expect, it } from 'vitest';
import type { Ticket } from '../model/ticket';
import { describeCode } from '../messages';
import { addressMatcher } from '../tickets/address-matcher';
import type { StoredRecord } from './entity';
import { ENTITY_SPECS } from './entities';
import { writeExport } from './export';
import { importWorkbook, type ImportWorkbookOptions } from './import-workbook';
import { OrgDirectory } from './org-directory';
import * as XLSX from '@e965/xlsx';
import { counterIds, sheet } from './test-workbooks';

/** 12345 派单明细 through the engine: title rows, bad cells, addresses, re-imports. */

const PLACES = [
  { id: 'p5', name: '南新园5号楼', address: '朝阳区南新园5号楼', orgPath: '110105/110105021/110105021001' },
  {
    id: 'p5u2',
    name: '南新园5号楼2单元',
    address: '朝阳区南新园5号楼2单元',
    orgPath: '110105/110105021/110105021001',
  },
  { id: 'x1', name: '幸福里3号楼', address: '幸福里3号楼', orgPath: '110105/110105021/110105021002' },
  { id: 'x2', name: '幸福里3号楼', address: '幸福里3号楼', orgPath: '110105/110105021/110105021002' },
];

const org = () =>
  OrgDirectory.withReference([
    { code: '110105021001', name: '南新园社区', level: 'community', parentCode: '110105021' },
    { code: '110105021002', name: '双龙南里社区', level: 'community', parentCode: '110105021' },
  ]);

function options(extra: Partial<ImportWorkbookOptions> = {}): ImportWorkbookOptions {
  return {
    fileName: '派单明细.xlsx',
    today: '2024-03-05',
    scope: '110105/110105021',
    org: org(),
    refs: {
      addressMatcher: addressMatcher(PLACES),
      placePathById: new Map(PLACES.map((p) => [p.id, p.orgPath])),
    },
    newId: counterIds(),
    ...extra,
  };
}

const HEADER = [
  '工单编号',
  '受理时间',
  '诉求类型',
  '问题分类',
  '诉求内容',
  '发生地址',
  '办理时限',
  '是否紧急',
  '诉求人',
  '联系电话',
];

describe('12345 tickets import', () => {
  it('reads an export with a merged title, locates addresses and reports bad rows by name', async () => {
    const bytes = sheet(
      [
        ['12345市民服务热线派单明细（2024年3月）'],
        HEADER,
        [
          'G001',
          '2024-03-01 09:12:00',
          '投诉',
          '楼道堆物',
          '楼道堆放杂物',
          '北京市朝阳区南新园小区五号楼二门302室',
          '7个工作日',
          '否',
          '王女士',
          '13800138000',
        ],
        ['G002', '2024/3/1 10:00', '求助', '停水', '家中停水', '幸福里3号楼', '', '是', '', ''],
        ['G003', '昨天下午', '投诉', '', '噪音扰民', '南新园5号楼', '', '', '', ''],
        ['G004', '2024-03-01 11:00', '催办', '', '问进度', '南新园5号楼', '', '', '', ''],
        ['G005', '2024-03-01 12:00', '建议', '', '增设座椅', '南新园5号楼', '尽快', '', '', ''],
        ['G006', '2024-03-01 12:30', '咨询', '', '办事指南', '南新园5号楼', '', '', '', '12345'],
        ['', '2024-03-01 13:00', '咨询', '', '没有编号', '南新园5号楼', '', '', '', ''],
      ],
      [{ s: { r: 0, c: 0 }, e: { r: 0, c: 9 } }],
    );
    const { report, plan } = await importWorkbook('tickets', bytes, options());
    expect(report).toMatchObject({ headerRow: 2, rows: 7, accepted: 2 });
    const reasons = Object.fromEntries(report.rejected.map((r) => [r.row, r.reasons.join('；')]));
    expect(reasons[5]).toContain('受理时间');
    expect(reasons[5]).toContain(describeCode('excel.cell.datetime', { value: '昨天下午' }));
    expect(reasons[6]).toContain('诉求类型');
    expect(reasons[7]).toContain(describeCode('excel.cell.timeLimit', { value: '尽快' }));
    expect(reasons[8]).toContain('联系电话');
    expect(reasons[9]).toContain('工单编号');

    const [first, second] = plan.outcomes.filter((o) => o.record).map((o) => o.record as unknown as Ticket);
    expect(first).toMatchObject({
      number: 'G001',
      kind: 'complaint',
      receivedAt: '2024-03-01T01:12:00.000Z',
      // 7 working days after Fri 1 March 2024: Tue 12 March, end of day in Beijing.
      dueAt: '2024-03-12T15:59:59.000Z',
      placeId: 'p5u2',
      linkStatus: 'linked',
      orgPath: '110105/110105021/110105021001',
      state: 'received',
      callerPhone: '13800138000',
    });
    expect(second).toMatchObject({ number: 'G002', kind: 'help', urgent: true, linkStatus: 'ambiguous' });
    expect(second!.placeId).toBeUndefined();
    expect(second!.candidateIds!.sort()).toEqual(['x1', 'x2']);
    expect(second!.orgPath).toBe('110105/110105021');
  });

  it('updates a ticket already held on re-import, keeping its handling and a link a person made', async () => {
    const held: StoredRecord = {
      id: 'held',
      orgPath: '110105/110105021/110105021002',
      number: 'G002',
      source: 'hotline',
      kind: 'help',
      content: '家中停水',
      address: '幸福里3号楼',
      receivedAt: '2024-03-01T02:00:00.000Z',
      urgent: true,
      state: 'contacted',
      contactedAt: '2024-03-01T02:30:00.000Z',
      placeId: 'x2',
      linkStatus: 'linked',
      rev: 3,
    };
    const { plan } = await importWorkbook(
      'tickets',
      sheet([
        HEADER,
        ['G002', '2024/3/1 10:00', '求助', '停水', '家中停水\u0000已两天', '幸福里3号楼', '', '是', '', ''],
      ]),
      options({
        existing: (keys) =>
          Promise.resolve({ records: new Map(keys.includes('G002') ? [['G002', held]] : []) }),
      }),
    );
    expect(plan.counts).toMatchObject({ updated: 1, new: 0 });
    expect(plan.outcomes[0]!.record).toMatchObject({
      id: 'held',
      content: '家中停水已两天',
      state: 'contacted',
      placeId: 'x2',
      linkStatus: 'linked',
    });
  });

  it('exports callers masked unless asked, and reads its own export back', async () => {
    const { plan } = await importWorkbook(
      'tickets',
      sheet([
        HEADER,
        [
          'G001',
          '2024-03-01 09:12',
          '投诉',
          '',
          '堆物',
          '南新园5号楼',
          '2024-03-08 17:00',
          '否',
          '王秀英',
          '13800138000',
        ],
      ]),
      options(),
    );
    const ticket = { ...plan.outcomes[0]!.record!, id: 't1' };
    const bytes = await writeExport(ENTITY_SPECS.tickets, [ticket], {
      org: org(),
      refs: {},
      unmasked: false,
    });
    const book = XLSX.read(bytes);
    const text = JSON.stringify(XLSX.utils.sheet_to_json(book.Sheets[book.SheetNames[0]!]!, { header: 1 }));
    expect(text).not.toContain('13800138000');
    expect(text).not.toContain('王秀英');
    expect(text).toContain('王**');
    const unmasked = await writeExport(ENTITY_SPECS.tickets, [ticket], {
      org: org(),
      refs: {},
      unmasked: true,
    });
    const again = await importWorkbook(
      'tickets',
      unmasked,
      options({
        existing: () => Promise.resolve({ records: new Map([['G001', ticket]]) }),
      }),
    );
    expect(again.plan.counts).toMatchObject({ unchanged: 1 });
  });
});
