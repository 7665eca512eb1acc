import type { SyncedRecord } from './record';

/**
 * Community governance (DOMAIN.md "Community consultation", seed): 议事协商 with its five steps and
 * its district–street–community linkage, the six committees of a residents' committee, and the
 * two kinds of demonstration point. Meetings, members' work logs and designations are records of
 * their own, so two offices entering them offline both keep theirs.
 */

/** 民事民提 → 民事民议 → 民事民决 → 民事民办 → 民事民评. */
export type ConsultationStep = 'raise' | 'discuss' | 'decide' | 'carryOut' | 'evaluate';
export const CONSULTATION_STEPS: readonly ConsultationStep[] = [
  'raise',
  'discuss',
  'decide',
  'carryOut',
  'evaluate',
];

/** Where a consultation sits in the three-level linkage. */
export type ConsultationLevel = 'community' | 'street' | 'district';
export const CONSULTATION_LEVELS: readonly ConsultationLevel[] = ['community', 'street', 'district'];

/** Who raised a topic: residents, a 楼门长, a committee, or a ticket's 未诉先办 signal. */
export type TopicSource = 'residents' | 'placeHead' | 'committee' | 'ticket';
export const TOPIC_SOURCES: readonly TopicSource[] = ['residents', 'placeHead', 'committee', 'ticket'];

/** Participants a meeting records, by the groups the practice names. */
export type ParticipantGroup =
  | 'residents'
  | 'residentRepresentatives'
  | 'placeHeads'
  | 'stationedUnits'
  | 'propertyCompany'
  | 'ownersCommittee';
export const PARTICIPANT_GROUPS: readonly ParticipantGroup[] = [
  'residents',
  'residentRepresentatives',
  'placeHeads',
  'stationedUnits',
  'propertyCompany',
  'ownersCommittee',
];

/**
 * A topic (议题). `orgPath` is the community that raised it and never changes: escalation to the
 * street or district is recorded in `level` and `escalations`, so the thread stays one record and
 * the community's figures still count it.
 */
export interface ConsultationTopic extends SyncedRecord {
  title: string;
  description?: string;
  source: TopicSource;
  /** Who raised it (a name or a body), as written. */
  raisedBy?: string;
  /** `YYYY-MM-DD`. */
  raisedOn: string;
  step: ConsultationStep;
  level: ConsultationLevel;
  /** Each move up the linkage, oldest first. */
  escalations: { from: ConsultationLevel; to: ConsultationLevel; on: string; reason: string; by?: string }[];
  /** The committee that raised or carries it. */
  committeeId?: string;
  ticketIds: string[];
  placeIds: string[];
  /** What was carried out (民事民办), with its date. */
  carriedOut?: { on: string; summary: string };
  /** 民事民评: residents' evaluation after it was carried out, 1–5. */
  evaluation?: { on: string; score: number; note?: string; by?: string };
  /** Closed without a decision (withdrawn, settled elsewhere), with the reason. */
  closed?: { on: string; reason: string };
}

/** One meeting on a topic; it prints as a 会议纪要. */
export interface ConsultationMeeting extends SyncedRecord {
  topicId: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** Where it met, e.g. the 社区议事厅. */
  venue: string;
  level: ConsultationLevel;
  /** Head counts per group; names go in `attendees`. */
  participants: Partial<Record<ParticipantGroup, number>>;
  attendees?: string;
  options: string[];
  /** The decision and its vote; absent for a meeting that only discussed. */
  decision?: {
    text: string;
    votesFor: number;
    votesAgainst: number;
    abstentions: number;
    /** Who carries it out, and by when (`YYYY-MM-DD`). */
    carriedOutBy: string;
    dueOn: string;
  };
  minutesBy?: string;
}

/** The six committees under a residents' committee (public; 3–9 members each). */
export type CommitteeKind =
  'coGovernance' | 'securityMediation' | 'publicHealth' | 'welfare' | 'cultureEducation' | 'property';
export const COMMITTEE_KINDS: readonly CommitteeKind[] = [
  'coGovernance',
  'securityMediation',
  'publicHealth',
  'welfare',
  'cultureEducation',
  'property',
];
export const COMMITTEE_MIN_MEMBERS = 3;
export const COMMITTEE_MAX_MEMBERS = 9;

/** Who a committee member is. */
export type CommitteeMemberKind = 'resident' | 'placeHead' | 'worker' | 'servicePointStaff';
export const COMMITTEE_MEMBER_KINDS: readonly CommitteeMemberKind[] = [
  'resident',
  'placeHead',
  'worker',
  'servicePointStaff',
];

export interface CommitteeMember {
  name: string;
  kind: CommitteeMemberKind;
  /** The chair is a member of the residents' committee. */
  chair?: boolean;
  /** When the member is a community worker of the registry. */
  workerId?: string;
}

/** A committee of one community (`orgPath`); members are few, so they live on it. */
export interface Committee extends SyncedRecord {
  kind: CommitteeKind;
  members: CommitteeMember[];
  /** `YYYY-MM-DD` it was formed. */
  formedOn?: string;
}

/** A committee's work log: an activity or a matter it handled. */
export interface CommitteeLog extends SyncedRecord {
  committeeId: string;
  /** `YYYY-MM-DD`. */
  date: string;
  kind: 'activity' | 'matter';
  summary: string;
  participants?: number;
  topicId?: string;
  placeId?: string;
}

/**
 * A community that runs without committees (a small one may): said once, so nothing flags it.
 * Kept as its own record of the community rather than a field of the org unit, which the street
 * office's registry owns.
 */
export interface CommitteeExemption extends SyncedRecord {
  reason: string;
  /** `YYYY-MM-DD`. */
  since: string;
}

/** 楼门院治理示范点 or 社区协商示范点. */
export type DemoPointKind = 'placeGovernance' | 'consultation';
export const DEMO_POINT_KINDS: readonly DemoPointKind[] = ['placeGovernance', 'consultation'];
export type DemoPointStatus = 'applied' | 'building' | 'accepted' | 'revoked';
export const DEMO_POINT_STATUSES: readonly DemoPointStatus[] = ['applied', 'building', 'accepted', 'revoked'];

/** The city's targets for 2020 (seed): 300 楼门院 and 100 consultation points. */
export const DEMO_POINT_TARGETS: Readonly<Record<DemoPointKind, { year: number; count: number }>> = {
  placeGovernance: { year: 2020, count: 300 },
  consultation: { year: 2020, count: 100 },
};

/** A designation: a place (楼门院) or a community (协商), for a year, with its criteria and status. */
export interface DemoPoint extends SyncedRecord {
  kind: DemoPointKind;
  year: number;
  /** For 楼门院治理示范点. */
  placeId?: string;
  criteria: string;
  status: DemoPointStatus;
  /** Each change of status, oldest first. */
  history: { status: DemoPointStatus; on: string; note?: string; by?: string }[];
}
