import type { AssessmentScore } from '../model/assessment';
import type { Committee, CommitteeLog, ConsultationMeeting, ConsultationTopic } from '../model/governance';
import { COMMITTEE_KINDS } from '../model/governance';
import type { InfoSystem } from '../model/lists';
import type { Ticket, TicketRateRules } from '../model/ticket';
import { placeGaps, type CoveragePlace } from '../places/coverage';
import { ratesOf, isAssessed, respondedInTime, DEFAULT_RATE_RULES } from '../tickets/rates';
import { CITY_SYSTEM_LIMIT, cityLevelLoad } from '../access/info-systems';
import { inRange, type DateRange } from './period';

/**
 * The computed indicators of the community assessment, one pure function each, on one
 * community's records. Each says how it was computed: value, numerator, denominator, and the
 * ids of the records counted (`ids`) and of those in the denominator but not counted (`outIds`),
 * so a screen can show them and a link can list them.
 */
export interface Measure {
  /** A share 0–1 (or, for burden, the count); null when the denominator is empty. */
  value: number | null;
  numerator: number;
  denominator: number;
  ids: string[];
  outIds: string[];
  /** The records' table, for the link behind the figure. */
  table: 'places' | 'orgUnits' | 'tickets' | 'consultationTopics' | 'committees' | 'infoSystems';
  note?: 'exempt' | 'noData';
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

function measure(table: Measure['table'], ids: string[], outIds: string[], denominator?: number): Measure {
  const whole = denominator ?? ids.length + outIds.length;
  const value = share(ids.length, whole);
  return {
    value,
    numerator: ids.length,
    denominator: whole,
    ids,
    outIds,
    table,
    ...(value === null ? { note: 'noData' as const } : {}),
  };
}

/**
 * 包楼门院: coverage units (shared/places/coverage: a gate inherits its building's worker; a
 * building with registered gates counts through them) that have a covering worker.
 */
export function placeCoverage(places: readonly CoveragePlace[]): Measure {
  const gaps = placeGaps(places, new Map());
  const ids: string[] = [];
  const outIds: string[] = [];
  for (const [id, own] of gaps) (own.has('noWorker') ? outIds : ids).push(id);
  return measure('places', ids, outIds);
}

/** 包网格: the community's grids for which at least one community worker is responsible. */
export function gridCoverage(
  grids: readonly { id: string; code: string }[],
  workers: readonly { gridCode?: string }[],
): Measure {
  const covered = new Set(workers.map((w) => w.gridCode).filter((c) => c !== undefined));
  const ids: string[] = [];
  const outIds: string[] = [];
  for (const g of grids) (covered.has(g.code) ? ids : outIds).push(g.id);
  return measure('orgUnits', ids, outIds);
}

type RoundTicket = Pick<
  Ticket,
  'id' | 'state' | 'receivedAt' | 'contactedAt' | 'urgent' | 'resolution' | 'satisfaction' | 'excludedReason'
>;

/**
 * 接诉即办's three rates of the tickets received in the round (the caller filters by period),
 * by the one definition in shared/tickets/rates: 响应率, 解决率, 满意率. `rules` are the community's
 * street's (rateRulesFor), so the assessment scores a community as the rates screen does.
 */
export function ticketMeasures(
  tickets: readonly RoundTicket[],
  rules: Readonly<TicketRateRules> = DEFAULT_RATE_RULES,
): {
  response: Measure;
  resolution: Measure;
  satisfaction: Measure;
} {
  const rates = ratesOf(tickets, rules.weights, rules.points);
  const assessed = tickets.filter(isAssessed);
  const split = (counted: (t: RoundTicket) => boolean, among: readonly RoundTicket[]) => {
    const ids: string[] = [];
    const outIds: string[] = [];
    for (const t of among) (counted(t) ? ids : outIds).push(t.id);
    return { ids, outIds };
  };
  const response = split(respondedInTime, assessed);
  const visited = assessed.filter((t) => t.resolution !== undefined);
  const resolution = split((t) => t.resolution === 'resolved', visited);
  const rated = assessed.filter((t) => t.satisfaction !== undefined);
  const satisfied = split((t) => t.satisfaction === 'satisfied', rated);
  const withRate = (
    ids: { ids: string[]; outIds: string[] },
    value: number | null,
    num: number,
    den: number,
  ) => ({
    value,
    numerator: num,
    denominator: den,
    ...ids,
    table: 'tickets' as const,
    ...(value === null ? { note: 'noData' as const } : {}),
  });
  return {
    response: withRate(response, rates.responseRate, rates.responded, rates.assessed),
    resolution: withRate(resolution, rates.resolutionRate, rates.resolved, rates.visited),
    // Points, not heads: 基本满意 counts what the street's rules give it (0.8 by default).
    satisfaction: withRate(satisfied, rates.satisfactionRate, rates.satisfactionPoints, rates.rated),
  };
}

/**
 * Consultations held: the community's topics that met at least once in the period, against
 * the round's target number of topics.
 */
export function consultationsHeld(
  topics: readonly Pick<ConsultationTopic, 'id'>[],
  meetings: readonly Pick<ConsultationMeeting, 'topicId' | 'date'>[],
  range: DateRange,
  target: number,
): Measure {
  const met = new Set(meetings.filter((m) => inRange(m.date, range)).map((m) => m.topicId));
  const ids: string[] = [];
  const outIds: string[] = [];
  for (const t of topics) (met.has(t.id) ? ids : outIds).push(t.id);
  return { ...measure('consultationTopics', ids, outIds, Math.max(1, target)), outIds };
}

/**
 * Consultations carried out: of the topics decided at a meeting in the period (and not closed
 * without one), those whose decision was carried out (民事民办) by the end of the period.
 */
export function consultationsCarriedOut(
  topics: readonly Pick<ConsultationTopic, 'id' | 'carriedOut' | 'closed'>[],
  meetings: readonly Pick<ConsultationMeeting, 'topicId' | 'date' | 'decision'>[],
  range: DateRange,
): Measure {
  const decided = new Set(
    meetings.filter((m) => m.decision !== undefined && inRange(m.date, range)).map((m) => m.topicId),
  );
  const ids: string[] = [];
  const outIds: string[] = [];
  for (const t of topics) {
    if (!decided.has(t.id)) continue;
    if (t.carriedOut && t.carriedOut.on <= range.to) ids.push(t.id);
    else if (!t.closed) outIds.push(t.id);
  }
  return measure('consultationTopics', ids, outIds);
}

/**
 * Committees' activity: of the six committees, those with at least one log entry in the period.
 * A community that runs without committees (CommitteeExemption) is not penalised: it has no
 * value, and the total is weighed without this indicator.
 */
export function committeeActivity(
  committees: readonly Pick<Committee, 'id' | 'kind'>[],
  logs: readonly Pick<CommitteeLog, 'committeeId' | 'date'>[],
  range: DateRange,
  exempt: boolean,
): Measure {
  if (exempt)
    return {
      value: null,
      numerator: 0,
      denominator: 0,
      ids: [],
      outIds: [],
      table: 'committees',
      note: 'exempt',
    };
  const logged = new Set(logs.filter((l) => inRange(l.date, range)).map((l) => l.committeeId));
  const activeKinds = new Set<string>();
  const ids: string[] = [];
  const outIds: string[] = [];
  for (const c of committees) {
    if (logged.has(c.id)) {
      ids.push(c.id);
      activeKinds.add(c.kind);
    } else outIds.push(c.id);
  }
  // Out of the six the practice asks for: a missing committee counts as an inactive one.
  const m = measure('committees', ids, outIds, COMMITTEE_KINDS.length);
  return { ...m, numerator: activeKinds.size, value: activeKinds.size / COMMITTEE_KINDS.length };
}

/**
 * 入户走访覆盖率: coverage units (as placeCoverage) visited in the period, by `lastVisitOn`; a
 * gate visited through its building counts.
 */
export function visitCoverage(
  places: readonly (CoveragePlace & { lastVisitOn?: string })[],
  range: DateRange,
): Measure {
  const gaps = placeGaps(places, new Map());
  const byId = new Map(places.map((p) => [p.id, p]));
  const ids: string[] = [];
  const outIds: string[] = [];
  for (const id of gaps.keys()) {
    const p = byId.get(id)!;
    const parent = p.parentId ? byId.get(p.parentId) : undefined;
    (inRange(p.lastVisitOn, range) || inRange(parent?.lastVisitOn, range) ? ids : outIds).push(id);
  }
  return measure('places', ids, outIds);
}

/**
 * Burden (issue 3): the city-level systems the community fills, against the limit of 7, counted
 * by issue 3's one definition (cityLevelLoad: the same system registered twice counts once). The
 * value is the count; the score is full within the limit and falls in proportion beyond it.
 */
export function burden(systems: readonly InfoSystem[], communityCode: string): Measure {
  const count = cityLevelLoad(systems).get(communityCode)?.size ?? 0;
  const ids = systems
    .filter((s) => !s.deleted && s.level === 'city' && s.communityCodes.includes(communityCode))
    .map((s) => s.id);
  return {
    value: count,
    numerator: count,
    denominator: CITY_SYSTEM_LIMIT,
    ids,
    outIds: [],
    table: 'infoSystems',
  };
}

export const burdenScore = (count: number) =>
  count <= CITY_SYSTEM_LIMIT ? 100 : (100 * CITY_SYSTEM_LIMIT) / count;

/** An entered score (residents' satisfaction, a manual item): as entered, with its reason. */
export function entered(score: Pick<AssessmentScore, 'score' | 'reason'> | undefined) {
  return score
    ? { value: score.score / 100, score: score.score, reason: score.reason }
    : { value: null, score: null, note: 'notEntered' as const };
}
