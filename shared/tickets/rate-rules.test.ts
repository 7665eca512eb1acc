import { describe, expect, it } from 'vitest';
import type { TicketRateRules } from '../model/ticket';
import { checkRateRules, rateRulesFor } from './rate-rules';
import { DEFAULT_RATE_RULES, ratesOf } from './rates';

const STREET_RULES: TicketRateRules = {
  weights: { response: 20, resolution: 40, satisfaction: 40 },
  points: { satisfied: 1, basicallySatisfied: 0.6, dissatisfied: 0 },
};
const DISTRICT_RULES: TicketRateRules = {
  weights: { response: 0, resolution: 50, satisfaction: 50 },
  points: { satisfied: 1, basicallySatisfied: 0.8, dissatisfied: 0 },
};

describe('rateRulesFor', () => {
  const units = new Map<string, { rateRules?: TicketRateRules }>([
    ['110105', { rateRules: DISTRICT_RULES }],
    ['110105021', { rateRules: STREET_RULES }],
    ['110105022', {}],
  ]);
  const unitOf = (code: string) => units.get(code);

  it('takes the nearest unit at or above the scope that set its own', () => {
    expect(rateRulesFor('110105/110105021/110105021001', unitOf)).toBe(STREET_RULES);
    expect(rateRulesFor('110105/110105021', unitOf)).toBe(STREET_RULES);
    expect(rateRulesFor('110105/110105022/110105022003', unitOf)).toBe(DISTRICT_RULES);
    expect(rateRulesFor('110105', unitOf)).toBe(DISTRICT_RULES);
  });

  it('falls back to the default for the city and for a district without its own', () => {
    expect(rateRulesFor('', unitOf)).toBe(DEFAULT_RATE_RULES);
    expect(rateRulesFor('110108/110108001', unitOf)).toBe(DEFAULT_RATE_RULES);
  });

  it('changes the score the rates give, not the rates', () => {
    const tickets = [
      {
        state: 'closed',
        receivedAt: '2026-11-02T01:00:00Z',
        contactedAt: '2026-11-02T02:00:00Z',
        urgent: false,
        resolution: 'resolved',
        satisfaction: 'basicallySatisfied',
      },
      {
        state: 'closed',
        receivedAt: '2026-11-03T01:00:00Z',
        urgent: false,
        resolution: 'unresolved',
        satisfaction: 'satisfied',
      },
    ] as const;
    const byDefault = ratesOf(tickets, DEFAULT_RATE_RULES.weights, DEFAULT_RATE_RULES.points);
    const byStreet = ratesOf(tickets, STREET_RULES.weights, STREET_RULES.points);
    expect(byDefault.responseRate).toBe(0.5);
    expect(byStreet.responseRate).toBe(0.5);
    // Default: 10·0.5 + 45·0.5 + 45·0.9 = 68; the street's: 20·0.5 + 40·0.5 + 40·0.8 = 62.
    expect(byDefault.score).toBeCloseTo(68, 6);
    expect(byStreet.score).toBeCloseTo(62, 6);
  });
});

describe('checkRateRules', () => {
  it('accepts the default and a street’s own', () => {
    expect(checkRateRules(DEFAULT_RATE_RULES)).toEqual([]);
    expect(checkRateRules(STREET_RULES)).toEqual([]);
  });

  it('names what is wrong', () => {
    const w = (response: number, resolution: number, satisfaction: number) => ({
      ...STREET_RULES,
      weights: { response, resolution, satisfaction },
    });
    expect(checkRateRules(w(10, 45, 40))).toEqual(['tickets.rateRules.weightsSum']);
    expect(checkRateRules(w(10.5, 44.5, 45))).toEqual(['tickets.rateRules.weightNotWhole']);
    expect(checkRateRules(w(-10, 65, 45))).toEqual(['tickets.rateRules.weightNotWhole']);
    const p = (satisfied: number, basicallySatisfied: number, dissatisfied: number) => ({
      ...STREET_RULES,
      points: { satisfied, basicallySatisfied, dissatisfied },
    });
    expect(checkRateRules(p(1, 1.2, 0))).toEqual(['tickets.rateRules.pointOutOfRange']);
    expect(checkRateRules(p(0.8, 1, 0))).toEqual(['tickets.rateRules.pointsOrder']);
    expect(checkRateRules(p(Number.NaN, 0.5, 0))).toEqual(['tickets.rateRules.pointOutOfRange']);
  });
});
