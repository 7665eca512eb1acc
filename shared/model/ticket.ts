import type { SyncedRecord } from './record';

/** 诉求类型 of the 12345 platform. */
export type TicketKind = 'consultation' | 'help' | 'complaint' | 'report' | 'suggestion';
export const TICKET_KINDS: readonly TicketKind[] = [
  'consultation',
  'help',
  'complaint',
  'report',
  'suggestion',
];

/** Where a ticket came from: the 12345 dispatch, a worker's own finding (主动治理), or 未诉先办. */
export type TicketSource = 'hotline' | 'proactive' | 'beforeCall';
export const TICKET_SOURCES: readonly TicketSource[] = ['hotline', 'proactive', 'beforeCall'];

/**
 * The main line 签收 → 联系诉求人 → 办理中 → 反馈 → 回访 → 办结, and the side states: 退单/改派
 * (returned: the duty is a department's), 延期 (extended, after approval). 督办 and 不纳入考核 are
 * marks on a ticket, not states: a supervised ticket is still being handled.
 */
export type TicketState =
  'received' | 'accepted' | 'contacted' | 'handling' | 'answered' | 'visited' | 'closed' | 'returned';
export const TICKET_STATES: readonly TicketState[] = [
  'received',
  'accepted',
  'contacted',
  'handling',
  'answered',
  'visited',
  'closed',
  'returned',
];

/** The caller's verdict at 回访. */
export type TicketResolution = 'resolved' | 'unresolved';
export type TicketSatisfaction = 'satisfied' | 'basicallySatisfied' | 'dissatisfied';
export const TICKET_SATISFACTIONS: readonly TicketSatisfaction[] = [
  'satisfied',
  'basicallySatisfied',
  'dissatisfied',
];

/** How the free-text address was tied to the 楼门院 registry. */
export type TicketLinkStatus = 'linked' | 'ambiguous' | 'unregistered' | 'vague';

/**
 * 12345 工单 held by a street. `orgPath` is the community (or grid) of its place once located,
 * else the street. Steps taken on it are separate records (`TicketStep`), so two offices acting on
 * one ticket while offline both keep their step.
 */
export interface Ticket extends SyncedRecord {
  /** 工单编号; the key that makes a re-import update rather than duplicate. */
  number: string;
  source: TicketSource;
  kind: TicketKind;
  /** 问题分类 as the platform words it. */
  category?: string;
  content: string;
  address: string;
  /** 受理时间, ISO with offset. */
  receivedAt: string;
  /** 办理时限 as the file gives it (ISO), when it gives one; otherwise the rule's. */
  dueAt?: string;
  urgent: boolean;
  /** 诉求人 and 联系电话: personal data, masked on screen. */
  callerName?: string;
  callerPhone?: string;
  state: TicketState;
  placeId?: string;
  linkStatus: TicketLinkStatus;
  /** Place ids a person may pick from when the address did not link on its own. */
  candidateIds?: string[];
  /** Time the caller was first contacted (响应). */
  contactedAt?: string;
  resolution?: TicketResolution;
  satisfaction?: TicketSatisfaction;
  /** 不纳入考核, with the reason. */
  excludedReason?: string;
  /** 督办 mark. */
  supervised?: boolean;
  /**
   * 疑难复杂, as the street found it (with the reason in its step): its deadline follows the
   * complex rule (15 working days by default) unless the file or an extension set one.
   */
  complex?: boolean;
  /** The duty-list item it falls under, when classified. */
  listItemId?: string;
  /** The 派遣 assignment handling it, when it became one. */
  assignmentId?: string;
  /** The burden complaint it is, when 减负投诉 came in through 12345. */
  burdenComplaintId?: string;
  closedAt?: string;
}

export type TicketAction =
  | 'accept'
  | 'contact'
  | 'handle'
  | 'answer'
  | 'visit'
  | 'close'
  | 'return'
  | 'extend'
  | 'supervise'
  | 'exclude'
  | 'markComplex'
  | 'note';

/** One step taken on a ticket: who did what, when, and why. */
export interface TicketStep extends SyncedRecord {
  ticketId: string;
  action: TicketAction;
  at: string;
  by?: string;
  note?: string;
  /** For 延期: the new deadline; for 回访: the caller's verdict. */
  dueAt?: string;
  resolution?: TicketResolution;
  satisfaction?: TicketSatisfaction;
}

/** How the three rates weigh into the score, and what each 满意度 answer is worth (issue 12). */
export interface TicketRateRules {
  /** Whole numbers that add up to 100 (DOMAIN.md quotes 10/45/45, unconfirmed). */
  weights: { response: number; resolution: number; satisfaction: number };
  /** Points 0–1 per answer; 满意 ≥ 基本满意 ≥ 不满意. */
  points: Record<TicketSatisfaction, number>;
}

/**
 * How a deadline rule counts: clock hours, natural days, or working days on the street's calendar
 * (issue 3's 调休 arrangements). Stated per rule, because the standard mixes them (issue 12).
 */
export type DeadlineUnit = 'hours' | 'naturalDays' | 'workingDays';
export const DEADLINE_UNITS: readonly DeadlineUnit[] = ['hours', 'naturalDays', 'workingDays'];

/** The kinds of ticket the feedback deadlines distinguish (DOMAIN.md: urgent, utilities, general, complex). */
export type DeadlineRuleId = 'urgent' | 'utilities' | 'help' | 'general' | 'complex';
export const DEADLINE_RULE_IDS: readonly DeadlineRuleId[] = [
  'urgent',
  'utilities',
  'help',
  'general',
  'complex',
];

export interface DeadlineRule {
  /** Positive; whole when counted in days. */
  amount: number;
  unit: DeadlineUnit;
}

/** A street's (or district's) feedback deadlines, one rule per kind of ticket. */
export type TicketDeadlineRules = Record<DeadlineRuleId, DeadlineRule>;
