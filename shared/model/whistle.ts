import type { SyncedRecord } from './record';

/**
 * 街乡吹哨、部门报到 (DOMAIN.md). A street — or a community through its street — summons the
 * departments it needs on site; each summoned department is a `WhistleCall` of its own, so two
 * offices recording different departments' arrivals while offline both keep theirs.
 */

/** The three situations the ordinance names: residents' problems, 综合执法, 应急处置. */
export type WhistleReason = 'residents' | 'enforcement' | 'emergency';
export const WHISTLE_REASONS: readonly WhistleReason[] = ['residents', 'enforcement', 'emergency'];

/** The four forms of 报到: enforcement staff, street cadres as 街巷长, party members, weekend clean-ups. */
export type ReportForm = 'enforcement' | 'laneChief' | 'party' | 'cleanup';
export const REPORT_FORMS: readonly ReportForm[] = ['enforcement', 'laneChief', 'party', 'cleanup'];

/** Who can be summoned: a district department, one of its stations (派出所, 执法队), or a public-service firm. */
export type ResponderKind = 'department' | 'station' | 'firm';
export const RESPONDER_KINDS: readonly ResponderKind[] = ['department', 'station', 'firm'];

/** A unit a street may summon, with the channel that reaches it. `orgPath` is the district or street that keeps it. */
export interface Responder extends SyncedRecord {
  name: string;
  kind: ResponderKind;
  /** 联系方式: a duty phone, a work group; how the summons goes out. */
  contact?: string;
}

export interface Whistle extends SyncedRecord {
  title: string;
  reason: WhistleReason;
  description?: string;
  /** Where: a place of the 楼门院 registry, or an address when it has none. */
  placeId?: string;
  address?: string;
  /** For 综合执法: the item of the 行政执法清单 it enforces. */
  enforcementItemId?: string;
  /** The tickets that led to it. */
  ticketIds: string[];
  /** Raised by a community through its street (its orgPath is then the community's). */
  byCommunity?: boolean;
  blownAt: string;
  blownBy?: string;
  /** Indexed, so the board reads the open events without reading the year. */
  state: 'open' | 'closed';
  /** Minutes the summoned have to report in (30 by default, set per reason). */
  reportWithinMin: number;
  closedAt?: string;
  closedBy?: string;
  outcome?: string;
  /** The tickets the event resolved: they moved on to 反馈 when it closed. */
  resolvedTicketIds?: string[];
}

/** The street's 评价 of a department on one event, each 1–5. */
export interface CallEvaluation {
  timeliness: number;
  attitude: number;
  result: number;
  note?: string;
  at: string;
  by?: string;
}

/** One department summoned to one event: its 报到, what it did, the street's evaluation and its answer. */
export interface WhistleCall extends SyncedRecord {
  whistleId: string;
  responderId: string;
  arrivedAt?: string;
  /** Who came, as the department gives it (names or a count). */
  people?: string;
  form?: ReportForm;
  /** What the department did (处置情况). */
  action?: string;
  evaluation?: CallEvaluation;
  /** The department's answer to the evaluation (双考核). */
  reply?: CallReply;
}

/**
 * A department's answer to its evaluation. `byDepartment` when the department wrote it through
 * its own login; absent when the street entered it on the department's behalf (代录) — as every
 * answer written before departments had logins was. The server holds each side to its mark.
 */
export interface CallReply {
  text: string;
  at: string;
  by?: string;
  byDepartment?: boolean;
}
