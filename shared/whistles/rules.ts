import { canWriteField, canWriteTable, ownsRecord, type Role, type SessionUser } from '../auth/roles';
import type { CallEvaluation, Whistle, WhistleCall, WhistleReason } from '../model/whistle';

/**
 * The rules of 报到: the deadline to report in, how each summoned department stands, and what
 * may be recorded when. The minutes per reason are data: the ordinance's 30 minutes for all
 * three situations, which a street may change for its own events.
 */
export const DEFAULT_REPORT_MINUTES: Readonly<Record<WhistleReason, number>> = {
  residents: 30,
  enforcement: 30,
  emergency: 30,
};

const MINUTE = 60_000;
/** A clock a few minutes fast on the recording computer is no reason to refuse an arrival. */
const FUTURE_SLACK_MS = 5 * MINUTE;

export function reportDeadline(whistle: Pick<Whistle, 'blownAt' | 'reportWithinMin'>): string {
  return new Date(deadlineMs(whistle)).toISOString();
}

/**
 * How a summoned department stands: `onTime` and `late` once it has reported in; before that
 * `waiting` until the deadline, `overdue` after it; `absent` when the event closed without it.
 */
export type CallStatus = 'onTime' | 'late' | 'waiting' | 'overdue' | 'absent';

export function callStatus(
  call: Pick<WhistleCall, 'arrivedAt'>,
  whistle: Pick<Whistle, 'blownAt' | 'reportWithinMin' | 'closedAt'>,
  now: number,
): CallStatus {
  return statusBy(call.arrivedAt, deadlineMs(whistle), Boolean(whistle.closedAt), now);
}

/** The instant the summoned must have reported in by, in ms. */
export function deadlineMs(
  whistle: Pick<Whistle, 'blownAt' | 'reportWithinMin'>,
  /** The whistle's time, when the caller parsed it already. */
  blownMs: number = Date.parse(whistle.blownAt),
): number {
  return blownMs + whistle.reportWithinMin * MINUTE;
}

/**
 * `callStatus` with the event's deadline worked out already: a year's overview classes some
 * 15,000 calls of 5,000 events, and parses each event's time once instead of once per call.
 */
export function statusBy(
  arrivedAt: string | undefined,
  deadline: number,
  closed: boolean,
  now: number,
): CallStatus {
  if (arrivedAt) return Date.parse(arrivedAt) <= deadline ? 'onTime' : 'late';
  if (closed) return 'absent';
  return now > deadline ? 'overdue' : 'waiting';
}

/** 事不完、人不撤: a department that reported in stays on site until the event is closed. */
export function onSite(call: Pick<WhistleCall, 'arrivedAt'>, whistle: Pick<Whistle, 'closedAt'>): boolean {
  return call.arrivedAt !== undefined && whistle.closedAt === undefined;
}

export type WhistleProblem =
  | 'whistles.closed'
  | 'whistles.arrivalBeforeWhistle'
  | 'whistles.arrivalInFuture'
  | 'whistles.notArrived'
  | 'whistles.resultMissing'
  | 'whistles.outcomeRequired'
  | 'whistles.evaluateStreetOnly'
  | 'whistles.scoreRange'
  | 'whistles.notEvaluated'
  | 'whistles.notYourCall'
  | 'whistles.answerNotAllowed'
  | 'whistles.answeredByDepartment'
  | 'whistles.noResponders'
  | 'whistles.minutesRange';

export interface Problem {
  code: WhistleProblem;
  values?: Record<string, string | number>;
}

/** An arrival: after the whistle, not in the future, on an event still open. */
export function checkArrival(whistle: Whistle, arrivedAt: string, now: number): Problem | undefined {
  if (whistle.closedAt) return { code: 'whistles.closed' };
  if (Date.parse(arrivedAt) < Date.parse(whistle.blownAt)) return { code: 'whistles.arrivalBeforeWhistle' };
  if (Date.parse(arrivedAt) > now + FUTURE_SLACK_MS) return { code: 'whistles.arrivalInFuture' };
  return undefined;
}

/** What a department did can only be said of one that came. */
export function checkAction(call: WhistleCall): Problem | undefined {
  return call.arrivedAt ? undefined : { code: 'whistles.notArrived' };
}

/**
 * Closing needs an outcome, and every department still on site must have stated what it did:
 * closing the event is what lets it leave.
 */
export function checkClose(
  whistle: Whistle,
  calls: readonly WhistleCall[],
  outcome: string,
  nameOf: (responderId: string) => string,
): Problem | undefined {
  if (whistle.closedAt) return { code: 'whistles.closed' };
  if (!outcome.trim()) return { code: 'whistles.outcomeRequired' };
  const silent = calls.filter((c) => c.arrivedAt && !c.action?.trim());
  if (silent.length > 0)
    return {
      code: 'whistles.resultMissing',
      values: { names: silent.map((c) => nameOf(c.responderId)).join('、') },
    };
  return undefined;
}

/** 评价权 is the street's: a community station or a dispatcher does not evaluate departments. */
export function mayEvaluate(role: Role): boolean {
  return canWriteField(role, 'whistleCalls', 'evaluation');
}

const SCORE_FIELDS = ['timeliness', 'attitude', 'result'] as const;

/** A department that never came is evaluated too (its timeliness says so): arrival is not required. */
export function checkEvaluation(role: Role, evaluation: CallEvaluation): Problem | undefined {
  if (!mayEvaluate(role)) return { code: 'whistles.evaluateStreetOnly' };
  if (SCORE_FIELDS.some((f) => !Number.isInteger(evaluation[f]) || evaluation[f] < 1 || evaluation[f] > 5))
    return { code: 'whistles.scoreRange' };
  return undefined;
}

/**
 * A department answers an evaluation it was given, not one still to come, and only on a call that
 * summons it. The street may enter the answer of a department without a login (代录), unless the
 * department has answered itself: its own word is not the street's to change. The server holds
 * the same lines (`authorizeMutation`); saying them here spares a refused sync.
 */
export function checkReply(
  call: WhistleCall,
  user: Pick<SessionUser, 'role' | 'responderId'>,
): Problem | undefined {
  if (user.role === 'department') {
    if (!ownsRecord(user, 'whistleCalls', call)) return { code: 'whistles.notYourCall' };
  } else {
    const may = canWriteTable(user.role, 'whistleCalls') && canWriteField(user.role, 'whistleCalls', 'reply');
    if (!may) return { code: 'whistles.answerNotAllowed' };
    if (call.reply?.byDepartment) return { code: 'whistles.answeredByDepartment' };
  }
  return call.evaluation ? undefined : { code: 'whistles.notEvaluated' };
}

/** Whether `user` may enter this call's answer now (the button shows only then). */
export function mayAnswer(call: WhistleCall, user: Pick<SessionUser, 'role' | 'responderId'>): boolean {
  return checkReply(call, user) === undefined;
}

/** What a department may say of a call besides its answer: what it did, once it came, while the event is open. */
export function mayStateAction(
  call: WhistleCall,
  whistle: Pick<Whistle, 'closedAt'>,
  user: Pick<SessionUser, 'role' | 'responderId'>,
): boolean {
  return (
    whistle.closedAt === undefined &&
    call.arrivedAt !== undefined &&
    canWriteTable(user.role, 'whistleCalls') &&
    canWriteField(user.role, 'whistleCalls', 'action') &&
    ownsRecord(user, 'whistleCalls', call)
  );
}

/** One event's score for a department: the mean of its three marks. */
export function scoreOf(evaluation: Pick<CallEvaluation, 'timeliness' | 'attitude' | 'result'>): number {
  return (evaluation.timeliness + evaluation.attitude + evaluation.result) / 3;
}

export const MIN_REPORT_MINUTES = 5;
export const MAX_REPORT_MINUTES = 24 * 60;
