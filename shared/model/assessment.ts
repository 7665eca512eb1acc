import type { SyncedRecord } from './record';

/**
 * 社区考核 (issue 14, DOMAIN.md "residents' committees"): a street judges its communities once a
 * year or half-year on indicators it weighs itself. Most fill themselves from the data; the
 * residents' satisfaction survey and the street's own items are entered, each with a reason.
 */

export type AssessmentPeriod = 'year' | 'firstHalf' | 'secondHalf';
export const ASSESSMENT_PERIODS: readonly AssessmentPeriod[] = ['year', 'firstHalf', 'secondHalf'];

/** drafted → reviewed → published; published is frozen. */
export type RoundStatus = 'draft' | 'review' | 'published';
export const ROUND_STATUSES: readonly RoundStatus[] = ['draft', 'review', 'published'];

/** What an indicator measures: the computed ones by their source, then the entered ones. */
export type IndicatorKind =
  | 'placeCoverage'
  | 'gridCoverage'
  | 'ticketResponse'
  | 'ticketResolution'
  | 'ticketSatisfaction'
  | 'consultationsHeld'
  | 'consultationsCarriedOut'
  | 'committeeActivity'
  | 'visitCoverage'
  | 'burden'
  | 'residentSatisfaction'
  | 'manual';
export const INDICATOR_KINDS: readonly IndicatorKind[] = [
  'placeCoverage',
  'gridCoverage',
  'ticketResponse',
  'ticketResolution',
  'ticketSatisfaction',
  'consultationsHeld',
  'consultationsCarriedOut',
  'committeeActivity',
  'visitCoverage',
  'burden',
  'residentSatisfaction',
  'manual',
];

/** Indicators whose scores are entered per community, each with a reason. */
export const ENTERED_KINDS: readonly IndicatorKind[] = ['residentSatisfaction', 'manual'];

/** One indicator of a round: its weight (any positive number; the total divides by their sum). */
export interface AssessmentIndicator {
  /** Stable within the round; scores point at it. */
  id: string;
  kind: IndicatorKind;
  weight: number;
  /** The street's own name for a manual item (e.g. 垃圾分类); others are named by their kind. */
  name?: string;
  /** For consultationsHeld: topics a community should have met on in the period. */
  target?: number;
}

/** One computed or entered value, as the round shows and freezes it. */
export interface IndicatorResult {
  /** The indicator's own measure: a share 0–1, or a count for counts. */
  value: number | null;
  numerator: number;
  denominator: number;
  /** 0–100; null when there is nothing to judge (no tickets, not entered, exempt). */
  score: number | null;
  /** Why the score is null or special: `exempt` (runs without committees), `notEntered`, `noData`. */
  note?: 'exempt' | 'notEntered' | 'noData';
  /** The entered score's reason. */
  reason?: string;
}

export interface CommunityResult {
  code: string;
  name: string;
  /** By indicator id. */
  results: Record<string, IndicatorResult>;
  /** Weighted score 0–100 over the indicators that have a score; null when none has. */
  total: number | null;
  rank: number | null;
}

/** What publishing freezes: every community's values and scores as they stood. */
export interface RoundSnapshot {
  /** ISO time of the computation frozen. */
  computedAt: string;
  communities: CommunityResult[];
}

export interface AssessmentRound extends SyncedRecord {
  /** The round's name, e.g. 2026年上半年社区考核. */
  name: string;
  year: number;
  period: AssessmentPeriod;
  status: RoundStatus;
  indicators: AssessmentIndicator[];
  /** Each change of status, oldest first. */
  history: { status: RoundStatus; on: string; by?: string }[];
  /** Set when published: later data changes do not move it. */
  snapshot?: RoundSnapshot;
}

/**
 * An entered score of one community on one indicator of a round (residents' satisfaction or a
 * manual item). Its orgPath is the community's; the reason is required.
 */
export interface AssessmentScore extends SyncedRecord {
  roundId: string;
  communityCode: string;
  indicatorId: string;
  /** 0–100. */
  score: number;
  reason: string;
  /** ISO time it was entered. */
  enteredAt: string;
  enteredBy?: string;
}
