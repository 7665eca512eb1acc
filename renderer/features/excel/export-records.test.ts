import { afterEach, describe, expect, it } from 'vitest';
import type { Department } from '@shared/model/coordinator';
import type { StoredRecord } from '@shared/excel/entity';
import { isCancelled } from '@shared/cancel';
import { withoutCapture, type StreetDeskDb } from '../../db';
import { createTestDb } from '../../db/test-db';
import { recordsInOrder } from './export-records';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `d${String(i).padStart(4, '0')}`);

async function filled(n: number): Promise<StreetDeskDb> {
  const db = createTestDb();
  await db.open();
  const rows: Department[] = ids(n).map((id, i) => ({ id, code: String(i), name: `部门${i}`, orgPath: '' }));
  await withoutCapture(db, ['departments'], () => db.departments.bulkAdd(rows));
  return db;
}

async function collect(db: StreetDeskDb, wanted: string[], pageSize = 7, signal?: AbortSignal) {
  const scanned: number[] = [];
  const out: string[] = [];
  for await (const r of recordsInOrder(db.table<StoredRecord, string>('departments'), wanted, {
    pageSize,
    signal,
    onScan: (done) => scanned.push(done),
  }))
    out.push(r.id);
  return { out, scanned };
}

describe('recordsInOrder', () => {
  let db: StreetDeskDb;
  afterEach(() => db.close());

  it('gives a large view in the view’s order by scanning the table in pages, skipping ids gone', async () => {
    db = await filled(50);
    const view = [...ids(50)].reverse().filter((_, i) => i % 5 !== 0);
    view.splice(3, 0, 'gone');
    const { out, scanned } = await collect(db, view);
    expect(out).toEqual(view.filter((id) => id !== 'gone'));
    expect(scanned).toEqual([7, 14, 21, 28, 35, 42, 49, 50]);
  });

  it('reads a small view by key, in its order, without scanning', async () => {
    db = await filled(50);
    const view = ['d0042', 'd0003', 'gone', 'd0017'];
    const { out, scanned } = await collect(db, view, 2);
    expect(out).toEqual(['d0042', 'd0003', 'd0017']);
    expect(scanned).toEqual([]);
  });

  it('stops with the writer’s cancellation when asked to', async () => {
    db = await filled(50);
    const controller = new AbortController();
    controller.abort();
    await expect(collect(db, ids(50), 7, controller.signal)).rejects.toSatisfy(isCancelled);
  });
});
