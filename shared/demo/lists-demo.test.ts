import { describe, expect, it } from 'vitest';
import { diffEditions } from '../lists/diff';
import { validateListItem } from '../lists/validate-list';
import { validateAccessRequest } from '../access/validate-request';
import { validateComplaint } from '../access/complaints';
import { communitiesOverLimit } from '../access/info-systems';
import { ALL_STREETS, planStreet } from './plan';
import { generateDemoLists } from './lists-editions';
import { generateStreetAccess } from './lists-access';

const SEED = 20200101;
const lists = generateDemoLists(SEED);
const itemsOf = (kind: string, name: string) => {
  const edition = lists.editions.find((e) => e.kind === kind && e.name === name)!;
  return lists.items.filter((i) => i.editionId === edition.id);
};

describe('demo lists', () => {
  it('comes out the same for the same seed, ids included', () => {
    expect(generateDemoLists(SEED)).toEqual(lists);
  });

  it('holds the 431 enforcement powers split by department as published', () => {
    const items = itemsOf('enforcement', '2020版');
    expect(items).toHaveLength(431);
    const bySection = Object.fromEntries(
      ['城管执法', '水务', '卫生健康', '生态环境', '农业农村'].map((s) => [
        s,
        items.filter((i) => i.section === s).length,
      ]),
    );
    expect(bySection).toEqual({ 城管执法: 393, 水务: 22, 卫生健康: 11, 生态环境: 4, 农业农村: 1 });
    expect(new Set(items.map((i) => i.title)).size).toBe(431);
  });

  it('holds the community task list with its 19 + 15 split, assisting items with their modes', () => {
    const items = itemsOf('communityTasks', '2020版');
    expect(items.filter((i) => i.kind === 'perform')).toHaveLength(19);
    const assist = items.filter((i) => i.kind === 'assist');
    expect(assist).toHaveLength(15);
    expect(assist.every((i) => (i.assistanceModes ?? []).length > 0)).toBe(true);
  });

  it('has every item pass the item check, and the duty list change between editions', () => {
    for (const item of lists.items) {
      const edition = lists.editions.find((e) => e.id === item.editionId)!;
      const { id: _id, ...fields } = item;
      const checked = validateListItem(edition.kind, edition.id, item);
      expect(checked.ok ? checked.value : checked.issues).toEqual(fields);
    }
    const diff = diffEditions(itemsOf('streetDuties', '2020版'), itemsOf('streetDuties', '2023版'));
    expect([diff.added.length, diff.removed.length, diff.changed.length]).toEqual([2, 1, 2]);
    expect(diff.changed.every((c) => c.fields.map((f) => f.field).join() === 'title')).toBe(true);
  });
});

describe('demo access data', () => {
  const street = planStreet(
    SEED,
    ALL_STREETS.find((s) => s.code === '110105021')!,
  );
  const tasks = itemsOf('communityTasks', '2020版');
  const access = generateStreetAccess(SEED, street, '2026-11-01', tasks);

  it('has a request in every state, each a valid request of the street', () => {
    expect(new Set(access.accessRequests.map((r) => r.status))).toEqual(
      new Set(['draft', 'submitted', 'admitted', 'refused', 'returned', 'revoked']),
    );
    for (const r of access.accessRequests) {
      expect(r.orgPath).toBe('110105/110105021');
      const checked = validateAccessRequest({ ...r, streetCode: '110105021' });
      expect(checked.ok).toBe(true);
    }
    const redirected = access.accessRequests.filter((r) => r.redirectedTo);
    expect(redirected.map((r) => r.redirectedTo!.kind).sort()).toEqual(['coordinators', 'thirdParty']);
    expect(
      access.accessRequests
        .filter((r) => r.listItemId)
        .every((r) => tasks.some((t) => t.id === r.listItemId)),
    ).toBe(true);
  });

  it('has valid complaints, one linked to a refused request, and communities over the system limit', () => {
    for (const c of access.burdenComplaints) expect(validateComplaint(c).ok).toBe(true);
    const linked = access.burdenComplaints.find((c) => c.accessRequestId);
    expect(access.accessRequests.find((r) => r.id === linked?.accessRequestId)?.status).toBe('refused');
    expect(communitiesOverLimit(access.infoSystems).length).toBeGreaterThan(0);
  });

  it('comes out the same for a street alone and for the same street again', () => {
    expect(generateStreetAccess(SEED, street, '2026-11-01', tasks)).toEqual(access);
  });
});
