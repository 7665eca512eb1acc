import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { OrgUnit } from '@shared/model/org';
import type { Place } from '@shared/model/place';
import { orgPathOfCode } from '@shared/org/codes';
import { createTestDb } from '../../db/test-db';
import { applyDivision } from '../divisions/divisions-repository';
import { loadCommunitySizes, loadCoverage } from './use-places';

const STREET = '110105001';
const SCOPE = orgPathOfCode(STREET);
const BIG = `${STREET}001`;
const SMALL = `${STREET}002`;
const VILLAGE = `${STREET}201`;

function unit(
  code: string,
  level: OrgUnit['level'],
  households?: number,
  extra: Partial<OrgUnit> = {},
): OrgUnit {
  return {
    id: `u-${code}`,
    code,
    name: `${code.slice(9)}社区`,
    level,
    parentCode: code.slice(0, code.length - 3),
    orgPath: orgPathOfCode(code),
    households,
    source: 'user',
    ...extra,
  };
}

const yard = (community: string, households: number): Place => ({
  id: `p-${community}`,
  orgPath: orgPathOfCode(community),
  code: `${community}0001`,
  type: 'courtyard',
  name: `${community.slice(9)}号院`,
  address: `${community.slice(9)}号院地址`,
  households,
  residents: households * 2,
  servicePointIds: [],
});

describe('community sizes (楼门院 → 社区规模)', () => {
  it('leaves out a unit merged away, which is kept only as history', async () => {
    const db = createTestDb();
    await db.orgUnits.bulkAdd([
      unit(BIG, 'community', 6000),
      unit(`${BIG}001`, 'grid'),
      unit(SMALL, 'community', 300, { dissolvedBy: 'change-1' }),
      unit(VILLAGE, 'village', 250),
    ]);
    const sizes = await loadCommunitySizes(db, SCOPE);
    expect(sizes.map((s) => s.code)).toEqual([BIG, VILLAGE]);
    expect(sizes[0]).toMatchObject({ households: 6000, grids: 1 });
    // Coverage counts from the same units: a community that is gone has nothing left to cover.
    const coverage = await loadCoverage(db, SCOPE);
    expect(JSON.stringify(coverage)).not.toContain(SMALL);
  });

  it('drops the small community from the view once a merge is applied, and counts its households in the one it joined', async () => {
    const db = createTestDb();
    await db.orgUnits.bulkAdd([unit(BIG, 'community', 2000), unit(SMALL, 'community', 300)]);
    await db.places.bulkAdd([yard(BIG, 1800), yard(SMALL, 280)]);
    expect((await loadCommunitySizes(db, SCOPE)).map((s) => s.code)).toEqual([BIG, SMALL]);

    await applyDivision(
      db,
      {
        kind: 'merge',
        sources: [BIG, SMALL],
        effectiveOn: '2027-01-01',
        targets: [{ code: BIG, name: '001社区', gridCodes: [], placeIds: [], remainder: true }],
      },
      { role: 'street', displayName: '街道民政科' },
      { now: '2027-01-01T09:00:00+08:00' },
    );
    const sizes = await loadCommunitySizes(db, SCOPE);
    expect(sizes).toHaveLength(1);
    expect(sizes[0]).toMatchObject({ code: BIG, households: 2300, registeredHouseholds: 2080 });
  });
});
