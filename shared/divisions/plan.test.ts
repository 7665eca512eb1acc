import { describe, expect, it } from 'vitest';
import {
  issuedCodes,
  planDivision,
  type DivisionDraft,
  type DivisionWorld,
  type WorldRow,
  type WorldUnit,
} from './plan';

const STREET = '110105001';
const S = '110105001001';
const S_PATH = `110105/${STREET}/${S}`;
const grid = (n: number) => `${S}00${n}`;
const gridPath = (n: number) => `${S_PATH}/${grid(n)}`;

function unit(code: string, level: WorldUnit['level'], households?: number, parentCode = STREET): WorldUnit {
  const path = [code.slice(0, 6), code.slice(0, 9), code.slice(0, 12), code.slice(0, 15)]
    .slice(0, code.length / 3 - 1)
    .join('/');
  return { id: `u-${code}`, code, name: code, level, parentCode, households, orgPath: path };
}

/** 南新园-like: three grids of two buildings (each with a gate), one courtyard without a grid. */
function world(): DivisionWorld {
  const places: WorldRow[] = [];
  let seq = 1;
  for (const g of [1, 2, 3]) {
    for (const b of [1, 2]) {
      const id = `p${g}${b}`;
      const code = S + String(seq++).padStart(4, '0');
      places.push({
        id,
        orgPath: gridPath(g),
        code,
        gridCode: grid(g),
        type: 'building',
        households: 1000,
        workerId: g === 3 ? 'w-free' : undefined,
        servicePointIds: g === 2 ? ['sp'] : [],
      });
      places.push({
        id: `${id}-gate`,
        orgPath: gridPath(g),
        code: S + String(seq++).padStart(4, '0'),
        gridCode: grid(g),
        type: 'gate',
        parentId: id,
        households: 500,
      });
    }
  }
  places.push({ id: 'yard', orgPath: S_PATH, code: S + '0099', type: 'courtyard', households: 300 });
  return {
    units: [
      unit(S, 'community', 8500),
      unit('110105001002', 'community', 2000),
      unit('110105001250', 'village', 400),
      unit(grid(1), 'grid', undefined, S),
      unit(grid(2), 'grid', undefined, S),
      unit(grid(3), 'grid', undefined, S),
    ],
    records: {
      places,
      communityWorkers: [
        { id: 'w-g1', orgPath: gridPath(1), gridCode: grid(1) },
        { id: 'w-free', orgPath: S_PATH },
      ],
      servicePoints: [{ id: 'sp', orgPath: S_PATH }],
      tickets: [
        { id: 't-open', orgPath: gridPath(2), placeId: 'p21', state: 'handling' },
        { id: 't-closed', orgPath: gridPath(2), placeId: 'p21', state: 'closed' },
        { id: 't-street', orgPath: S_PATH, state: 'received' },
      ],
      ticketSteps: [
        { id: 's-open', orgPath: gridPath(2), ticketId: 't-open' },
        { id: 's-closed', orgPath: gridPath(2), ticketId: 't-closed' },
      ],
      assignments: [
        { id: 'a-now', orgPath: gridPath(3), placeId: 'p31', to: '2027-12-31' },
        { id: 'a-past', orgPath: gridPath(3), placeId: 'p31', to: '2026-01-31' },
      ],
      committees: [{ id: 'c1', orgPath: S_PATH }],
      consultationTopics: [{ id: 'topic-g2', orgPath: gridPath(2) }],
    },
    accessRequests: [
      { id: 'ar-open', orgPath: `110105/${STREET}`, status: 'reviewing', targetCommunities: [S] },
      { id: 'ar-refused', orgPath: `110105/${STREET}`, status: 'refused', targetCommunities: [S] },
    ],
  };
}

const split: DivisionDraft = {
  kind: 'split',
  sources: [S],
  effectiveOn: '2027-01-01',
  targets: [
    { code: S, name: '南新园社区', gridCodes: [], placeIds: [], remainder: true },
    { name: '南新园东社区', gridCodes: [grid(2)], placeIds: [] },
    { name: '南新园西社区', gridCodes: [grid(3)], placeIds: ['yard'] },
  ],
};

const moveOf = (plan: ReturnType<typeof planDivision>, id: string) => plan.moves.find((m) => m.id === id);

describe('planDivision: split', () => {
  const plan = planDivision(split, world());

  it('gives new communities the lowest free codes of the street, skipping villages and used codes', () => {
    expect(plan.issues).toEqual([]);
    expect(plan.codes).toEqual([S, '110105001003', '110105001004']);
    expect(plan.results.map((r) => r.isNew)).toEqual([false, true, true]);
  });

  it('moves grids with their places and gates, keeping the grid and place numbers', () => {
    expect(moveOf(plan, `u-${grid(2)}`)!.to).toEqual({
      orgPath: '110105/110105001/110105001003/110105001003002',
      code: '110105001003002',
    });
    expect(moveOf(plan, 'p21')!.to).toEqual({
      orgPath: '110105/110105001/110105001003/110105001003002',
      code: '1101050010030005',
      gridCode: '110105001003002',
    });
    expect(moveOf(plan, 'p21')!.from).toEqual({ orgPath: gridPath(2), code: `${S}0005`, gridCode: grid(2) });
    expect(moveOf(plan, 'p21-gate')!.to.orgPath).toBe(moveOf(plan, 'p21')!.to.orgPath);
    expect(moveOf(plan, 'p11')).toBeUndefined();
  });

  it('moves a place chosen on its own to the community, without a grid', () => {
    expect(moveOf(plan, 'yard')!.to).toEqual({
      orgPath: '110105/110105001/110105001004',
      code: '1101050010040099',
    });
  });

  it('sends open work with its place and leaves closed work where it happened', () => {
    expect(moveOf(plan, 't-open')!.to.orgPath).toBe('110105/110105001/110105001003/110105001003002');
    expect(moveOf(plan, 's-open')!.to.orgPath).toBe('110105/110105001/110105001003/110105001003002');
    expect(moveOf(plan, 't-closed')).toBeUndefined();
    expect(moveOf(plan, 's-closed')).toBeUndefined();
    expect(moveOf(plan, 'a-now')!.to.orgPath).toBe('110105/110105001/110105001004/110105001004003');
    expect(moveOf(plan, 'a-past')).toBeUndefined();
    expect(moveOf(plan, 't-street')).toBeUndefined();
    expect(plan.stays).toBe(2);
  });

  it('sends workers with their grid or where most of their places go, service points likewise', () => {
    expect(moveOf(plan, 'w-g1')).toBeUndefined();
    expect(moveOf(plan, 'w-free')!.to.orgPath).toBe('110105/110105001/110105001004');
    expect(moveOf(plan, 'sp')!.to.orgPath).toBe('110105/110105001/110105001003');
  });

  it('keeps community records at home but moves those inside a grid that leaves', () => {
    expect(moveOf(plan, 'c1')).toBeUndefined();
    expect(moveOf(plan, 'topic-g2')!.to.orgPath).toBe('110105/110105001/110105001003/110105001003002');
  });

  it('counts what moves and households against the thresholds, keeping the total', () => {
    expect(plan.counts).toMatchObject({
      orgUnits: 2,
      places: 5,
      gates: 4,
      communityWorkers: 1,
      servicePoints: 1,
      tickets: 1,
      ticketSteps: 1,
      assignments: 1,
      consultationTopics: 1,
    });
    expect(plan.results.map((r) => r.households)).toEqual([8500 - 4000 - 300, 2000, 2300]);
    expect(plan.results.map((r) => r.sizeClass)).toEqual(['split', 'normal', 'normal']);
    expect(plan.results.reduce((n, r) => n + r.households, 0)).toBe(8500);
    expect(plan.accessRequestsToReview).toBe(1);
  });
});

describe('planDivision: other kinds and bad drafts', () => {
  it('merges a community into another: everything but closed work goes, the source is dissolved', () => {
    const w = world();
    const plan = planDivision(
      {
        kind: 'merge',
        sources: ['110105001002', S],
        effectiveOn: '2027-01-01',
        targets: [{ code: '110105001002', name: '合并社区', gridCodes: [], placeIds: [], remainder: true }],
      },
      w,
    );
    expect(plan.issues).toEqual([]);
    expect(plan.dissolved).toEqual([S]);
    expect(moveOf(plan, 'c1')!.to.orgPath).toBe('110105/110105001/110105001002');
    expect(moveOf(plan, 't-street')!.to.orgPath).toBe('110105/110105001/110105001002');
    expect(moveOf(plan, 't-closed')).toBeUndefined();
    expect(moveOf(plan, 'p11')!.to.code).toBe('1101050010020001');
    expect(plan.results[0]!.households).toBe(10500);
  });

  it('turns a village into a community with a code from 001–199', () => {
    const w = world();
    w.records = {
      places: [
        {
          id: 'v1',
          orgPath: '110105/110105001/110105001250',
          code: '1101050012500001',
          type: 'bungalowYard',
          households: 400,
        },
      ],
    };
    const plan = planDivision(
      {
        kind: 'villageToCommunity',
        sources: ['110105001250'],
        effectiveOn: '2027-01-01',
        targets: [{ name: '某某社区', gridCodes: [], placeIds: [], remainder: true }],
      },
      w,
    );
    expect(plan.issues).toEqual([]);
    expect(plan.codes).toEqual(['110105001003']);
    expect(plan.dissolved).toEqual(['110105001250']);
    expect(moveOf(plan, 'v1')!.to).toEqual({
      orgPath: '110105/110105001/110105001003',
      code: '1101050010030001',
    });
    expect(plan.results[0]!.sizeClass).toBe('merge');
  });

  it('never issues a code twice: codes given by changes count even after an undo deleted the unit', () => {
    const w = world();
    w.changes = [
      // 003 was given by a split later undone (its unit deleted), 005 by one still applied.
      {
        result: {
          codes: [S, '110105001003'],
          dissolved: [],
          moved: {},
          appliedAt: '2027-01-01T09:00:00+08:00',
        },
      },
      {
        result: { codes: ['110105001005'], dissolved: [], moved: {}, appliedAt: '2027-01-02T09:00:00+08:00' },
      },
      {},
    ];
    expect([...issuedCodes(w)].sort()).toEqual(
      [S, '110105001002', '110105001003', '110105001005', '110105001250'].sort(),
    );
    const plan = planDivision(split, w);
    expect(plan.issues).toEqual([]);
    expect(plan.codes).toEqual([S, '110105001004', '110105001006']);
  });

  it('refuses a draft without one remainder, with a grid twice, an empty new community or a bad date', () => {
    const plan = planDivision(
      {
        kind: 'split',
        sources: [S],
        effectiveOn: '2027-1-1',
        targets: [
          { code: S, name: '', gridCodes: [grid(1)], placeIds: [] },
          { name: '新社区', gridCodes: [grid(1)], placeIds: [] },
          { name: '空社区', gridCodes: [], placeIds: [] },
        ],
      },
      world(),
    );
    expect(plan.issues.map((i) => i.code).sort()).toEqual(
      [
        'division.date',
        'division.remainder',
        'division.targetEmpty',
        'division.targetName',
        'division.twice',
      ].sort(),
    );
  });

  it('refuses a village change of a community and a merge of one source', () => {
    const one = planDivision(
      {
        kind: 'merge',
        sources: [S],
        effectiveOn: '2027-01-01',
        targets: [{ code: S, name: 'x', gridCodes: [], placeIds: [], remainder: true }],
      },
      world(),
    );
    expect(one.issues.map((i) => i.code)).toEqual(['division.sources']);
    const village = planDivision(
      {
        kind: 'villageToCommunity',
        sources: [S],
        effectiveOn: '2027-01-01',
        targets: [{ name: 'x', gridCodes: [], placeIds: [], remainder: true }],
      },
      world(),
    );
    expect(village.issues.map((i) => i.code)).toContain('division.sourceLevel');
  });
});
