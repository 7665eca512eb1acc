import type {
  Committee,
  CommitteeExemption,
  CommitteeKind,
  CommitteeLog,
  CommitteeMember,
} from '../model/governance';
import {
  COMMITTEE_KINDS,
  COMMITTEE_MAX_MEMBERS,
  COMMITTEE_MEMBER_KINDS,
  COMMITTEE_MIN_MEMBERS,
} from '../model/governance';
import type { Checked, Issue } from '../validation/issue';
import { isDate } from '../calendar/dates';
import { cleanProse, cleanText } from '../validation/text';
import { communityCodeOf } from '../org/paths';

/**
 * The six committees under a residents' committee: 3–9 members each, one chair who sits on the
 * residents' committee, and a work log. A small community may run without committees: an
 * exemption says so, and then nothing flags it.
 */

export interface CommitteeInput {
  kind: CommitteeKind;
  members: CommitteeMember[];
  formedOn?: string;
}

export type CommitteeFields = Omit<Committee, 'id' | 'orgPath'>;

/**
 * Members 3–9, each named once with a kind; exactly one chair, and the chair a community worker
 * (the residents' committee's members are among them). One committee of each kind per community:
 * `taken` says the kind already has one.
 */
export function checkCommittee(
  input: CommitteeInput,
  today: string,
  taken = false,
): Checked<CommitteeFields> {
  const issues: Issue[] = [];
  if (!COMMITTEE_KINDS.includes(input.kind)) issues.push({ field: 'kind', code: 'governance.kindRequired' });
  else if (taken) issues.push({ field: 'kind', code: 'governance.committeeExists' });
  const members: CommitteeMember[] = [];
  const seen = new Set<string>();
  (input.members ?? []).forEach((m, i) => {
    const name = cleanText(m?.name ?? '');
    if (!name) {
      issues.push({ field: `members.${i}.name`, code: 'governance.memberNameRequired' });
      return;
    }
    if (seen.has(name))
      issues.push({ field: `members.${i}.name`, code: 'governance.memberTwice', values: { name } });
    seen.add(name);
    if (!COMMITTEE_MEMBER_KINDS.includes(m.kind))
      issues.push({ field: `members.${i}.kind`, code: 'governance.memberKindRequired' });
    members.push({
      name,
      kind: m.kind,
      ...(m.chair ? { chair: true } : {}),
      ...(m.workerId ? { workerId: m.workerId } : {}),
    });
  });
  const count = (input.members ?? []).length;
  if (count < COMMITTEE_MIN_MEMBERS || count > COMMITTEE_MAX_MEMBERS)
    issues.push({
      field: 'members',
      code: 'governance.memberCount',
      values: { min: COMMITTEE_MIN_MEMBERS, max: COMMITTEE_MAX_MEMBERS, count },
    });
  const chairs = members.filter((m) => m.chair);
  if (chairs.length !== 1)
    issues.push({ field: 'members', code: 'governance.oneChair', values: { count: chairs.length } });
  else if (chairs[0]!.kind !== 'worker')
    issues.push({
      field: 'members',
      code: 'governance.chairNotCommitteeMember',
      values: { name: chairs[0]!.name },
    });
  if (input.formedOn !== undefined && input.formedOn !== '') {
    if (!isDate(input.formedOn)) issues.push({ field: 'formedOn', code: 'governance.dateRequired' });
    else if (input.formedOn > today) issues.push({ field: 'formedOn', code: 'governance.dateInFuture' });
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: { kind: input.kind, members, ...(input.formedOn ? { formedOn: input.formedOn } : {}) },
  };
}

export interface LogInput {
  date: string;
  kind: CommitteeLog['kind'];
  summary: string;
  participants?: number;
  topicId?: string;
  placeId?: string;
}

export type LogFields = Omit<CommitteeLog, 'id' | 'orgPath' | 'committeeId'>;

/** A work-log entry: a day not after today, what was done, a head count when given. */
export function checkLog(input: LogInput, today: string): Checked<LogFields> {
  const issues: Issue[] = [];
  if (!input.date || !isDate(input.date)) issues.push({ field: 'date', code: 'governance.dateRequired' });
  else if (input.date > today) issues.push({ field: 'date', code: 'governance.dateInFuture' });
  const summary = cleanProse(input.summary);
  if (!summary) issues.push({ field: 'summary', code: 'governance.summaryRequired' });
  const n = input.participants;
  if (n !== undefined && n !== null && !(Number.isInteger(n) && n >= 0))
    issues.push({ field: 'participants', code: 'governance.countInvalid' });
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      date: input.date,
      kind: input.kind === 'matter' ? 'matter' : 'activity',
      summary,
      ...(n ? { participants: n } : {}),
      ...(input.topicId ? { topicId: input.topicId } : {}),
      ...(input.placeId ? { placeId: input.placeId } : {}),
    },
  };
}

/** An exemption: why the community runs without committees, and since when. */
export function checkExemption(
  input: { reason: string; since: string },
  today: string,
): Checked<{ reason: string; since: string }> {
  const issues: Issue[] = [];
  const reason = cleanProse(input.reason);
  if (!reason) issues.push({ field: 'reason', code: 'governance.reasonRequired' });
  if (!input.since || !isDate(input.since)) issues.push({ field: 'since', code: 'governance.dateRequired' });
  else if (input.since > today) issues.push({ field: 'since', code: 'governance.dateInFuture' });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { reason, since: input.since } };
}

/** How a community stands with its committees. */
export interface CommitteeStanding {
  communityCode: string;
  /** The kinds it has, each with its committee. */
  present: Partial<Record<CommitteeKind, Committee>>;
  missing: CommitteeKind[];
  exemption?: CommitteeExemption;
  /** Missing committees and no exemption: the one case that is flagged. */
  flagged: boolean;
}

/**
 * Each community's committees: which of the six it has and which it lacks. A community with an
 * exemption is not flagged, whatever it lacks (a small one may run without committees).
 */
export function committeeStandings(
  communityCodes: readonly string[],
  committees: readonly Committee[],
  exemptions: readonly CommitteeExemption[],
): CommitteeStanding[] {
  const byCommunity = new Map<string, Committee[]>();
  for (const c of committees) {
    if (c.deleted) continue;
    const code = communityCodeOf(c.orgPath);
    if (!code) continue;
    byCommunity.set(code, [...(byCommunity.get(code) ?? []), c]);
  }
  const exempt = new Map<string, CommitteeExemption>();
  for (const e of exemptions) {
    const code = communityCodeOf(e.orgPath);
    if (!e.deleted && code) exempt.set(code, e);
  }
  return communityCodes.map((communityCode) => {
    const present: Partial<Record<CommitteeKind, Committee>> = {};
    for (const c of byCommunity.get(communityCode) ?? []) present[c.kind] ??= c;
    const missing = COMMITTEE_KINDS.filter((k) => !present[k]);
    const exemption = exempt.get(communityCode);
    return {
      communityCode,
      present,
      missing,
      ...(exemption ? { exemption } : {}),
      flagged: missing.length > 0 && !exemption,
    };
  });
}
