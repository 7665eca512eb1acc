import { describe, expect, it } from 'vitest';
import type { ServicePointKind } from '../model/place';
import { PLACE_FIGURES } from './figures';
import { computeCoverage, placeGaps, workerNorm, type CoveragePlace } from './coverage';
import { sizeClass } from './community-size';
import { checkPlaceCode, nextPlaceCode } from './place-code';
import { validatePlace, type PlaceInput } from './validate-place';

const C = '110105021001';
const G1 = C + '001';
const G2 = C + '002';
const path = (grid?: string) => ['110105', '110105021', C, grid].filter(Boolean).join('/');
const kinds = new Map<string, ServicePointKind>([
  ['old', 'elderlyCare'],
  ['cop', 'police'],
]);

function place(id: string, extra: Partial<CoveragePlace>): CoveragePlace {
  return {
    id,
    orgPath: path(G1),
    type: 'building',
    households: 100,
    servicePointIds: ['old', 'cop'],
    hasHead: true,
    workerId: 'w1',
    ...extra,
  };
}

describe('coverage', () => {
  it('counts each gap once per place, gates standing in for their building', () => {
    const places = [
      place('b1', { hasHead: false, workerId: 'w1', households: 120 }), // covered through its gates
      place('g1', { type: 'gate', parentId: 'b1', households: 60, workerId: undefined, servicePointIds: [] }),
      place('g2', { type: 'gate', parentId: 'b1', households: 60, hasHead: false, servicePointIds: [] }),
      place('y1', { type: 'courtyard', orgPath: path(G2), households: 20, servicePointIds: ['old'] }),
      place('y2', {
        type: 'bungalowYard',
        orgPath: path(G2),
        households: 10,
        workerId: undefined,
        servicePointIds: [],
      }),
    ];
    const gaps = placeGaps(places, kinds);
    expect(gaps.has('b1')).toBe(false);
    expect([...gaps.get('g1')!]).toEqual([]); // inherits worker and stations from b1
    expect([...gaps.get('g2')!]).toEqual(['noHead']);
    expect([...gaps.get('y1')!]).toEqual(['noPolice']);
    expect([...gaps.get('y2')!].sort()).toEqual(['noElderly', 'noPolice', 'noWorker']);

    const { rows, total } = computeCoverage({
      units: [
        { code: C, name: '南新园社区', level: 'community', parentCode: '110105021', households: 300 },
        { code: G1, name: '第一网格', level: 'grid', parentCode: C },
        { code: G2, name: '第二网格', level: 'grid', parentCode: C },
      ],
      places,
      servicePointKinds: kinds,
      workers: [
        { id: 'w1', orgPath: path(), gridCode: G1 },
        { id: 'w2', orgPath: path(), gridCode: G2 },
      ],
    });
    const community = rows[0]!;
    expect(community).toMatchObject({
      places: 4,
      registeredHouseholds: 150,
      noHead: 1,
      noWorker: 1,
      noElderly: 1,
      noPolice: 2,
      workers: 2,
    });
    expect(community.households).toBe(300); // the community's own figure
    expect(community.householdsPerWorker).toBe(150);
    expect(community.norm).toBe('within');
    expect(community.understaffed).toBe(true); // 2 workers, fewer than 9
    expect(community.grids!.map((g) => [g.code, g.places, g.registeredHouseholds, g.workers])).toEqual([
      [G1, 2, 120, 1],
      [G2, 2, 30, 1],
    ]);
    expect(total).toMatchObject({ places: 4, noPolice: 2, workers: 2 });
    // The figures screens show, one definition each: 5 records (the list's count), 4 coverage
    // units of which 3 lack something (6 gaps in all), 300 households (the community's own).
    expect(
      Object.fromEntries(Object.entries(PLACE_FIGURES).map(([key, figure]) => [key, figure.of(total)])),
    ).toEqual({ registeredPlaces: 5, coverageUnits: 4, placesWithGaps: 3, households: 300, workers: 2 });
  });

  it('judges households per worker against 110–150', () => {
    expect(workerNorm(1000, 10)).toBe('below');
    expect(workerNorm(1300, 10)).toBe('within');
    expect(workerNorm(1600, 10)).toBe('above');
    expect(workerNorm(1600, 0)).toBe('noWorkers');
  });
});

describe('community size', () => {
  it('flags split and merge candidates', () => {
    expect(sizeClass(8500)).toBe('splitUrgent');
    expect(sizeClass(5001)).toBe('splitUrgent');
    expect(sizeClass(5000)).toBe('split');
    expect(sizeClass(3001)).toBe('split');
    expect(sizeClass(3000)).toBe('normal');
    expect(sizeClass(500)).toBe('normal');
    expect(sizeClass(499)).toBe('merge');
    expect(sizeClass(78)).toBe('merge');
  });
});

describe('place codes', () => {
  it('checks format and community', () => {
    expect(checkPlaceCode(C + '0001', C)).toBeNull();
    expect(checkPlaceCode(C + '0000', C)).toBe('place.code.format');
    expect(checkPlaceCode(C + '001', C)).toBe('place.code.format');
    expect(checkPlaceCode('110105021002' + '0001', C)).toBe('place.code.community');
    expect(checkPlaceCode('', C)).toBe('place.code.required');
  });
  it('suggests the next code', () => {
    expect(nextPlaceCode(C, [])).toBe(C + '0001');
    expect(nextPlaceCode(C, [C + '0001', C + '0007'])).toBe(C + '0008');
  });
});

describe('place validation', () => {
  const good: PlaceInput = {
    type: 'building',
    code: C + '0001',
    name: '南新园5号楼',
    address: '南磨房地区南新园小区5号楼',
    communityCode: C,
    gridCode: G1,
    households: 80,
    residents: 190,
    head: {
      name: ' 张伟 ',
      phone: '138 0013 8000',
      partyMember: true,
      termStart: '2024-01-01',
      termEnd: '2026-12-31',
    },
  };

  it('normalises and places a valid place in its grid', () => {
    const checked = validatePlace(good);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.orgPath).toBe(path(G1));
    expect(checked.value.head).toEqual({
      name: '张伟',
      phone: '13800138000',
      partyMember: true,
      termStart: '2024-01-01',
      termEnd: '2026-12-31',
    });
  });

  it('reports every problem with its field', () => {
    const checked = validatePlace({
      ...good,
      code: '123',
      name: ' ',
      type: 'gate',
      households: -1,
      gridCode: '110105021002001',
      head: { name: '', phone: '12345', termStart: '2026-01-01', termEnd: '2025-01-01' },
    });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.issues.map((i) => `${i.field}:${i.code}`).sort()).toEqual(
      [
        'code:place.code.format',
        'name:place.nameRequired',
        'gridCode:place.gridOutside',
        'parentId:place.gateNeedsParent',
        'households:place.count',
        'head.name:place.headNameRequired',
        'head.phone:phone.mobile',
        'head.termEnd:place.termOrder',
      ].sort(),
    );
  });

  it('leaves out an empty responsible person', () => {
    const checked = validatePlace({ ...good, head: { name: '', phone: '', partyMember: false } });
    expect(checked.ok && checked.value.head).toBeUndefined();
  });
});
