import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { ENTITY_SPECS } from '@shared/excel/entities';
import type { StoredRecord } from '@shared/excel/entity';
import { importWorkbook } from '@shared/excel/import-workbook';
import { counterIds, residentId, sampleRefs, sheet } from '@shared/excel/test-workbooks';
import { db } from '../../db';
import { clearLocalData } from '../../db/local-data';
import { isCancelled } from '@shared/cancel';
import { batchesTable, commitBatch, previewUndo, undoBatch, undoTable, type BatchWrite } from './batches';
import { existingRecords, importContext } from './lookup';
import { readAllPending } from '../../db/outbox';

/** Committing a planned import as one undoable batch, against the app's database with its capture. */

const coordinator = (n: number, extra: Partial<StoredRecord> = {}): StoredRecord => ({
  id: `c${n}`,
  orgPath: '110105/110105001',
  name: `协管员${n}`,
  // The 17th character of the ID says the gender: odd sequences are men.
  gender: n % 2 === 1 ? 'male' : 'female',
  residentId: residentId('110105', '19900101', n),
  categoryId: 'cat-0',
  departmentId: 'dept-0',
  homeStreet: '110105001',
  status: 'active',
  skills: [],
  ...extra,
});

const write = (created: StoredRecord[], updated: StoredRecord[] = []): BatchWrite => ({
  batch: {
    id: 'b1',
    entity: 'coordinators',
    table: 'coordinators',
    fileName: '花名册.xlsx',
    sheet: '花名册',
    startedAt: '2026-11-01T08:00:00.000Z',
    by: '本机用户',
    scope: '',
    counts: { new: created.length, updated: updated.length, unchanged: 0, rejected: 0 },
  },
  created,
  updated,
});

/** The coordinators table as the engine writes it: plain records. */
const rows = () => db.table<StoredRecord, string>('coordinators');

const outboxOps = async () =>
  (await readAllPending(db)).filter((e) => e.table === 'coordinators').map((e) => `${e.op}:${e.id}`);

beforeEach(async () => {
  await clearLocalData(db);
  await batchesTable(db).clear();
  await undoTable(db).clear();
});

describe('import batches', () => {
  it('writes the rows in chunks, every write captured, with a note per chunk for undoing it', async () => {
    const rows = Array.from({ length: 5 }, (_, i) => coordinator(i + 1));
    const progress: number[] = [];
    const batch = await commitBatch(db, write(rows), { chunkRows: 2, onProgress: (d) => progress.push(d) });
    expect(batch.status).toBe('committed');
    expect(await db.coordinators.count()).toBe(5);
    expect(await outboxOps()).toEqual(rows.map((r) => `create:${r.id}`));
    expect(await undoTable(db).count()).toBe(3);
    expect(progress).toEqual([2, 4, 5]);
  });

  it('writes the rows of one street together, so a transaction touches few catalog blocks', async () => {
    const streets = ['110105/110105001', '110105/110105002'];
    const rows = Array.from({ length: 6 }, (_, i) => coordinator(i + 1, { orgPath: streets[i % 2] }));
    await commitBatch(db, write(rows), { chunkRows: 3 });
    const notes = await undoTable(db).toArray();
    const streetOf = new Map(rows.map((r) => [r.id, r.orgPath]));
    expect(notes.map((n) => new Set(n.created.map((id) => streetOf.get(id))).size)).toEqual([1, 1]);
    expect(await db.coordinators.count()).toBe(6);
  });

  it('undoes a batch: created rows deleted, updated rows restored, both captured', async () => {
    const before = coordinator(1, { mobile: '13900000001' });
    await rows().put(before);
    const after = { ...before, mobile: '13900000002' };
    await commitBatch(db, write([coordinator(2)], [after]));
    expect(await db.coordinators.get('c1')).toMatchObject({ mobile: '13900000002' });
    const undone = await undoBatch(db, 'b1');
    expect(undone).toMatchObject({ status: 'undone', keptChanged: 0 });
    expect(await db.coordinators.get('c1')).toEqual(before);
    expect(await db.coordinators.get('c2')).toBeUndefined();
    const ops = await outboxOps();
    expect(ops.slice(0, 3)).toEqual(['create:c1', 'create:c2', 'update:c1']);
    expect(ops.slice(3).sort()).toEqual(['delete:c2', 'update:c1']);
    expect(await undoTable(db).count()).toBe(0);
  });

  it('takes an imported coordinator’s later assignment with it, and says so before; a gate made since blocks undoing its building', async () => {
    await commitBatch(db, write([coordinator(1), coordinator(2)]));
    await db.assignments.add({
      id: 'a1',
      orgPath: '110105/110105001/110105001001',
      coordinatorId: 'c1',
      shift: 'morning',
      from: '2026-11-23',
      to: '2026-11-29',
      source: 'patrol',
    } as never);
    const preview = await previewUndo(db, 'b1');
    expect(preview).toEqual({ cascade: { assignments: ['a1'] }, refused: [] });
    await undoBatch(db, 'b1');
    // The board no longer shows a row with no name counted under 外街道.
    expect(await db.assignments.count()).toBe(0);
    expect((await readAllPending(db)).some((e) => e.table === 'assignments' && e.op === 'delete')).toBe(true);
  });

  it('refuses an undo that would leave records pointing at nothing, and writes nothing', async () => {
    const place = (id: string, extra = {}) =>
      ({
        id,
        orgPath: '110105/110105001/110105001001',
        code: `11010500100100${id}`,
        type: 'building',
        name: id,
        address: id,
        servicePointIds: [],
        ...extra,
      }) as never;
    await commitBatch(db, {
      ...write([]),
      batch: { ...write([]).batch, entity: 'places', table: 'places' },
      created: [place('01')],
    });
    await db.places.add(place('02', { type: 'gate', parentId: '01' }));
    const preview = await previewUndo(db, 'b1');
    expect(preview.refused).toEqual([{ table: 'places', field: 'parentId', count: 1 }]);
    await expect(undoBatch(db, 'b1')).rejects.toThrow(/refused/);
    expect(await db.places.count()).toBe(2);
  });

  it('leaves a row that was edited after the import, and says how many', async () => {
    const before = coordinator(1);
    await rows().put(before);
    await commitBatch(db, write([], [{ ...before, name: '导入的名字' }]));
    await db.coordinators.update('c1', { name: '后来改的名字' });
    const undone = await undoBatch(db, 'b1');
    expect(undone.keptChanged).toBe(1);
    expect(await db.coordinators.get('c1')).toMatchObject({ name: '后来改的名字' });
  });

  it('takes back what it wrote when cancelled half way: nothing is half-imported', async () => {
    const rows = Array.from({ length: 6 }, (_, i) => coordinator(i + 1));
    const controller = new AbortController();
    const commit = commitBatch(db, write(rows), {
      chunkRows: 2,
      signal: controller.signal,
      onProgress: (done) => {
        if (done >= 4) controller.abort();
      },
    });
    await expect(commit).rejects.toSatisfy(isCancelled);
    expect(await db.coordinators.count()).toBe(0);
    expect(await batchesTable(db).get('b1')).toMatchObject({ status: 'rolledBack' });
    expect(await undoTable(db).count()).toBe(0);
  });
});

describe('an import planned against the database and committed', () => {
  it('matches stored coordinators by resident ID through the lookup, and commits the plan', async () => {
    const refs = sampleRefs();
    await db.coordinatorCategories.bulkPut(refs.coordinatorCategories!.map((c) => ({ ...c, orgPath: '' })));
    await db.departments.bulkPut(refs.departments!.map((d) => ({ ...d, orgPath: '' })));
    const stored = coordinator(1, { categoryId: 'cat-0', departmentId: 'dept-0' });
    await rows().put(stored);
    const ctx = await importContext(db, 'coordinators', { today: '2026-11-01', scope: '' });
    const { plan } = await importWorkbook(
      'coordinators',
      sheet([
        ['姓名', '公民身份号码', '手机号码', '协管员类别', '所属街道'],
        [stored.name as string, stored.residentId as string, '13900000009', '交通协管员', '建外街道'],
        ['新来的', residentId('110105', '19900101', 2), null, '交通协管员', '建外街道'],
      ]),
      {
        fileName: 'x.xlsx',
        today: '2026-11-01',
        org: ctx.org,
        refs: ctx.refs,
        existing: (keys, c) => existingRecords(db, ENTITY_SPECS.coordinators, keys, c),
        newId: counterIds(),
      },
    );
    expect(plan.counts).toMatchObject({ updated: 1, new: 1 });
    const created = plan.outcomes.filter((o) => o.status === 'new').map((o) => o.record!);
    const updated = plan.outcomes.filter((o) => o.status === 'updated').map((o) => o.record!);
    await commitBatch(db, write(created, updated));
    expect(await db.coordinators.get('c1')).toMatchObject({ mobile: '13900000009' });
    expect(await db.coordinators.count()).toBe(2);
  });
});
