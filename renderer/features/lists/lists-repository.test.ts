import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ListItemInput } from '@shared/lists/validate-list';
import { db } from '../../db';
import { clearLocalData } from '../../db/local-data';
import { InputError, RefusedError } from '../../app/input-error';
import type { DemoOptions } from '@shared/demo/generate';
import { loadDemoData } from '../welcome/demo-loader';
import { demoExtra } from './demo-extra';
import {
  createEdition,
  deleteDraftEdition,
  deleteItem,
  publishEdition,
  retireEdition,
  saveItem,
} from './lists-repository';
import { loadEditionItems } from './use-lists';
import { countPending, readAllPending } from '../../db/outbox';

const actor = { at: '2026-11-25T02:00:00.000Z', by: '王科长' };
const item = (extra: Partial<ListItemInput> = {}): ListItemInput => ({
  code: 'SQ-001',
  section: '社区依法协助政府工作',
  title: '协助开展征兵宣传',
  kind: 'assist',
  assistanceModes: ['publicity'],
  ...extra,
});

async function error(p: Promise<unknown>) {
  return p.then(
    () => null,
    (e: unknown) => e,
  );
}

beforeEach(async () => {
  await clearLocalData(db);
});

describe('lists repository', () => {
  it('keeps editions as draft → published (frozen) → retired, every write captured', async () => {
    const { edition: first } = await createEdition('communityTasks', { name: '2020版' }, undefined);
    await saveItem(first.id, item());
    await saveItem(
      first.id,
      item({ code: 'SQ-002', title: '协助开展人口普查', assistanceModes: ['contactResidents'] }),
    );
    await publishEdition(first.id, '2020-05-01', actor);
    expect(await db.listEditions.get(first.id)).toMatchObject({ status: 'published', publishedBy: '王科长' });

    // A published edition is frozen.
    expect(await error(saveItem(first.id, item({ title: '改' }), undefined))).toBeInstanceOf(RefusedError);
    const firstItems = await loadEditionItems(first.id);
    expect(await error(deleteItem(firstItems[0]!.id))).toBeInstanceOf(RefusedError);

    // The next edition starts as a copy; changing it leaves the published one as it was.
    const { edition: next, copied } = await createEdition('communityTasks', { name: '2027版' }, first.id);
    expect(copied).toBe(2);
    const copies = await loadEditionItems(next.id);
    expect(copies.map((i) => i.code)).toEqual(['SQ-001', 'SQ-002']);
    expect(copies.every((i) => !firstItems.some((f) => f.id === i.id))).toBe(true);
    await saveItem(next.id, item({ title: '协助开展征兵宣传和兵役登记' }), copies[0]!.id);
    expect((await loadEditionItems(first.id))[0]!.title).toBe('协助开展征兵宣传');

    // Publishing it retires the first, the day before it comes into force.
    await publishEdition(next.id, '2027-01-01', actor);
    expect(await db.listEditions.get(first.id)).toMatchObject({
      status: 'retired',
      effectiveTo: '2026-12-31',
    });
    await retireEdition(next.id, actor);
    expect((await db.listEditions.get(next.id))?.status).toBe('retired');

    const ops = (await readAllPending(db)).map((e) => `${e.table}:${e.op}`);
    expect(ops.filter((o) => o === 'listItems:create')).toHaveLength(4);
    expect(ops).toContain('listEditions:update');
    expect(
      (await readAllPending(db)).every((e) => e.table === 'listEditions' || e.table === 'listItems'),
    ).toBe(true);
  });

  it('refuses a code taken in the edition, a name taken in the list, and publishing an empty draft', async () => {
    const { edition } = await createEdition('communityTasks', { name: '2020版' }, undefined);
    expect(await error(publishEdition(edition.id, '2020-05-01', actor))).toMatchObject({
      key: 'errors.lists.edition.empty',
    });
    await saveItem(edition.id, item());
    const taken = await error(saveItem(edition.id, item({ title: '另一项' })));
    expect(taken).toBeInstanceOf(InputError);
    expect((taken as InputError).problems).toEqual([
      {
        field: 'code',
        key: 'errors.lists.item.codeTaken',
        values: { code: 'SQ-001', title: '协助开展征兵宣传' },
      },
    ]);
    const name = await error(createEdition('communityTasks', { name: '2020版' }, undefined));
    expect((name as InputError).problems[0]!.key).toBe('errors.lists.edition.nameTaken');
    // Another list may use the same name.
    await createEdition('enforcement', { name: '2020版' }, undefined);
  });

  it('deletes a draft with its items, never a published edition', async () => {
    const { edition } = await createEdition('streetDuties', { name: '草稿' }, undefined);
    await saveItem(
      edition.id,
      item({ code: 'JD-001', section: '党群工作', kind: 'basic', assistanceModes: undefined }),
    );
    await deleteDraftEdition(edition.id);
    expect(await db.listItems.count()).toBe(0);
    expect(await db.listEditions.count()).toBe(0);
  });
});

describe('lists demo data', () => {
  const options: DemoOptions = { seed: 20200101, scope: { kind: 'street', code: '110105021' } };
  const run = (o = options) =>
    loadDemoData(db, o, { signal: new AbortController().signal, onProgress: () => undefined });

  it('loads the lists once for the city and the access desk per street, without capture', async () => {
    await run();
    expect(await countPending(db)).toBe(0);
    expect(await db.listEditions.count()).toBe(4);
    expect(await db.listItems.count()).toBeGreaterThan(431 + 34);
    expect(await db.accessRequests.count()).toBe(8);
    // Another street: its own requests, the same lists (not a second copy).
    await run({ ...options, scope: { kind: 'street', code: '110105022' } });
    expect(await db.listEditions.count()).toBe(4);
    expect(await db.accessRequests.count()).toBe(16);
  });

  it('stops between streets when cancelled and returns every row it wrote, for the loader to take back', async () => {
    const controller = new AbortController();
    const district: DemoOptions = { ...options, scope: { kind: 'district', code: '110105' } };
    const wrote = await demoExtra.load(db, district, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    const requests = await db.accessRequests.toArray();
    expect(requests.length).toBeGreaterThan(0);
    // 40 of the district's streets, not all of them.
    expect(new Set(requests.map((r) => r.orgPath)).size).toBe(40);
    expect(new Set(wrote.accessRequests)).toEqual(new Set(requests.map((r) => r.id)));
    expect(wrote.listItems).toHaveLength(await db.listItems.count());
    expect(wrote.infoSystems).toHaveLength(await db.infoSystems.count());
  });
});
