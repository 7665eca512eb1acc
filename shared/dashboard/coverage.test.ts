import { describe, expect, it } from 'vitest';
import { coverageByUnit } from './coverage';

const row = (code: string, places: number, placesWithGaps: number) => ({
  code,
  places,
  placesWithGaps,
  noHead: placesWithGaps,
  noWorker: 1,
  noElderly: 0,
  noPolice: 0,
});

describe('coverage by unit', () => {
  it("keeps a street's communities, with the share of units lacking nothing", () => {
    const units = coverageByUnit([row('110105001001', 10, 4), row('110105001002', 0, 0)], '110105/110105001');
    expect(units).toEqual([
      {
        code: '110105001001',
        places: 10,
        placesWithGaps: 4,
        noHead: 4,
        noWorker: 1,
        noElderly: 0,
        noPolice: 0,
        coveredShare: 0.6,
      },
      {
        code: '110105001002',
        places: 0,
        placesWithGaps: 0,
        noHead: 0,
        noWorker: 1,
        noElderly: 0,
        noPolice: 0,
        coveredShare: null,
      },
    ]);
  });

  it("sums a district's communities by street", () => {
    const units = coverageByUnit(
      [row('110105001001', 10, 4), row('110105001002', 30, 6), row('110105002001', 5, 5)],
      '110105',
    );
    expect(units.map((u) => [u.code, u.places, u.placesWithGaps, u.noWorker, u.coveredShare])).toEqual([
      ['110105001', 40, 10, 2, 0.75],
      ['110105002', 5, 5, 1, 0],
    ]);
  });

  it("lists a community's grids", () => {
    const community = {
      ...row('110105001001', 10, 4),
      grids: [row('110105001001001', 6, 1), row('110105001001002', 4, 3)],
    };
    const units = coverageByUnit([community], '110105/110105001/110105001001');
    expect(units.map((u) => [u.code, u.places, u.placesWithGaps])).toEqual([
      ['110105001001001', 6, 1],
      ['110105001001002', 4, 3],
    ]);
  });
});
