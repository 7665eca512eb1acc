import type { SyncedRecord } from './record';

/**
 * 双报到 (DOMAIN.md, 吹哨报到): the units stationed in a district (驻区单位) and the party
 * members in employment (在职党员) report to the community where they are, and serve it — the
 * city counted 9,175 units and 717,300 members in 2018–19. A member is a record of the
 * community it reports to (`orgPath`); each service is a record of its own, so two offices
 * entering activities offline both keep theirs.
 */

/** 驻区单位 or 在职党员. */
export type ReportingMemberKind = 'organisation' | 'partyMember';
export const REPORTING_MEMBER_KINDS: readonly ReportingMemberKind[] = ['organisation', 'partyMember'];

/** What kind of unit an organisation is: the categories the 双报到 registers count by. */
export type UnitType =
  'agency' | 'institution' | 'stateEnterprise' | 'privateEnterprise' | 'socialOrganisation';
export const UNIT_TYPES: readonly UnitType[] = [
  'agency',
  'institution',
  'stateEnterprise',
  'privateEnterprise',
  'socialOrganisation',
];

export interface ReportingMember extends SyncedRecord {
  kind: ReportingMemberKind;
  /** The unit's name, or the party member's. */
  name: string;
  /** For an organisation. */
  unitType?: UnitType;
  /** For an organisation: its contact person and channel, as it gives them. */
  contact?: string;
  /** For a party member: the unit they work for (在职 means employed elsewhere). */
  employer?: string;
  /** For a party member: a mobile, personal data — masked on screen, never logged. */
  phone?: string;
  /** The day it reported to the community (`YYYY-MM-DD`). */
  reportedOn: string;
}

/** One service to the community: a day, its hours, what was done, and where or for which event. */
export interface ServiceActivity extends SyncedRecord {
  memberId: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** More than 0, at most 24. */
  hours: number;
  /** What was done. */
  content: string;
  /** A place of the 楼门院 registry it served. */
  placeId?: string;
  /** A 吹哨 event it served. */
  whistleId?: string;
}
