import { describe, expect, it } from 'vitest';
import type { AssessmentScore, CommunityResult } from '../model/assessment';
import type { Committee, CommitteeLog, ConsultationMeeting, ConsultationTopic } from '../model/governance';
import type { InfoSystem } from '../model/lists';
import type { Ticket } from '../model/ticket';
import type { CoveragePlace } from '../places/coverage';
import {
  burden,
  committeeActivity,
  consultationsCarriedOut,
  consultationsHeld,
  entered,
  gridCoverage,
  placeCoverage,
  ticketMeasures,
  visitCoverage,
} from './indicators';
import { ratesOf } from '../tickets/rates';
import { periodRange, instantInRange } from './period';
import {
  assessCommunity,
  defaultIndicators,
  rankCommunities,
  validateRound,
  validateScore,
  weightedTotal,
  type CommunityData,
} from './round';

const C = '110105/110105001/110105001001';
const H1 = periodRange(2026, 'firstHalf');

const place = (id: string, extra: Partial<CoveragePlace & { lastVisitOn: string }> = {}) => ({
  id,
  orgPath: C,
  type: 'courtyard' as const,
  households: 10,
  servicePointIds: [],
  hasHead: true,
  ...extra,
});

const ticket = (id: string, extra: Partial<Ticket> = {}): Ticket => ({
  id,
  orgPath: C,
  number: id,
  source: 'hotline',
  kind: 'complaint',
  content: '漏水',
  address: '某院',
  receivedAt: '2026-03-02T09:00:00+08:00',
  urgent: false,
  state: 'closed',
  linkStatus: 'linked',
  ...extra,
});

describe('periods', () => {
  it('gives the days of a year and of each half, and reads an instant by its Beijing day', () => {
    expect(periodRange(2026, 'year')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodRange(2026, 'secondHalf')).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    // 30 June 20:00 UTC is 1 July in Beijing: the second half's.
    expect(instantInRange('2026-06-30T20:00:00Z', H1)).toBe(false);
    expect(instantInRange('2026-06-30T15:00:00Z', H1)).toBe(true);
  });
});

describe('place coverage (包楼门院)', () => {
  it('counts coverage units with a worker; gates inherit their building’s, a gated building counts through its gates', () => {
    const m = placeCoverage([
      place('a', { workerId: 'w1' }),
      place('b'),
      place('bldg', { type: 'building', workerId: 'w2' }),
      place('g1', { type: 'gate', parentId: 'bldg' }),
      place('g2', { type: 'gate', parentId: 'bldg' }),
    ]);
    expect(m).toMatchObject({ numerator: 3, denominator: 4, value: 0.75, table: 'places' });
    expect(m.outIds).toEqual(['b']);
    expect(m.ids.sort()).toEqual(['a', 'g1', 'g2']);
  });

  it('has no value without places', () => {
    expect(placeCoverage([])).toMatchObject({ value: null, note: 'noData', denominator: 0 });
  });
});

describe('grid coverage (包网格)', () => {
  it('counts grids some worker is responsible for', () => {
    const grids = [
      { id: 'g1', code: '110105001001001' },
      { id: 'g2', code: '110105001001002' },
      { id: 'g3', code: '110105001001003' },
    ];
    const m = gridCoverage(grids, [{ gridCode: '110105001001001' }, { gridCode: '110105001001001' }, {}]);
    expect(m).toMatchObject({ numerator: 1, denominator: 3, ids: ['g1'], outIds: ['g2', 'g3'] });
    expect(m.value).toBeCloseTo(1 / 3);
  });
});

describe('接诉即办 rates', () => {
  it('uses the rates of shared/tickets: response in 24 h, resolution at 回访, satisfaction in points', () => {
    const m = ticketMeasures([
      ticket('t1', {
        contactedAt: '2026-03-02T10:00:00+08:00',
        resolution: 'resolved',
        satisfaction: 'satisfied',
      }),
      ticket('t2', {
        contactedAt: '2026-03-04T10:00:00+08:00',
        resolution: 'unresolved',
        satisfaction: 'basicallySatisfied',
      }),
      ticket('t3', { contactedAt: '2026-03-02T09:30:00+08:00' }),
      ticket('t4', { state: 'returned', contactedAt: '2026-03-02T09:30:00+08:00' }),
      ticket('t5', { excludedReason: '重复', resolution: 'resolved' }),
    ]);
    expect(m.response).toMatchObject({ numerator: 2, denominator: 3, ids: ['t1', 't3'], outIds: ['t2'] });
    expect(m.resolution).toMatchObject({ numerator: 1, denominator: 2, value: 0.5 });
    expect(m.satisfaction.numerator).toBeCloseTo(1.8);
    expect(m.satisfaction).toMatchObject({ denominator: 2, ids: ['t1'], outIds: ['t2'] });
    expect(m.satisfaction.value).toBeCloseTo(0.9);
  });

  it("scores satisfaction with the street's own points, as the rates screen does", () => {
    const rated = [
      ticket('t1', { satisfaction: 'satisfied' }),
      ticket('t2', { satisfaction: 'basicallySatisfied' }),
      ticket('t3', { satisfaction: 'dissatisfied' }),
    ];
    const rules = {
      weights: { response: 20, resolution: 40, satisfaction: 40 },
      points: { satisfied: 1, basicallySatisfied: 0.5, dissatisfied: 0.1 },
    };
    const m = ticketMeasures(rated, rules);
    expect(m.satisfaction.numerator).toBeCloseTo(1.6);
    expect(m.satisfaction.value).toBeCloseTo(ratesOf(rated, rules.weights, rules.points).satisfactionRate!);
  });

  it('has no rate without tickets', () => {
    expect(ticketMeasures([]).response).toMatchObject({ value: null, note: 'noData' });
  });
});

const topic = (id: string, extra: Partial<ConsultationTopic> = {}): ConsultationTopic => ({
  id,
  orgPath: C,
  title: id,
  source: 'residents',
  raisedOn: '2026-02-01',
  step: 'discuss',
  level: 'community',
  escalations: [],
  ticketIds: [],
  placeIds: [],
  ...extra,
});
const meeting = (topicId: string, date: string, decided = false): ConsultationMeeting => ({
  id: `${topicId}-${date}`,
  orgPath: C,
  topicId,
  date,
  venue: '议事厅',
  level: 'community',
  participants: {},
  options: [],
  ...(decided
    ? {
        decision: {
          text: '加装',
          votesFor: 9,
          votesAgainst: 1,
          abstentions: 0,
          carriedOutBy: '物业',
          dueOn: '2026-05-01',
        },
      }
    : {}),
});

describe('consultations held', () => {
  it('counts topics that met in the period against the target, meeting twice counting once', () => {
    const topics = [topic('a'), topic('b'), topic('c')];
    const meetings = [meeting('a', '2026-03-01'), meeting('a', '2026-04-01'), meeting('b', '2026-08-01')];
    const m = consultationsHeld(topics, meetings, H1, 2);
    expect(m).toMatchObject({ numerator: 1, denominator: 2, value: 0.5, ids: ['a'] });
    expect(m.outIds).toEqual(['b', 'c']);
  });
});

describe('consultations carried out', () => {
  it('of topics decided in the period, those carried out by its end; closed ones leave the denominator', () => {
    const topics = [
      topic('a', { carriedOut: { on: '2026-05-01', summary: '已加装' } }),
      topic('b'),
      topic('c', { closed: { on: '2026-05-01', reason: '撤回' } }),
      topic('d', { carriedOut: { on: '2026-09-01', summary: '晚了' } }),
      topic('e', { carriedOut: { on: '2026-03-01', summary: '未决而办' } }),
    ];
    const meetings = [
      meeting('a', '2026-03-01', true),
      meeting('b', '2026-03-01', true),
      meeting('c', '2026-03-01', true),
      meeting('d', '2026-03-01', true),
      meeting('e', '2026-03-01', false),
    ];
    const m = consultationsCarriedOut(topics, meetings, H1);
    expect(m).toMatchObject({ numerator: 1, denominator: 3, ids: ['a'], outIds: ['b', 'd'] });
  });
});

const committee = (id: string, kind: Committee['kind']): Committee => ({ id, orgPath: C, kind, members: [] });
const log = (committeeId: string, date: string): CommitteeLog => ({
  id: `${committeeId}-${date}`,
  orgPath: C,
  committeeId,
  date,
  kind: 'activity',
  summary: '活动',
});

describe('committees’ activity', () => {
  it('counts committees with a log in the period out of the six', () => {
    const committees = [
      committee('k1', 'welfare'),
      committee('k2', 'property'),
      committee('k3', 'publicHealth'),
    ];
    const m = committeeActivity(committees, [log('k1', '2026-02-01'), log('k2', '2026-07-02')], H1, false);
    expect(m).toMatchObject({ numerator: 1, denominator: 6, ids: ['k1'], outIds: ['k2', 'k3'] });
    expect(m.value).toBeCloseTo(1 / 6);
  });

  it('does not penalise a community that runs without committees', () => {
    expect(committeeActivity([], [], H1, true)).toMatchObject({ value: null, note: 'exempt' });
  });
});

describe('visit coverage (入户走访覆盖率)', () => {
  it('counts coverage units whose last visit falls in the period, gates through their building', () => {
    const m = visitCoverage(
      [
        place('a', { lastVisitOn: '2026-04-01' }),
        place('b', { lastVisitOn: '2025-12-31' }),
        place('c'),
        place('bldg', { type: 'building', lastVisitOn: '2026-06-30' }),
        place('g1', { type: 'gate', parentId: 'bldg' }),
      ],
      H1,
    );
    expect(m).toMatchObject({ numerator: 2, denominator: 4 });
    expect(m.ids.sort()).toEqual(['a', 'g1']);
  });
});

describe('burden (issue 3: within 7 city-level systems)', () => {
  const system = (
    id: string,
    name: string,
    level: InfoSystem['level'] = 'city',
    codes = ['110105001001'],
  ) => ({
    id,
    orgPath: '110105/110105001',
    name,
    owner: '市局',
    level,
    communityCodes: codes,
  });
  it('counts city-level systems once by name, and scores full within the limit', () => {
    const systems: InfoSystem[] = [
      system('s1', '人口系统'),
      system('s2', '人口系统 '),
      system('s3', '街道台账', 'street'),
      system('s4', '党建系统', 'city', ['110105001002']),
    ];
    const m = burden(systems, '110105001001');
    expect(m).toMatchObject({ value: 1, numerator: 1, denominator: 7, ids: ['s1', 's2'] });
  });
  it('scores in proportion beyond the limit', () => {
    const systems = Array.from({ length: 10 }, (_, i) => system(`s${i}`, `系统${i}`));
    const data = community({ systems });
    const round = {
      year: 2026,
      period: 'firstHalf' as const,
      indicators: [{ id: 'b', kind: 'burden' as const, weight: 1 }],
    };
    expect(assessCommunity(round, data).results.b).toMatchObject({ value: 10, score: 70 });
  });
});

describe('entered scores (residents’ satisfaction, manual items)', () => {
  it('keep the score and its reason; a missing one says so', () => {
    expect(entered({ score: 88, reason: '问卷 200 份' })).toEqual({
      value: 0.88,
      score: 88,
      reason: '问卷 200 份',
    });
    expect(entered(undefined)).toEqual({ value: null, score: null, note: 'notEntered' });
  });
});

function community(extra: Partial<CommunityData> = {}): CommunityData {
  return {
    code: '110105001001',
    name: '甲社区',
    places: [],
    grids: [],
    workers: [],
    tickets: [],
    topics: [],
    meetings: [],
    committees: [],
    logs: [],
    exempt: false,
    systems: [],
    scores: new Map(),
    ...extra,
  };
}

describe('a community’s total and the ranking', () => {
  it('weighs the indicators that have a score; an exempt community is weighed without committees', () => {
    const round = {
      year: 2026,
      period: 'firstHalf' as const,
      indicators: [
        { id: 'p', kind: 'placeCoverage' as const, weight: 30 },
        { id: 'k', kind: 'committeeActivity' as const, weight: 20 },
        { id: 'm', kind: 'manual' as const, weight: 50, name: '垃圾分类' },
      ],
    };
    const score: AssessmentScore = {
      id: 's',
      orgPath: C,
      roundId: 'r',
      communityCode: '110105001001',
      indicatorId: 'm',
      score: 60,
      reason: '检查 3 次，1 次不合格',
      enteredAt: '2026-07-01T00:00:00Z',
    };
    const places = [place('a', { workerId: 'w' }), place('b')];
    const exempt = assessCommunity(
      round,
      community({ places, exempt: true, scores: new Map([['m', score]]) }),
    );
    expect(exempt.results.k).toMatchObject({ score: null, note: 'exempt' });
    expect(exempt.results.m).toMatchObject({ score: 60, reason: '检查 3 次，1 次不合格' });
    // (30 × 50 + 50 × 60) / 80
    expect(exempt.total).toBeCloseTo(56.25);
    const notExempt = assessCommunity(round, community({ places, scores: new Map([['m', score]]) }));
    // The six committees are missing: 0 of 6, which counts.
    expect(notExempt.total).toBeCloseTo((30 * 50 + 20 * 0 + 50 * 60) / 100);
  });

  it('has no total when nothing has a score', () => {
    expect(weightedTotal([{ id: 'x', kind: 'manual', weight: 1, name: 'x' }], {})).toBeNull();
  });

  it('ranks best first, ties share a rank, no total comes last', () => {
    const row = (code: string, total: number | null): CommunityResult => ({
      code,
      name: code,
      results: {},
      total,
      rank: null,
    });
    const ranked = rankCommunities([row('c', 80), row('a', null), row('b', 90), row('d', 80), row('e', 70)]);
    expect(ranked.map((r) => [r.code, r.rank])).toEqual([
      ['b', 1],
      ['c', 2],
      ['d', 2],
      ['e', 4],
      ['a', null],
    ]);
  });
});

describe('checks of what the street enters', () => {
  it('accepts the default round and refuses bad weights, a nameless manual item, a doubled indicator', () => {
    const indicators = defaultIndicators('firstHalf', '街道综合评价');
    expect(indicators.reduce((s, i) => s + i.weight, 0)).toBe(100);
    expect(validateRound({ name: '2026年上半年', year: 2026, period: 'firstHalf', indicators }).ok).toBe(
      true,
    );
    const bad = validateRound({
      name: ' ',
      year: 2026,
      period: 'quarter',
      indicators: [
        { kind: 'burden', weight: 0 },
        { kind: 'burden', weight: 5 },
        { kind: 'manual', weight: 5, name: '' },
      ],
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.issues.map((i) => i.code)).toEqual([
        'assessment.nameRequired',
        'assessment.period',
        'assessment.weight',
        'assessment.duplicateKind',
        'assessment.manualName',
      ]);
  });

  it('requires a reason and a score of 0–100', () => {
    expect(validateScore({ score: 85, reason: '满意度调查' })).toEqual({
      ok: true,
      value: { score: 85, reason: '满意度调查' },
    });
    const bad = validateScore({ score: 101, reason: '  ' });
    expect(bad.ok ? [] : bad.issues.map((i) => i.code)).toEqual([
      'assessment.scoreRange',
      'assessment.reasonRequired',
    ]);
  });
});
