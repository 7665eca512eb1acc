import type {
  ConsultationLevel,
  ConsultationMeeting,
  ConsultationStep,
  ConsultationTopic,
  ParticipantGroup,
  TopicSource,
} from '../model/governance';
import { CONSULTATION_LEVELS, CONSULTATION_STEPS, PARTICIPANT_GROUPS } from '../model/governance';
import type { Checked, Issue } from '../validation/issue';
import { isDate } from '../calendar/dates';
import { cleanProse, cleanText } from '../validation/text';

/**
 * The rules of 议事协商: the five steps in order (民事民提 → 民事民议 → 民事民决 → 民事民办 → 民事民评)
 * and the three-level linkage. `today` is passed in (`YYYY-MM-DD`, the office's day): shared code
 * never reads the clock. Each rule returns issue codes under `governance.*`.
 */

export const MIN_SCORE = 1;
export const MAX_SCORE = 5;

function checkDay(field: string, value: string | undefined, today: string, issues: Issue[]): void {
  if (!value || !isDate(value)) issues.push({ field, code: 'governance.dateRequired' });
  else if (value > today) issues.push({ field, code: 'governance.dateInFuture' });
}

const stepIndex = (step: ConsultationStep) => CONSULTATION_STEPS.indexOf(step);

/** A topic still moves while it is neither closed nor evaluated. */
export function isOpen(topic: Pick<ConsultationTopic, 'closed' | 'step'>): boolean {
  return !topic.closed && topic.step !== 'evaluate';
}

export interface TopicInput {
  title: string;
  description?: string;
  source: TopicSource;
  raisedBy?: string;
  raisedOn: string;
  committeeId?: string;
  ticketIds?: string[];
  placeIds?: string[];
}

export type TopicFields = Pick<
  ConsultationTopic,
  'title' | 'description' | 'source' | 'raisedBy' | 'raisedOn' | 'committeeId' | 'ticketIds' | 'placeIds'
>;

/** 民事民提: a title, who raised it and when. A topic from a ticket names the ticket. */
export function checkTopic(input: TopicInput, today: string): Checked<TopicFields> {
  const issues: Issue[] = [];
  const title = cleanProse(input.title);
  if (!title) issues.push({ field: 'title', code: 'governance.titleRequired' });
  checkDay('raisedOn', input.raisedOn, today, issues);
  const ticketIds = [...new Set(input.ticketIds ?? [])];
  if (input.source === 'ticket' && ticketIds.length === 0)
    issues.push({ field: 'ticketIds', code: 'governance.ticketRequired' });
  if (issues.length > 0) return { ok: false, issues };
  const description = cleanProse(input.description);
  const raisedBy = cleanText(input.raisedBy ?? '');
  return {
    ok: true,
    value: {
      title,
      source: input.source,
      raisedOn: input.raisedOn,
      ticketIds,
      placeIds: [...new Set(input.placeIds ?? [])],
      ...(description ? { description } : {}),
      ...(raisedBy ? { raisedBy } : {}),
      ...(input.committeeId ? { committeeId: input.committeeId } : {}),
    },
  };
}

/** A new topic starts at 民事民提, at the community. */
export function newTopic(fields: TopicFields): Omit<ConsultationTopic, 'id' | 'orgPath'> {
  return { ...fields, step: 'raise', level: 'community', escalations: [] };
}

export interface DecisionInput {
  text: string;
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
  carriedOutBy: string;
  dueOn: string;
}

export interface MeetingInput {
  date: string;
  venue: string;
  level?: ConsultationLevel;
  participants: Partial<Record<ParticipantGroup, number>>;
  attendees?: string;
  options: string[];
  decision?: DecisionInput;
  minutesBy?: string;
}

export type MeetingFields = Omit<ConsultationMeeting, 'id' | 'orgPath' | 'topicId'>;

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/**
 * A meeting (民事民议, and 民事民决 when it decided): a day not before the topic was raised, where,
 * who came by group, the options. A decision carries its vote — passed by more for than against,
 * with no more votes than people present — and who carries it out by when. A meeting sits at the
 * topic's level unless said otherwise.
 */
export function checkMeeting(
  topic: Pick<ConsultationTopic, 'raisedOn' | 'level' | 'closed' | 'step'>,
  input: MeetingInput,
  today: string,
): Checked<MeetingFields> {
  const issues: Issue[] = [];
  if (!isOpen(topic) || stepIndex(topic.step) >= stepIndex('carryOut'))
    issues.push({ field: 'date', code: 'governance.topicPastMeetings' });
  checkDay('date', input.date, today, issues);
  if (isDate(input.date ?? '') && input.date < topic.raisedOn)
    issues.push({ field: 'date', code: 'governance.meetingBeforeRaised', values: { day: topic.raisedOn } });
  const venue = cleanProse(input.venue);
  if (!venue) issues.push({ field: 'venue', code: 'governance.venueRequired' });
  const level = input.level ?? topic.level;
  if (!CONSULTATION_LEVELS.includes(level)) issues.push({ field: 'level', code: 'governance.levelRequired' });
  const participants: Partial<Record<ParticipantGroup, number>> = {};
  let present = 0;
  for (const group of PARTICIPANT_GROUPS) {
    const n = input.participants?.[group];
    if (n === undefined || n === null || n === 0) continue;
    if (!isCount(n)) issues.push({ field: `participants.${group}`, code: 'governance.countInvalid' });
    else {
      participants[group] = n;
      present += n;
    }
  }
  if (present === 0) issues.push({ field: 'participants', code: 'governance.participantsRequired' });
  const options = (input.options ?? []).map(cleanText).filter(Boolean);
  let decision: MeetingFields['decision'];
  if (input.decision) {
    const d = input.decision;
    const text = cleanProse(d.text);
    if (!text) issues.push({ field: 'decision.text', code: 'governance.decisionRequired' });
    const votes = [d.votesFor, d.votesAgainst, d.abstentions];
    if (!votes.every(isCount)) issues.push({ field: 'decision.votesFor', code: 'governance.countInvalid' });
    else if (d.votesFor <= d.votesAgainst)
      issues.push({ field: 'decision.votesFor', code: 'governance.notPassed' });
    else if (present > 0 && d.votesFor + d.votesAgainst + d.abstentions > present)
      issues.push({
        field: 'decision.votesFor',
        code: 'governance.moreVotesThanPresent',
        values: { present },
      });
    const carriedOutBy = cleanText(d.carriedOutBy ?? '');
    if (!carriedOutBy) issues.push({ field: 'decision.carriedOutBy', code: 'governance.carrierRequired' });
    if (!d.dueOn || !isDate(d.dueOn))
      issues.push({ field: 'decision.dueOn', code: 'governance.dateRequired' });
    else if (isDate(input.date ?? '') && d.dueOn < input.date)
      issues.push({ field: 'decision.dueOn', code: 'governance.dueBeforeMeeting' });
    decision = { ...d, text, carriedOutBy };
  }
  if (issues.length > 0) return { ok: false, issues };
  const attendees = cleanProse(input.attendees);
  const minutesBy = cleanText(input.minutesBy ?? '');
  return {
    ok: true,
    value: {
      date: input.date,
      venue,
      level,
      participants,
      options,
      ...(decision ? { decision } : {}),
      ...(attendees ? { attendees } : {}),
      ...(minutesBy ? { minutesBy } : {}),
    },
  };
}

/** How many attended a meeting, all groups together. */
export function headCount(meeting: Pick<ConsultationMeeting, 'participants'>): number {
  return Object.values(meeting.participants).reduce((sum, n) => sum + (n ?? 0), 0);
}

/** The meeting whose decision stands: the latest that decided. */
export function standingDecision(meetings: readonly ConsultationMeeting[]): ConsultationMeeting | undefined {
  return meetings
    .filter((m) => !m.deleted && m.decision)
    .sort((a, b) => a.date.localeCompare(b.date))
    .at(-1);
}

/**
 * Where a topic stands after its meetings: 民事民决 once one decided with its vote, 民事民议 once one
 * met, else 民事民提. Later steps (carried out, evaluated) are recorded on the topic and kept.
 */
export function stepAfterMeetings(
  topic: Pick<ConsultationTopic, 'step'>,
  meetings: readonly ConsultationMeeting[],
): ConsultationStep {
  if (stepIndex(topic.step) >= stepIndex('carryOut')) return topic.step;
  const live = meetings.filter((m) => !m.deleted);
  if (live.some((m) => m.decision)) return 'decide';
  return live.length > 0 ? 'discuss' : 'raise';
}

/** 民事民办: only what was decided is carried out, on a day not before the decision. */
export function checkCarryOut(
  topic: Pick<ConsultationTopic, 'step' | 'closed'>,
  meetings: readonly ConsultationMeeting[],
  input: { on: string; summary: string },
  today: string,
): Checked<{ on: string; summary: string }> {
  const issues: Issue[] = [];
  const decided = standingDecision(meetings);
  if (topic.closed || topic.step === 'evaluate')
    issues.push({ field: 'on', code: 'governance.topicFinished' });
  else if (!decided || topic.step !== 'decide') issues.push({ field: 'on', code: 'governance.notDecided' });
  checkDay('on', input.on, today, issues);
  if (decided && isDate(input.on ?? '') && input.on < decided.date)
    issues.push({ field: 'on', code: 'governance.carriedOutBeforeDecision', values: { day: decided.date } });
  const summary = cleanProse(input.summary);
  if (!summary) issues.push({ field: 'summary', code: 'governance.summaryRequired' });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { on: input.on, summary } };
}

export type EvaluationFields = NonNullable<ConsultationTopic['evaluation']>;

/** 民事民评: residents evaluate what was carried out, 1–5, not before it was. */
export function checkEvaluation(
  topic: Pick<ConsultationTopic, 'step' | 'carriedOut' | 'closed'>,
  input: { on: string; score: number; note?: string; by?: string },
  today: string,
): Checked<EvaluationFields> {
  const issues: Issue[] = [];
  if (topic.closed || topic.step === 'evaluate')
    issues.push({ field: 'on', code: 'governance.topicFinished' });
  else if (topic.step !== 'carryOut' || !topic.carriedOut)
    issues.push({ field: 'on', code: 'governance.notCarriedOut' });
  checkDay('on', input.on, today, issues);
  if (topic.carriedOut && isDate(input.on ?? '') && input.on < topic.carriedOut.on)
    issues.push({
      field: 'on',
      code: 'governance.evaluatedBeforeCarriedOut',
      values: { day: topic.carriedOut.on },
    });
  if (!Number.isInteger(input.score) || input.score < MIN_SCORE || input.score > MAX_SCORE)
    issues.push({
      field: 'score',
      code: 'governance.scoreRange',
      values: { min: MIN_SCORE, max: MAX_SCORE },
    });
  if (issues.length > 0) return { ok: false, issues };
  const note = cleanProse(input.note);
  const by = cleanText(input.by ?? '');
  return {
    ok: true,
    value: { on: input.on, score: input.score, ...(note ? { note } : {}), ...(by ? { by } : {}) },
  };
}

/** The level above, or undefined at the district: the linkage has three levels. */
export function levelAbove(level: ConsultationLevel): ConsultationLevel | undefined {
  return CONSULTATION_LEVELS[CONSULTATION_LEVELS.indexOf(level) + 1];
}

/**
 * Escalation: a topic the community cannot settle goes up to the street, and from there to the
 * district, with the reason. It stays the same record — its meetings, tickets and places, and the
 * community that raised it — so the thread is kept. Only an open topic not yet carried out goes up.
 */
export function escalate(
  topic: Pick<ConsultationTopic, 'level' | 'escalations' | 'step' | 'closed' | 'raisedOn'>,
  input: { reason: string; on: string; by?: string },
  today: string,
): Checked<Pick<ConsultationTopic, 'level' | 'escalations'>> {
  const issues: Issue[] = [];
  const to = levelAbove(topic.level);
  if (!to) issues.push({ field: 'reason', code: 'governance.topLevel' });
  else if (!isOpen(topic) || stepIndex(topic.step) >= stepIndex('carryOut'))
    issues.push({ field: 'reason', code: 'governance.topicPastEscalation' });
  const reason = cleanProse(input.reason);
  if (!reason) issues.push({ field: 'reason', code: 'governance.reasonRequired' });
  checkDay('on', input.on, today, issues);
  if (issues.length > 0 || !to) return { ok: false, issues };
  const by = cleanText(input.by ?? '');
  return {
    ok: true,
    value: {
      level: to,
      escalations: [
        ...topic.escalations,
        { from: topic.level, to, on: input.on, reason, ...(by ? { by } : {}) },
      ],
    },
  };
}

/** Closing a topic without carrying it out (withdrawn, settled elsewhere) takes a reason. */
export function checkClose(
  topic: Pick<ConsultationTopic, 'step' | 'closed'>,
  input: { on: string; reason: string },
  today: string,
): Checked<{ on: string; reason: string }> {
  const issues: Issue[] = [];
  if (!isOpen(topic)) issues.push({ field: 'reason', code: 'governance.topicFinished' });
  const reason = cleanProse(input.reason);
  if (!reason) issues.push({ field: 'reason', code: 'governance.reasonRequired' });
  checkDay('on', input.on, today, issues);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { on: input.on, reason } };
}
