import { describe, expect, it } from 'vitest';
import type { OrgUnit } from '@shared/model/org';
import type { Place } from '@shared/model/place';
import type { Ticket } from '@shared/model/ticket';
import { defaultIndicators } from '@shared/assessment/round';
import { createTestDb } from '../../db/test-db';
import { InputError, RefusedError } from '../../app/input-error';
import { computeRound } from './compute-round';
import { deleteRound, moveRound, publishRound, saveRound, saveScore } from './assessment-repository';

const STREET = '110105/110105001';
const A = '110105001001';
const B = '110105001002';
const street = { role: 'street' as const, displayName: '街道考核组' };
const field = { role: 'field' as const, displayName: '社区' };

const unit = (
  code: string,
  name: string,
  level: OrgUnit['level'],
  parentCode: string,
  orgPath: string,
): OrgUnit => ({
  id: `u${code}`,
  code,
  name,
  level,
  parentCode,
  orgPath,
  source: 'user',
});

const place = (id: string, community: string, extra: Partial<Place> = {}): Place => ({
  id,
  code: `${community}${id.padStart(4, '0')}`,
  orgPath: `${STREET}/${community}`,
  type: 'courtyard',
  name: id,
  address: id,
  households: 20,
  residents: 50,
  servicePointIds: [],
  ...extra,
});

const ticket = (id: string, community: string, extra: Partial<Ticket> = {}): Ticket => ({
  id,
  orgPath: `${STREET}/${community}`,
  number: id,
  source: 'hotline',
  kind: 'complaint',
  content: '漏水',
  address: '某院',
  receivedAt: '2026-03-02T09:00:00+08:00',
  contactedAt: '2026-03-02T10:00:00+08:00',
  urgent: false,
  state: 'closed',
  linkStatus: 'linked',
  ...extra,
});

async function setUp() {
  const db = createTestDb();
  await db.orgUnits.bulkAdd([
    unit('110105001', '某街道', 'street', '110105', STREET),
    unit(A, '甲社区', 'community', '110105001', `${STREET}/${A}`),
    unit(B, '乙社区', 'community', '110105001', `${STREET}/${B}`),
  ]);
  await db.places.bulkAdd([
    place('1', A, { workerId: 'w', lastVisitOn: '2026-04-01' }),
    place('2', A),
    place('3', B, { workerId: 'w' }),
  ]);
  await db.tickets.bulkAdd([
    ticket('t1', A),
    ticket('t2', A, { contactedAt: '2026-03-05T10:00:00+08:00' }),
    // Received in the second half: not this round's.
    ticket('t3', B, { receivedAt: '2026-07-02T09:00:00+08:00' }),
  ]);
  await db.committeeExemptions.add({
    id: 'x',
    orgPath: `${STREET}/${B}`,
    reason: '小社区',
    since: '2025-01-01',
  });
  const round = await saveRound(
    db,
    {
      name: '2026年上半年社区考核',
      year: 2026,
      period: 'firstHalf',
      indicators: defaultIndicators('firstHalf', '街道评价'),
    },
    STREET,
    street,
  );
  return { db, round };
}

describe('computing a round', () => {
  it('fills each community’s indicators from its records in the period', async () => {
    const { db, round } = await setUp();
    const steps = new Set<string>();
    const result = await computeRound(db, round, { report: (_, step) => steps.add(step) });
    const a = result.communities.find((c) => c.code === A)!;
    const b = result.communities.find((c) => c.code === B)!;
    expect(a.results.placeCoverage).toMatchObject({ numerator: 1, denominator: 2, score: 50 });
    expect(a.results.visitCoverage).toMatchObject({ numerator: 1, denominator: 2 });
    expect(a.results.ticketResponse).toMatchObject({ numerator: 1, denominator: 2, score: 50 });
    expect(b.results.ticketResponse).toMatchObject({ value: null, note: 'noData' });
    expect(b.results.committeeActivity).toMatchObject({ note: 'exempt', score: null });
    expect(a.results.committeeActivity).toMatchObject({ numerator: 0, denominator: 6, score: 0 });
    expect(a.results.manual).toMatchObject({ note: 'notEntered' });
    expect(
      result.data
        .get(A)!
        .tickets.map((t) => t.id)
        .sort(),
    ).toEqual(['t1', 't2']);
    expect([...steps]).toEqual(['read', 'tickets', 'compute']);
  });

  it("scores satisfaction with the street's rate rules, or its district's above the round's scope", async () => {
    const { db, round } = await setUp();
    await db.tickets.bulkAdd([
      ticket('s1', B, { satisfaction: 'basicallySatisfied' }),
      ticket('s2', B, { satisfaction: 'satisfied' }),
    ]);
    const weights = { response: 10, resolution: 45, satisfaction: 45 };
    const satisfactionOfB = async () =>
      (await computeRound(db, round)).communities.find((c) => c.code === B)!.results.ticketSatisfaction!
        .value;
    await db.orgUnits.add({
      ...unit('110105', '某区', 'district', '110000', '110105'),
      rateRules: { weights, points: { satisfied: 1, basicallySatisfied: 0.6, dissatisfied: 0 } },
    });
    expect(await satisfactionOfB()).toBeCloseTo(0.8);
    await db.orgUnits.update('u110105001', {
      rateRules: { weights, points: { satisfied: 1, basicallySatisfied: 0.5, dissatisfied: 0 } },
    });
    expect(await satisfactionOfB()).toBeCloseTo(0.75);
  });

  it('stops when cancelled', async () => {
    const { db, round } = await setUp();
    const controller = new AbortController();
    controller.abort();
    await expect(computeRound(db, round, { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});

describe('scores, review and publishing', () => {
  it('needs a reason for an entered score, and only the street enters them', async () => {
    const { db, round } = await setUp();
    const target = { communityCode: A, communityPath: `${STREET}/${A}`, indicatorId: 'manual' };
    await expect(saveScore(db, round, target, { score: 90, reason: ' ' }, street)).rejects.toBeInstanceOf(
      InputError,
    );
    await expect(
      saveScore(db, round, target, { score: 90, reason: '台账齐全' }, field),
    ).rejects.toBeInstanceOf(RefusedError);
    await saveScore(db, round, target, { score: 80, reason: '初评' }, street);
    await saveScore(db, round, target, { score: 90, reason: '台账齐全' }, street);
    expect(await db.assessmentScores.count()).toBe(1);
    const computed = await computeRound(db, round);
    expect(computed.communities.find((c) => c.code === A)!.results.manual).toMatchObject({
      score: 90,
      reason: '台账齐全',
    });
  });

  it('publishes only from review, freezes the results, and refuses every change after', async () => {
    const { db, round } = await setUp();
    await expect(publishRound(db, round, street)).rejects.toBeInstanceOf(RefusedError);
    const reviewed = await moveRound(db, round.id, 'review', street);
    const published = await publishRound(db, reviewed, street);
    expect(published.status).toBe('published');
    const frozenA = published.snapshot!.communities.find((c) => c.code === A)!;
    expect(frozenA.results.placeCoverage!.numerator).toBe(1);

    // Later data changes do not move it.
    await db.places.update('2', { workerId: 'w2' });
    const stored = (await db.assessmentRounds.get(round.id))!;
    expect(stored.snapshot!.communities.find((c) => c.code === A)!.results.placeCoverage!.numerator).toBe(1);

    const target = { communityCode: A, communityPath: `${STREET}/${A}`, indicatorId: 'manual' };
    await expect(saveScore(db, stored, target, { score: 1, reason: '改' }, street)).rejects.toMatchObject({
      key: 'errors.assessment.frozen',
    });
    await expect(
      saveRound(
        db,
        { name: '改', year: 2026, period: 'year', indicators: stored.indicators },
        STREET,
        street,
        round.id,
      ),
    ).rejects.toMatchObject({ key: 'errors.assessment.frozen' });
    await expect(moveRound(db, round.id, 'draft', street)).rejects.toMatchObject({
      key: 'errors.assessment.frozen',
    });
    await expect(deleteRound(db, stored, street)).rejects.toMatchObject({ key: 'errors.assessment.frozen' });
  });

  it('runs only at a street or district', async () => {
    const db = createTestDb();
    const input = {
      name: '考核',
      year: 2026,
      period: 'year',
      indicators: defaultIndicators('year', '街道评价'),
    };
    await expect(saveRound(db, input, `${STREET}/${A}`, street)).rejects.toMatchObject({
      key: 'errors.assessment.scopeStreet',
    });
  });
});
