import type { ReportingMember, ServiceActivity } from '../model/dual-report';
import { communityCodeOf } from '../org/paths';

/**
 * The one definition of the 双报到 figures: a member counts where it reports (its community),
 * and an activity counts in the year of its date — the calendar year the community reports on.
 */
export interface MemberYear {
  /** Activities in the year. */
  activities: number;
  hours: number;
}

/** Each member's activities and hours in a year, by member id (members without any are absent). */
export function memberYears(activities: readonly ServiceActivity[], year: string): Map<string, MemberYear> {
  const byMember = new Map<string, MemberYear>();
  for (const a of activities) {
    if (a.deleted || !a.date.startsWith(`${year}-`)) continue;
    const line = byMember.get(a.memberId) ?? { activities: 0, hours: 0 };
    line.activities += 1;
    line.hours += a.hours;
    byMember.set(a.memberId, line);
  }
  return byMember;
}

export interface CommunityFigures {
  communityCode: string;
  organisations: number;
  partyMembers: number;
  /** Activities and hours of the community's members in the year. */
  activities: number;
  hours: number;
}

/**
 * Per community: its members by kind, and their activities and hours in the year. Members
 * reported later in the year count too (the register is as it stands); a member's activities
 * count for the community it reports to.
 */
export function communityFigures(
  members: readonly ReportingMember[],
  activities: readonly ServiceActivity[],
  year: string,
): CommunityFigures[] {
  const years = memberYears(activities, year);
  const rows = new Map<string, CommunityFigures>();
  for (const m of members) {
    if (m.deleted) continue;
    const communityCode = communityCodeOf(m.orgPath) ?? '';
    const row = rows.get(communityCode) ?? {
      communityCode,
      organisations: 0,
      partyMembers: 0,
      activities: 0,
      hours: 0,
    };
    if (m.kind === 'organisation') row.organisations += 1;
    else row.partyMembers += 1;
    const own = years.get(m.id);
    if (own) {
      row.activities += own.activities;
      row.hours += own.hours;
    }
    rows.set(communityCode, row);
  }
  return [...rows.values()].sort((a, b) => a.communityCode.localeCompare(b.communityCode));
}

/** Hours are entered in halves and quarters: sums are shown rounded to a tenth, never as 3.0000000004. */
export function roundHours(hours: number): number {
  return Math.round(hours * 10) / 10;
}
