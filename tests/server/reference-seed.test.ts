import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  categoryRefId,
  defaultCategories,
  defaultDepartments,
  departmentRefId,
} from '@shared/coordinators/reference';
import { COORDINATOR_FIELDS } from '@shared/excel/entities/coordinators';
import { residentId, sheet } from '@shared/excel/test-workbooks';
import { coordinatorReferenceRecords } from '../../server/sync/reference';
import { importIntoServer } from '../../server/import/import';
import { BACKENDS } from './harness';

/**
 * A fresh sync server holds the reference categories and departments every client starts
 * with (issue 17 item 3): before, every roster row on a new server was refused with
 * 类别：找不到"交通协管员".
 */

const TODAY = '2026-11-01';
const STREET = '建外街道';
// 指导部门 is left out: the template's own example there is issue 17 item 6, not the seed.
const TEMPLATE_FIELDS = COORDINATOR_FIELDS.filter((f) => f.header !== '指导部门');

/**
 * The template's example values as a real row (another name: the example itself is skipped as
 * the example), then one row per shipped category, each a different person.
 */
function rosterFromTemplate(): Uint8Array {
  const header = TEMPLATE_FIELDS.map((f) => f.header);
  const row = (overrides: Record<string, string>) =>
    TEMPLATE_FIELDS.map(
      (f) => overrides[f.header] ?? (f.example || (f.header === '所属街道' ? STREET : null)),
    );
  const rows = [
    // The example's ID has a wrong check character (issue 17 item 6 again); this one is valid.
    row({ 姓名: '王秀兰', 公民身份号码: residentId('110105', '19900307', 212) }),
    ...defaultCategories().map((c, i) =>
      row({
        姓名: `协管员${i + 1}`,
        公民身份号码: residentId('110105', '19850101', 300 + i * 2),
        协管员类别: c.name,
      }),
    ),
  ];
  return sheet([header, ...rows]);
}

for (const backend of BACKENDS) {
  describe.skipIf(backend.skip !== undefined)(`reference seed on ${backend.name}`, () => {
    it('a new database holds the shipped departments and categories, with the ids clients use', async () => {
      const { db, drop } = await backend.open();
      try {
        const rows = await db.query<{ tbl: string; id: string; data: Record<string, unknown>; rev: number }>(
          "SELECT tbl, id, data, rev FROM records WHERE tbl IN ('departments', 'coordinatorCategories') AND NOT deleted",
        );
        const departments = rows.filter((r) => r.tbl === 'departments');
        const categories = rows.filter((r) => r.tbl === 'coordinatorCategories');
        expect(departments.map((r) => r.id).sort()).toEqual(
          defaultDepartments()
            .map((d) => d.id)
            .sort(),
        );
        expect(categories.map((r) => r.id).sort()).toEqual(
          defaultCategories()
            .map((c) => c.id)
            .sort(),
        );
        const traffic = categories.find((r) => r.id === categoryRefId('01'))!;
        expect(traffic.data).toMatchObject({ name: '交通协管员', departmentId: departmentRefId('01') });
        // With revisions, so a client that signs in receives them like any other record.
        expect(rows.every((r) => Number(r.rev) > 0)).toBe(true);

        const result = await importIntoServer(db, 'coordinators', rosterFromTemplate(), {
          fileName: '花名册.xlsx',
          scope: '110105',
          dryRun: true,
          today: TODAY,
        });
        expect(result.report.rejected).toEqual([]);
        expect(result.report.accepted).toBe(defaultCategories().length + 1);
      } finally {
        await drop();
      }
    }, 120_000);
  });
}

describe('coordinatorReferenceRecords on a server that already has some', () => {
  it('adds no second department or category of the same code or name, and points at the one there', () => {
    const records = coordinatorReferenceRecords([
      { table: 'departments', id: 'dept-own', code: 'X1', name: '市公安局' },
      { table: 'coordinatorCategories', id: 'cat-own', code: 'C99', name: '治安巡防员' },
    ]);
    const departments = records.filter((r) => r.table === 'departments');
    const categories = records.filter((r) => r.table === 'coordinatorCategories');
    expect(departments).toHaveLength(defaultDepartments().length - 1);
    expect(departments.some((r) => r.data.name === '市公安局')).toBe(false);
    expect(categories).toHaveLength(defaultCategories().length - 1);
    expect(categories.some((r) => r.data.name === '治安巡防员')).toBe(false);
    expect(categories.find((r) => r.data.name === '交通协管员')?.data.departmentId).toBe('dept-own');
    expect(categories.find((r) => r.data.name === '城管协管员')?.data.departmentId).toBe(
      departmentRefId('02'),
    );
  });
});

describe('npm run server -- import on a new data folder', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'seed-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts the template rows in a dry run', () => {
    const file = path.join(dir, '花名册.xlsx');
    writeFileSync(file, rosterFromTemplate());
    const run = spawnSync(
      'npx',
      [
        'tsx',
        'server/cli.ts',
        'import',
        'coordinators',
        file,
        '--scope',
        '110105',
        '--dry-run',
        '--json',
        '--today',
        TODAY,
      ],
      {
        env: { ...process.env, DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '' },
        encoding: 'utf8',
        timeout: 110_000,
      },
    );
    expect(run.stderr).not.toMatch(/找不到/);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { accepted: number; rejected: unknown[] };
    expect(report.rejected).toEqual([]);
    expect(report.accepted).toBe(defaultCategories().length + 1);
  }, 120_000);
});
