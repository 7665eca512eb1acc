import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '@shared/auth/roles';
import { residentId, sampleRefs, sheet } from '@shared/excel/test-workbooks';
import type { Database } from '../../server/db/database';
import { applyPush } from '../../server/sync/push';
import { importIntoServer } from '../../server/import/import';
import { runImportCli } from '../../server/import/command';
import { BACKENDS, mutation } from './harness';

/**
 * `npm run server -- import`: an Excel file into the server's database through the same
 * engine as the app, written as one push (revisions and history like any client's edits),
 * on the embedded PGlite always and on PostgreSQL where DATABASE_URL is set.
 */

const ADMIN: SessionUser = {
  id: 'u-admin',
  username: 'admin',
  displayName: '管理员',
  role: 'admin',
  scope: '',
};
const HEADER = ['姓名', '公民身份号码', '手机号码', '协管员类别', '所属街道'];
const WANG = residentId('110105', '19800307', 202);
const LI = residentId('110105', '19750612', 101);
const roster = (rows: (string | number | null)[][]) => sheet([['2024年协管员花名册'], HEADER, ...rows]);
const GOOD = [
  ['王秀英', WANG, '139 1234 5678', '交通协管员', '建外街道'],
  ['李建国', LI, '+86 138-0013-8000', '城管协管员', '110105002'],
];
const TODAY = '2026-11-01';

for (const backend of BACKENDS) {
  describe.skipIf(backend.skip !== undefined)(
    `server import on ${backend.name}${backend.skip ? ` — ${backend.skip}` : ''}`,
    () => {
      let db: Database;
      let drop: () => Promise<void>;
      let seeded = 0;

      const coordinators = () =>
        db.query<{ id: string; org_path: string; data: Record<string, unknown>; rev: number }>(
          "SELECT id, org_path, data, rev FROM records WHERE tbl = 'coordinators' AND NOT deleted ORDER BY id",
        );
      const history = () =>
        db.query<{ record_id: string; op: string; user_name: string; client_id: string }>(
          "SELECT record_id, op, user_name, client_id FROM history WHERE tbl = 'coordinators' ORDER BY id",
        );

      beforeAll(async () => {
        ({ db, drop } = await backend.open());
        // The reference data a roster names, as a workstation would have pushed it.
        const refs = sampleRefs();
        const seed = 'seed-client';
        const rows = [
          ...refs.departments!.map((d) => ['departments', d.id, { ...d, orgPath: '' }] as const),
          ...refs.coordinatorCategories!.map(
            (c) => ['coordinatorCategories', c.id, { ...c, orgPath: '' }] as const,
          ),
        ];
        seeded = rows.length;
        const pushed = await applyPush(db, ADMIN, {
          clientId: seed,
          mutations: rows.map(([table, id, fields], i) =>
            mutation(seed, i + 1, 'create', table, id, fields),
          ) as Parameters<typeof applyPush>[2]['mutations'],
        });
        expect(pushed.rejected).toEqual([]);
      }, 120_000);

      afterAll(async () => {
        await drop?.();
      });

      beforeEach(async () => {
        await db.query("DELETE FROM records WHERE tbl = 'coordinators'");
        await db.query("DELETE FROM history WHERE tbl = 'coordinators'");
      });

      it('imports a roster: good rows written with revisions and history, bad rows reported by Excel row', async () => {
        const file = roster([
          ...GOOD,
          ['孙磊', Number(residentId('110105', '19900307', 211)), '13900004444', '交通协管员', '建外街道'],
        ]);
        const result = await importIntoServer(db, 'coordinators', file, {
          fileName: '花名册.xlsx',
          scope: '',
          dryRun: false,
          today: TODAY,
        });
        expect(result.written).toBe(true);
        expect(result.report).toMatchObject({
          file: '花名册.xlsx',
          sheet: '花名册',
          headerRow: 2,
          rows: 3,
          accepted: 2,
        });
        expect(result.report.rejected).toHaveLength(1);
        expect(result.report.rejected[0]!.row).toBe(5);
        expect(result.report.rejected[0]!.reasons.join()).toContain('以数字形式保存');
        const stored = await coordinators();
        expect(stored).toHaveLength(2);
        const wang = stored.find((r) => r.data.residentId === WANG)!;
        expect(wang.data).toMatchObject({ name: '王秀英', mobile: '13912345678', categoryId: 'cat-0' });
        expect(wang.org_path.startsWith('110105/110105001')).toBe(true);
        expect(wang.rev).toBeGreaterThan(seeded);
        const log = await history();
        expect(log.map((h) => h.op)).toEqual(['create', 'create']);
        expect(new Set(log.map((h) => h.client_id))).toEqual(new Set([result.clientId]));
      });

      it('upserts by resident ID: a second file updates what changed and leaves the rest', async () => {
        await importIntoServer(db, 'coordinators', roster(GOOD), {
          fileName: 'a.xlsx',
          scope: '',
          dryRun: false,
          today: TODAY,
        });
        const before = await coordinators();
        const again = roster([GOOD[0]!, ['李建国', LI, '13700000000', '城管协管员', '110105002']]);
        const result = await importIntoServer(db, 'coordinators', again, {
          fileName: 'b.xlsx',
          scope: '',
          dryRun: false,
          today: TODAY,
        });
        expect(result.counts).toMatchObject({ new: 0, updated: 1, unchanged: 1 });
        const after = await coordinators();
        expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
        expect(after.find((r) => r.data.residentId === LI)!.data.mobile).toBe('13700000000');
        const updates = (await history()).filter((h) => h.op === 'update');
        expect(updates).toHaveLength(1);
      });

      it('a dry run reports and writes nothing', async () => {
        const result = await importIntoServer(db, 'coordinators', roster(GOOD), {
          fileName: 'a.xlsx',
          scope: '',
          dryRun: true,
          today: TODAY,
        });
        expect(result).toMatchObject({ written: false, counts: { new: 2 } });
        expect(await coordinators()).toHaveLength(0);
        expect(await history()).toHaveLength(0);
      });

      it('refuses rows outside --scope', async () => {
        const result = await importIntoServer(db, 'coordinators', roster(GOOD), {
          fileName: 'a.xlsx',
          scope: '110105/110105001',
          dryRun: false,
          today: TODAY,
        });
        expect(result.report.accepted).toBe(1);
        expect(result.report.rejected.map((r) => r.row)).toEqual([4]);
        const stored = await coordinators();
        expect(stored.map((r) => r.data.residentId)).toEqual([WANG]);
      });

      it('the command prints the JSON report, and {"error"} with exit 1 for a file that is not a workbook', async () => {
        const dir = mkdtempSync(path.join(os.tmpdir(), 'server-import-'));
        const good = path.join(dir, '花名册.xlsx');
        writeFileSync(good, roster(GOOD));
        const bad = path.join(dir, '文本.xlsx');
        writeFileSync(bad, '姓名,身份证\n王秀英,1\n');
        const run = async (argv: string[]) => {
          const out: string[] = [];
          const err: string[] = [];
          let opened = false;
          const code = await runImportCli(
            argv,
            async () => {
              opened = true;
              // The command closes what it opens; the suite's database stays open.
              return {
                ...db,
                transaction: db.transaction.bind(db),
                query: db.query.bind(db),
                close: async () => {},
              };
            },
            { out: (t) => out.push(t), err: (t) => err.push(t) },
          );
          return { code, out: out.join('\n'), err: err.join('\n'), opened };
        };

        const ok = await run(['coordinators', good, '--scope', '', '--json', '--dry-run', '--today', TODAY]);
        expect(ok.code).toBe(0);
        const report = JSON.parse(ok.out) as Record<string, unknown>;
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
          headerRow: 2,
          rows: 2,
          accepted: 2,
          rejected: [],
        });
        expect(await coordinators()).toHaveLength(0);

        const refused = await run(['coordinators', bad, '--scope', '', '--json']);
        expect(refused.code).toBe(1);
        const error = JSON.parse(refused.out) as { error: { code: string; message: string } };
        expect(Object.keys(error)).toEqual(['error']);
        expect(error.error.code).toBeTruthy();
        expect(error.error.message).toBeTruthy();

        const missing = await run(['coordinators', path.join(dir, 'none.xlsx'), '--scope', '', '--json']);
        expect(missing).toMatchObject({ code: 1, opened: false });
        expect(JSON.parse(missing.out)).toMatchObject({ error: { code: 'unreadable' } });

        expect((await run(['coordinators', good])).code).toBe(2);
        const written = await run(['coordinators', good, '--scope', '', '--today', TODAY]);
        expect(written.code).toBe(0);
        expect(written.out).toContain('新增 2');
        expect(await coordinators()).toHaveLength(2);
      });
    },
  );
}
