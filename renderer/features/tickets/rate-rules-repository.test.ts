import { describe, expect, it } from 'vitest';
import type { OrgUnit } from '@shared/model/org';
import { DEFAULT_RATE_RULES } from '@shared/tickets/rates';
import { createTestDb } from '../../db/test-db';
import { InputError, RefusedError } from '../../app/input-error';
import { saveRateRules } from './tickets-repository';

const street: OrgUnit = {
  id: 's1',
  code: '110105021',
  name: '南磨房地区',
  level: 'street',
  parentCode: '110105',
  orgPath: '110105/110105021',
  source: 'user',
};
const community: OrgUnit = {
  ...street,
  id: 'c1',
  code: '110105021001',
  name: '南新园社区',
  level: 'community',
  parentCode: '110105021',
  orgPath: '110105/110105021/110105021001',
};
const own = {
  weights: { response: 20, resolution: 40, satisfaction: 40 },
  points: DEFAULT_RATE_RULES.points,
};

describe('saveRateRules', () => {
  it('keeps a street’s own weights on its unit', async () => {
    const db = createTestDb();
    await db.orgUnits.bulkAdd([street, community]);
    await saveRateRules(db, street, own, { role: 'street', scope: '110105/110105021' });
    expect((await db.orgUnits.get('s1'))?.rateRules).toEqual(own);
  });

  it('refuses a community, another street’s user and a dispatcher', async () => {
    const db = createTestDb();
    await db.orgUnits.bulkAdd([street, community]);
    await expect(
      saveRateRules(db, community, own, { role: 'street', scope: '110105/110105021' }),
    ).rejects.toThrow(RefusedError);
    await expect(
      saveRateRules(db, street, own, { role: 'street', scope: '110105/110105022' }),
    ).rejects.toThrow(RefusedError);
    await expect(
      saveRateRules(db, street, own, { role: 'dispatcher', scope: '110105/110105021' }),
    ).rejects.toThrow(RefusedError);
    expect((await db.orgUnits.get('s1'))?.rateRules).toBeUndefined();
  });

  it('shows weights that do not add up to 100 at the weights, and saves nothing', async () => {
    const db = createTestDb();
    await db.orgUnits.bulkAdd([street]);
    const bad = { ...own, weights: { response: 50, resolution: 40, satisfaction: 40 } };
    const error = await saveRateRules(db, street, bad, { role: 'admin', scope: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems).toEqual([
      { field: 'weights.response', key: 'errors.tickets.rateRules.weightsSum' },
    ]);
    expect((await db.orgUnits.get('s1'))?.rateRules).toBeUndefined();
  });
});
