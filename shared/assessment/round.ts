import type {
  AssessmentIndicator,
  AssessmentPeriod,
  AssessmentRound,
  AssessmentScore,
  CommunityResult,
  IndicatorKind,
  IndicatorResult,
} from '../model/assessment';
import { ASSESSMENT_PERIODS, ENTERED_KINDS, INDICATOR_KINDS } from '../model/assessment';
import type { Committee, CommitteeLog, ConsultationMeeting, ConsultationTopic } from '../model/governance';
import type { InfoSystem } from '../model/lists';
import type { TicketRateRules } from '../model/ticket';
import type { TicketFacts } from '../tickets/facts';
import type { CoveragePlace } from '../places/coverage';
import type { Checked, Issue } from '../validation/issue';
import { cleanProse } from '../validation/text';
import {
  burden,
  burdenScore,
  committeeActivity,
  consultationsCarriedOut,
  consultationsHeld,
  entered,
  gridCoverage,
  placeCoverage,
  ticketMeasures,
  visitCoverage,
  type Measure,
} from './indicators';
import { periodRange } from './period';

/** Topics a community should have met on: 4 a year, 2 a half-year (the street may change it). */
export const defaultHeldTarget = (period: AssessmentPeriod) => (period === 'year' ? 4 : 2);

/**
 * The indicators a new round starts with, weights summing to 100. They are data: the street
 * edits them while the round is a draft.
 */
export function defaultIndicators(period: AssessmentPeriod, manualName: string): AssessmentIndicator[] {
  const weights: [IndicatorKind, number][] = [
    ['placeCoverage', 10],
    ['gridCoverage', 5],
    ['ticketResponse', 5],
    ['ticketResolution', 15],
    ['ticketSatisfaction', 15],
    ['consultationsHeld', 10],
    ['consultationsCarriedOut', 10],
    ['committeeActivity', 5],
    ['visitCoverage', 10],
    ['burden', 5],
    ['residentSatisfaction', 5],
    ['manual', 5],
  ];
  return weights.map(([kind, weight]) => ({
    id: kind,
    kind,
    weight,
    ...(kind === 'consultationsHeld' ? { target: defaultHeldTarget(period) } : {}),
    ...(kind === 'manual' ? { name: manualName } : {}),
  }));
}

/** One community's records for a round; tickets are those received in the round's period. */
export interface CommunityData {
  code: string;
  name: string;
  places: readonly (CoveragePlace & { lastVisitOn?: string })[];
  grids: readonly { id: string; code: string }[];
  workers: readonly { gridCode?: string }[];
  tickets: readonly TicketFacts[];
  /** The street's rate rules (rateRulesFor); the default when absent. */
  rateRules?: Readonly<TicketRateRules>;
  topics: readonly ConsultationTopic[];
  meetings: readonly ConsultationMeeting[];
  committees: readonly Committee[];
  logs: readonly CommitteeLog[];
  exempt: boolean;
  /** The info systems that list this community. */
  systems: readonly InfoSystem[];
  /** Entered scores of this community, by indicator id. */
  scores: ReadonlyMap<string, AssessmentScore>;
}

/** The score 0–100 an indicator's measure earns. */
export function scoreOf(indicator: AssessmentIndicator, m: Measure): number | null {
  if (m.value === null) return null;
  if (indicator.kind === 'burden') return burdenScore(m.value);
  // Meeting more topics than the target earns no more than full marks.
  return Math.min(1, m.value) * 100;
}

/** The measure of one computed indicator; undefined for the entered ones. */
export function measureOf(
  indicator: AssessmentIndicator,
  d: CommunityData,
  round: Pick<AssessmentRound, 'year' | 'period'>,
  tickets?: ReturnType<typeof ticketMeasures>,
): Measure | undefined {
  const range = periodRange(round.year, round.period);
  switch (indicator.kind) {
    case 'placeCoverage':
      return placeCoverage(d.places);
    case 'gridCoverage':
      return gridCoverage(d.grids, d.workers);
    case 'ticketResponse':
      return (tickets ?? ticketMeasures(d.tickets, d.rateRules)).response;
    case 'ticketResolution':
      return (tickets ?? ticketMeasures(d.tickets, d.rateRules)).resolution;
    case 'ticketSatisfaction':
      return (tickets ?? ticketMeasures(d.tickets, d.rateRules)).satisfaction;
    case 'consultationsHeld':
      return consultationsHeld(
        d.topics,
        d.meetings,
        range,
        indicator.target ?? defaultHeldTarget(round.period),
      );
    case 'consultationsCarriedOut':
      return consultationsCarriedOut(d.topics, d.meetings, range);
    case 'committeeActivity':
      return committeeActivity(d.committees, d.logs, range, d.exempt);
    case 'visitCoverage':
      return visitCoverage(d.places, range);
    case 'burden':
      return burden(d.systems, d.code);
    default:
      return undefined;
  }
}

/**
 * Weighted total 0–100 over the indicators that have a score: an indicator without one (no
 * tickets, not entered, a community exempt from committees) is left out and the others'
 * weights carry the total, so nothing is penalised for what it could not have.
 */
export function weightedTotal(
  indicators: readonly AssessmentIndicator[],
  results: Readonly<Record<string, IndicatorResult>>,
): number | null {
  let weight = 0;
  let sum = 0;
  for (const i of indicators) {
    const score = results[i.id]?.score;
    if (score === null || score === undefined) continue;
    weight += i.weight;
    sum += i.weight * score;
  }
  return weight > 0 ? sum / weight : null;
}

/** One community's results and total (rank is set by rankCommunities). */
export function assessCommunity(
  round: Pick<AssessmentRound, 'year' | 'period' | 'indicators'>,
  d: CommunityData,
): CommunityResult {
  const results: Record<string, IndicatorResult> = {};
  const tickets = round.indicators.some((i) => i.kind.startsWith('ticket'))
    ? ticketMeasures(d.tickets, d.rateRules)
    : undefined;
  for (const indicator of round.indicators) {
    if (ENTERED_KINDS.includes(indicator.kind)) {
      results[indicator.id] = enteredResult(d.scores.get(indicator.id));
      continue;
    }
    const m = measureOf(indicator, d, round, tickets)!;
    results[indicator.id] = {
      value: m.value,
      numerator: m.numerator,
      denominator: m.denominator,
      score: scoreOf(indicator, m),
      ...(m.note ? { note: m.note } : {}),
    };
  }
  return { code: d.code, name: d.name, results, total: weightedTotal(round.indicators, results), rank: null };
}

function enteredResult(score: AssessmentScore | undefined): IndicatorResult {
  const e = entered(score);
  return {
    value: e.value,
    numerator: e.score ?? 0,
    denominator: 100,
    score: e.score,
    ...('note' in e ? { note: e.note } : { reason: e.reason }),
  };
}

/**
 * The ranking: best total first; communities with the same total (to 0.01) share a rank, the
 * next rank skipping as in a sports table; those without a total come last, unranked.
 */
export function rankCommunities(rows: readonly CommunityResult[]): CommunityResult[] {
  const sorted = [...rows].sort((a, b) => (b.total ?? -1) - (a.total ?? -1) || a.code.localeCompare(b.code));
  let previous: number | null = null;
  let rank = 0;
  return sorted.map((row, i) => {
    if (row.total === null) return { ...row, rank: null };
    const rounded = Math.round(row.total * 100);
    if (rounded !== previous) rank = i + 1;
    previous = rounded;
    return { ...row, rank };
  });
}

// ---- Checks of what the street enters ------------------------------------------------------

export interface RoundInput {
  name: string;
  year: number;
  period: string;
  indicators: { id?: string; kind: string; weight: number; name?: string; target?: number }[];
}

/** Checks a round's definition: its name, period and indicators with positive weights. */
export function validateRound(
  input: RoundInput,
): Checked<Pick<AssessmentRound, 'name' | 'year' | 'period' | 'indicators'>> {
  const issues: Issue[] = [];
  const name = cleanProse(input.name);
  if (name === '') issues.push({ field: 'name', code: 'assessment.nameRequired' });
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
    issues.push({ field: 'year', code: 'assessment.year' });
  const period = ASSESSMENT_PERIODS.find((p) => p === input.period);
  if (!period) issues.push({ field: 'period', code: 'assessment.period' });
  if (input.indicators.length === 0) issues.push({ field: 'indicators', code: 'assessment.noIndicators' });
  const seen = new Set<string>();
  const indicators: AssessmentIndicator[] = [];
  input.indicators.forEach((raw, i) => {
    const kind = INDICATOR_KINDS.find((k) => k === raw.kind);
    const at = (f: string) => `indicators.${i}.${f}`;
    if (!kind) return issues.push({ field: at('kind'), code: 'assessment.kind' });
    if (kind !== 'manual' && seen.has(kind))
      issues.push({ field: at('kind'), code: 'assessment.duplicateKind' });
    seen.add(kind);
    if (!Number.isFinite(raw.weight) || raw.weight <= 0 || raw.weight > 100)
      issues.push({ field: at('weight'), code: 'assessment.weight' });
    const itemName = cleanProse(raw.name);
    if (kind === 'manual' && itemName === '')
      issues.push({ field: at('name'), code: 'assessment.manualName' });
    if (kind === 'consultationsHeld' && (!Number.isInteger(raw.target) || (raw.target ?? 0) < 1))
      issues.push({ field: at('target'), code: 'assessment.target' });
    indicators.push({
      id: raw.id || (kind === 'manual' ? `manual-${i + 1}` : kind),
      kind,
      weight: raw.weight,
      ...(kind === 'manual' ? { name: itemName } : {}),
      ...(kind === 'consultationsHeld' ? { target: raw.target } : {}),
    });
  });
  const doubled = issues.some((i) => i.code === 'assessment.duplicateKind');
  if (!doubled && new Set(indicators.map((i) => i.id)).size !== indicators.length)
    issues.push({ field: 'indicators', code: 'assessment.duplicateKind' });
  if (issues.length > 0 || !period) return { ok: false, issues };
  return { ok: true, value: { name, year: input.year, period, indicators } };
}

/** Checks an entered score: 0–100, and a reason, always. */
export function validateScore(input: { score: number | null | undefined; reason: string }): Checked<{
  score: number;
  reason: string;
}> {
  const issues: Issue[] = [];
  const reason = cleanProse(input.reason);
  const score = input.score;
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100)
    issues.push({ field: 'score', code: 'assessment.scoreRange' });
  if (reason === '') issues.push({ field: 'reason', code: 'assessment.reasonRequired' });
  if (issues.length > 0 || typeof score !== 'number') return { ok: false, issues };
  return { ok: true, value: { score, reason } };
}

/** The next status a round may move to, and back: draft ⇄ review → published (frozen). */
export const NEXT_STATUS = { draft: 'review', review: 'published' } as const;
export const isFrozen = (round: Pick<AssessmentRound, 'status'>) => round.status === 'published';
