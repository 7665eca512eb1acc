import { describe, expect, it } from 'vitest';
import { ExcelFileError } from '../excel/errors';
import { sheet } from '../excel/test-workbooks';
import { checkTickets } from './check';

const PLACES = sheet([
  ['所属区', '所属街道', '所属社区', '编码', '类型', '名称', '地址', '所属楼栋编码', '户数'],
  [
    '朝阳区',
    '南磨房地区',
    '南新园社区',
    '1101050210010001',
    '楼',
    '南新园5号楼',
    '朝阳区南新园5号楼',
    '',
    60,
  ],
  [
    '朝阳区',
    '南磨房地区',
    '南新园社区',
    '1101050210010002',
    '单元门',
    '南新园5号楼2单元',
    '朝阳区南新园5号楼2单元',
    '1101050210010001',
    20,
  ],
  [
    '朝阳区',
    '南磨房地区',
    '南新园社区',
    '1101050210010003',
    '楼',
    '南新园6号楼',
    '朝阳区南新园6号楼',
    '',
    60,
  ],
]);

const TICKETS = sheet([
  ['派单明细'],
  ['工单编号', '受理时间', '诉求类型', '诉求内容', '发生地址'],
  ['G1', '2024-03-01 09:00', '投诉', '堆物', '北京市朝阳区南新园小区五号楼二门302室门口'],
  ['G2', '2024-03-01 10:00', '求助', '停水', '南新园7号楼'],
  ['G3', '2024-03-01 11:00', '不知道', '问询', '南新园5号楼'],
]);

describe('tickets:check', () => {
  it('reports the import and how each address matched, by place code', async () => {
    const report = await checkTickets(
      { bytes: TICKETS, fileName: '派单.xlsx' },
      { bytes: PLACES, fileName: '楼门院.xlsx' },
      { today: '2024-03-05' },
    );
    expect(report).toMatchObject({ headerRow: 2, rows: 3, accepted: 2 });
    expect(report.rejected.map((r) => r.row)).toEqual([5]);
    expect(report.matches).toEqual([
      { row: 3, placeCode: '1101050210010002', confidence: 0.95, candidates: ['1101050210010002'] },
      { row: 4, placeCode: null, confidence: 0, candidates: ['1101050210010003', '1101050210010001'] },
    ]);
  });

  it('refuses a file that is not a workbook with the engine’s error', async () => {
    const error = await checkTickets(
      { bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x6e, 0x6f, 0x74]), fileName: '派单.xlsx' },
      { bytes: PLACES, fileName: '楼门院.xlsx' },
      { today: '2024-03-05' },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelFileError);
  });
});
