import { describe, expect, it } from 'vitest';
import type { DivisionChange } from '../model/division';
import { divisionChangeSeenBy } from './reader-view';

const STREET_PATH = '110105/110105001';
const OLD = '110105001001';
const EAST = '110105001004';
const WEST = '110105001005';
const A = '110105001002';
const B = '110105001003';
const UNTOUCHED = '110105001009';

/** 南新园 split in three: the old community keeps the rest, two new ones take a grid each. */
const split: DivisionChange = {
  id: 'c-split',
  orgPath: STREET_PATH,
  kind: 'split',
  sources: [OLD],
  targets: [
    { code: OLD, name: '南新园社区', gridCodes: [], placeIds: [], remainder: true },
    { name: '南新园东社区', gridCodes: [`${OLD}002`], placeIds: ['p21'] },
    { name: '南新园西社区', gridCodes: [`${OLD}003`], placeIds: [] },
  ],
  effectiveOn: '2027-01-01',
  state: 'applied',
  note: '东区划给南新园东社区',
  result: {
    codes: [OLD, EAST, WEST],
    dissolved: [],
    moved: { places: 40, orgUnits: 2 },
    households: { [OLD]: 8500 },
    appliedAt: '2027-01-01T09:00:00+08:00',
    appliedBy: '街道民政科',
  },
};

/** Two small communities merged into a new one. */
const merge: DivisionChange = {
  id: 'c-merge',
  orgPath: STREET_PATH,
  kind: 'merge',
  sources: [A, B],
  targets: [{ name: '井村社区', gridCodes: [], placeIds: [], remainder: true }],
  effectiveOn: '2027-02-01',
  state: 'undone',
  result: {
    codes: ['110105001006'],
    dissolved: [A, B],
    moved: { places: 12 },
    households: {},
    appliedAt: '2027-02-01T09:00:00+08:00',
  },
  undoneAt: '2027-02-02T09:00:00+08:00',
};

const text = (x: unknown) => JSON.stringify(x);

describe('a division change as a community below the street sees it', () => {
  it('tells the community that gave records neither where they went nor what else the street did', () => {
    const seen = divisionChangeSeenBy(split, OLD)!;
    expect(seen).toMatchObject({
      id: 'c-split',
      kind: 'split',
      state: 'applied',
      effectiveOn: '2027-01-01',
      sources: [OLD],
      targets: [split.targets[0]],
      result: { codes: [OLD], dissolved: [], moved: split.result!.moved, households: { [OLD]: 8500 } },
    });
    for (const secret of [EAST, WEST, '南新园东社区', '南新园西社区', 'p21', '东区']) {
      expect(text(seen)).not.toContain(secret);
    }
  });

  it('tells a new community where its records came from, but not of its sibling', () => {
    const seen = divisionChangeSeenBy(split, EAST)!;
    expect(seen.sources).toEqual([OLD]);
    expect(seen.targets).toEqual([split.targets[1]]);
    expect(seen.result).toMatchObject({ codes: [EAST], dissolved: [] });
    // The total moved counts the west's records too.
    expect(seen.result!.moved).toEqual({});
    expect(seen.result!.households).toBeUndefined();
    for (const secret of [WEST, '南新园西社区', `${OLD}003`, '8500'])
      expect(text(seen)).not.toContain(secret);
  });

  it('gives the one community a merge made everything it received, and each merged one only itself', () => {
    expect(divisionChangeSeenBy(merge, '110105001006')).toMatchObject({
      sources: [A, B],
      state: 'undone',
      result: { codes: ['110105001006'], dissolved: [A, B], moved: { places: 12 } },
    });
    const fromA = divisionChangeSeenBy(merge, A)!;
    expect(fromA).toMatchObject({ sources: [A], targets: [], result: { codes: [], dissolved: [A] } });
    expect(text(fromA)).not.toContain(B);
    expect(text(fromA)).not.toContain('110105001006');
    expect(text(fromA)).not.toContain('井村社区');
  });

  it('gives a community the change did not touch nothing at all', () => {
    expect(divisionChangeSeenBy(split, UNTOUCHED)).toBeNull();
    expect(divisionChangeSeenBy(merge, OLD)).toBeNull();
  });
});
