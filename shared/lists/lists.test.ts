import { describe, expect, it } from 'vitest';
import type { ListEdition, ListItem } from '../model/lists';
import { diffEditions } from './diff';
import { copyItems, editionPeriod, planPublish, planRetire, suggestEditionName } from './editions';
import { nextItemCode } from './kinds';
import { buildItemIndex, filterItems } from './search';
import { validateEditionFields, validateListItem } from './validate-list';

const item = (code: string, extra: Partial<ListItem> = {}): ListItem => ({
  id: `id-${code}`,
  orgPath: '',
  editionId: 'e1',
  code,
  section: '社区依法协助政府工作',
  title: `事项 ${code}`,
  kind: 'assist',
  assistanceModes: ['contactResidents'],
  ...extra,
});

const edition = (
  id: string,
  status: ListEdition['status'],
  extra: Partial<ListEdition> = {},
): ListEdition => ({
  id,
  orgPath: '',
  kind: 'communityTasks',
  name: `${id}版`,
  status,
  ...extra,
});

const actor = { at: '2026-11-25T08:00:00.000Z', by: '王科长' };

describe('diffEditions', () => {
  it('finds added, removed and changed items field by field, matching by code', () => {
    const from = [
      item('SQ-001'),
      item('SQ-002', { legalBasis: '《北京市街道办事处条例》' }),
      item('SQ-003', { assistanceModes: ['publicity', 'mobilize'] }),
    ];
    const to = [
      item('SQ-001'),
      item('SQ-002', {
        title: '协助开展人口普查',
        legalBasis: '《全国人口普查条例》',
        editionId: 'e2',
        id: 'x',
      }),
      item('SQ-003', { assistanceModes: ['mobilize', 'publicity'], notes: '' }),
      item('SQ-010'),
    ];
    const diff = diffEditions(from, to);
    expect(diff.added.map((i) => i.code)).toEqual(['SQ-010']);
    expect(diff.removed).toEqual([]);
    expect(diff.unchanged).toBe(2); // modes in another order and an empty note are no change
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]!.fields).toEqual([
      { field: 'title', before: '事项 SQ-002', after: '协助开展人口普查' },
      { field: 'legalBasis', before: '《北京市街道办事处条例》', after: '《全国人口普查条例》' },
    ]);
  });

  it('works between any two editions, in either order', () => {
    const a = [item('SQ-001'), item('SQ-002')];
    const b = [item('SQ-002', { kind: 'perform', assistanceModes: undefined }), item('SQ-003')];
    const forward = diffEditions(a, b);
    const backward = diffEditions(b, a);
    expect(forward.added.map((i) => i.code)).toEqual(['SQ-003']);
    expect(forward.removed.map((i) => i.code)).toEqual(['SQ-001']);
    expect(backward.added.map((i) => i.code)).toEqual(['SQ-001']);
    expect(backward.removed.map((i) => i.code)).toEqual(['SQ-003']);
    expect(forward.changed[0]!.fields.map((f) => f.field)).toEqual(['kind', 'assistanceModes']);
  });

  it('sorts codes as people read them and ignores deleted rows', () => {
    const diff = diffEditions([], [item('SQ-10'), item('SQ-2'), item('SQ-9', { deleted: true })]);
    expect(diff.added.map((i) => i.code)).toEqual(['SQ-2', 'SQ-10']);
  });
});

describe('edition lifecycle', () => {
  it('publishes a draft and retires the edition in force the day before', () => {
    const old = edition('2020', 'published', { effectiveFrom: '2020-03-01' });
    const draft = edition('2026', 'draft');
    const plan = planPublish(draft, [old, draft], 34, '2027-01-01', actor);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    const [published, retired] = plan.value;
    expect(published).toMatchObject({
      id: '2026',
      status: 'published',
      effectiveFrom: '2027-01-01',
      publishedBy: '王科长',
    });
    expect(retired).toMatchObject({ id: '2020', status: 'retired', effectiveTo: '2026-12-31' });
  });

  it('refuses to publish what is not a draft or is empty, and to retire what is not in force', () => {
    const refused = (c: { ok: boolean; issues?: { code: string }[] }) => (c.ok ? null : c.issues![0]!.code);
    expect(refused(planPublish(edition('a', 'published'), [], 3, '2027-01-01', actor))).toBe(
      'lists.edition.notDraft',
    );
    expect(refused(planPublish(edition('a', 'draft'), [], 0, '2027-01-01', actor))).toBe(
      'lists.edition.empty',
    );
    expect(refused(planRetire(edition('a', 'draft'), actor))).toBe('lists.edition.notPublished');
    expect(refused(planRetire(edition('a', 'published'), actor))).toBeNull();
  });

  it('copies items into a new edition without their ids or server fields', () => {
    const copies = copyItems(
      [item('SQ-001', { rev: 4, updatedAt: 'x', updatedBy: 'y' }), item('SQ-2', { deleted: true })],
      'e2',
    );
    expect(copies).toEqual(
      [{ ...item('SQ-001'), id: undefined, editionId: 'e2' }].map(({ id: _id, ...r }) => r),
    );
  });

  it('suggests a free name and the next free code', () => {
    expect(suggestEditionName(2027, ['2026版'])).toBe('2027版');
    expect(suggestEditionName(2027, ['2027版'])).toBe('2027版（二）');
    expect(nextItemCode('communityTasks', ['SQ-001', 'SQ-034', 'X-99'])).toBe('SQ-035');
    expect(nextItemCode('enforcement', [])).toBe('ZF-001');
  });
});

describe('validateListItem and validateEditionFields', () => {
  it('accepts an assistance item and keeps its modes in the order of the seven', () => {
    const checked = validateListItem('communityTasks', 'e1', {
      code: ' sq-001 ',
      section: '社区依法协助政府工作',
      title: '协助开展征兵宣传',
      kind: 'assist',
      assistanceModes: ['publicity', 'contactResidents'],
    });
    expect(checked.ok && checked.value).toMatchObject({
      code: 'SQ-001',
      orgPath: '',
      assistanceModes: ['contactResidents', 'publicity'],
    });
  });

  it('reports every problem with its field', () => {
    const checked = validateListItem('communityTasks', 'e1', {
      code: '新-1',
      section: '',
      title: '',
      kind: 'comprehensive',
    });
    expect(checked.ok ? [] : checked.issues.map((i) => `${i.field}:${i.code}`)).toEqual([
      'code:lists.item.codeFormat',
      'section:lists.item.sectionRequired',
      'title:lists.item.titleRequired',
      'kind:lists.item.kind',
    ]);
    const assist = validateListItem('communityTasks', 'e1', {
      code: 'SQ-1',
      section: 's',
      title: 't',
      kind: 'assist',
      assistanceModes: [],
    });
    expect(assist.ok ? [] : assist.issues.map((i) => i.code)).toEqual(['lists.item.modesRequired']);
    const unknown = validateListItem('communityTasks', 'e1', {
      code: 'SQ-1',
      section: 's',
      title: 't',
      kind: 'assist',
      assistanceModes: ['enforce'],
    });
    expect(unknown.ok ? [] : unknown.issues.map((i) => i.code)).toEqual(['lists.item.modeUnknown']);
  });

  it('checks edition names and dates', () => {
    const checked = validateEditionFields({
      name: ' ',
      effectiveFrom: '2026-03-01',
      effectiveTo: '2026-02-01',
    });
    expect(checked.ok ? [] : checked.issues.map((i) => `${i.field}:${i.code}`)).toEqual([
      'name:lists.edition.nameRequired',
      'effectiveTo:lists.edition.dateOrder',
    ]);
  });
});

describe('item search', () => {
  const items = [
    item('ZF-001', {
      kind: 'comprehensive',
      section: '城管执法',
      title: '对在城市道路两侧和公共场地堆放物料、搭建建筑物影响市容的行为进行处罚',
      assistanceModes: undefined,
    }),
    item('ZF-002', { kind: 'joint', section: '水务', title: '对擅自取水的处罚', assistanceModes: undefined }),
    item('SQ-003', { title: '协助开展征兵宣传', legalBasis: '《中华人民共和国兵役法》' }),
  ];
  const index = buildItemIndex(items);
  const codes = (filter: Parameters<typeof filterItems>[1]) => filterItems(index, filter).map((i) => i.code);

  it('finds by code, by words anywhere in a long title or basis, and by pinyin initials', () => {
    expect(codes({ query: 'zf-002' })).toEqual(['ZF-002']);
    expect(codes({ query: '影响市容' })).toEqual(['ZF-001']);
    expect(codes({ query: '兵役法' })).toEqual(['SQ-003']);
    expect(codes({ query: 'xzkz' })).toEqual(['SQ-003']);
    // Initials inside a long title: 影响市容 → yxsr.
    expect(codes({ query: 'yxsr' })).toEqual(['ZF-001']);
    expect(codes({ query: 'zbxc' })).toEqual(['SQ-003']);
    expect(codes({ query: '处罚 取水' })).toEqual(['ZF-002']);
  });

  it('filters by section and kind', () => {
    expect(codes({ section: '城管执法' })).toEqual(['ZF-001']);
    expect(codes({ kind: 'joint' })).toEqual(['ZF-002']);
    expect(codes({ kind: 'joint', query: '市容' })).toEqual([]);
  });
});

describe('editionPeriod', () => {
  const today = '2026-11-25';
  it('reads a draft or a future edition as upcoming, never "until now"', () => {
    expect(editionPeriod({ status: 'draft', effectiveFrom: '2026-12-15' }, today)).toEqual({
      kind: 'upcoming',
      from: '2026-12-15',
    });
    // A draft is not in force even when its start date has passed.
    expect(editionPeriod({ status: 'draft', effectiveFrom: '2026-01-01' }, today).kind).toBe('upcoming');
    expect(editionPeriod({ status: 'published', effectiveFrom: '2026-11-26' }, today).kind).toBe('upcoming');
    expect(
      editionPeriod({ status: 'draft', effectiveFrom: '2027-01-01', effectiveTo: '2027-12-31' }, today),
    ).toEqual({ kind: 'upcoming', from: '2027-01-01', to: '2027-12-31' });
  });

  it('reads an edition in force as open, and one with an end as closed', () => {
    expect(editionPeriod({ status: 'published', effectiveFrom: '2026-11-25' }, today)).toEqual({
      kind: 'open',
      from: '2026-11-25',
    });
    expect(
      editionPeriod({ status: 'retired', effectiveFrom: '2020-01-01', effectiveTo: '2026-11-24' }, today),
    ).toEqual({ kind: 'closed', from: '2020-01-01', to: '2026-11-24' });
  });

  it('has no period without a start date', () => {
    expect(editionPeriod({ status: 'draft' }, today)).toEqual({ kind: 'unset' });
  });
});
