import { describe, expect, it } from 'vitest';
import { validateRound, validateScore } from '../assessment/round';
import { generateStreetAssessment, lastEndedHalf } from './assessment';

const street = { orgPath: '110105/110105021' };
const communities = [
  { code: '110105021001', orgPath: '110105/110105021/110105021001' },
  { code: '110105021002', orgPath: '110105/110105021/110105021002' },
];

describe('the demo street’s assessment round', () => {
  it('takes the last half-year that has ended by the demo’s day', () => {
    expect(lastEndedHalf('2026-12-03')).toEqual({ year: 2026, period: 'firstHalf' });
    expect(lastEndedHalf('2026-07-01')).toEqual({ year: 2026, period: 'firstHalf' });
    expect(lastEndedHalf('2026-06-30')).toEqual({ year: 2025, period: 'secondHalf' });
    expect(lastEndedHalf('2027-01-15')).toEqual({ year: 2026, period: 'secondHalf' });
  });

  it('is a valid draft with a score and a reason for each community on the entered indicators', () => {
    const demo = generateStreetAssessment(7, street, communities, '2026-12-03', '街道综合评价');
    expect(demo.round).toMatchObject({
      name: '2026年上半年社区考核',
      status: 'draft',
      orgPath: street.orgPath,
    });
    expect(validateRound(demo.round)).toEqual({ ok: true, value: expect.anything() });
    expect(demo.scores).toHaveLength(4);
    for (const s of demo.scores) {
      expect(validateScore(s).ok).toBe(true);
      expect(demo.round.indicators.some((i) => i.id === s.indicatorId)).toBe(true);
    }
    const survey = demo.scores.find((s) => s.indicatorId === 'residentSatisfaction')!;
    const [, asked, satisfied] = /抽样 (\d+) 户，满意 (\d+) 户/.exec(survey.reason)!.map(Number);
    expect(survey.score).toBeCloseTo((satisfied! / asked!) * 100, 1);
  });

  it('comes out the same from the same seed', () => {
    const a = generateStreetAssessment(7, street, communities, '2026-12-03', 'x');
    expect(generateStreetAssessment(7, street, communities, '2026-12-03', 'x')).toEqual(a);
    expect(generateStreetAssessment(8, street, communities, '2026-12-03', 'x')).not.toEqual(a);
  });
});
