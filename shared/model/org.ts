import type { TicketDeadlineRules, TicketRateRules } from './ticket';
import type { SyncedRecord } from './record';

/**
 * 区划/组织 — a unit of the administrative hierarchy: 区 district → 街道/乡镇 street or
 * township → 社区 community or 村 village → 网格 grid.
 */
export type OrgLevel = 'district' | 'street' | 'community' | 'village' | 'grid';

/** Depth in the tree: district 1, street 2, community/village 3, grid 4. */
export const ORG_DEPTH: Record<OrgLevel, number> = {
  district: 1,
  street: 2,
  community: 3,
  village: 3,
  grid: 4,
};

/** Where a unit came from: shipped statistical reference data, a user, or demo data. */
export type OrgSource = 'reference' | 'user' | 'demo';

export interface OrgUnit extends SyncedRecord {
  /** Statistical code: 6 digits district, 9 street, 12 community/village, 15 grid (design). */
  code: string;
  name: string;
  level: OrgLevel;
  /** Code of the parent unit; `110000` (Beijing) for districts. */
  parentCode: string;
  /** Registered households (户) — for communities, villages and grids. */
  households?: number;
  /** Registered residents (人). */
  residents?: number;
  source: OrgSource;
  /**
   * The street's (or district's) weights of the three 接诉即办 rates, when it set its own; units
   * below use the nearest ones above them (shared/tickets/rate-rules.ts).
   */
  rateRules?: TicketRateRules;
  /**
   * The street's (or district's) feedback deadlines of 接诉即办 tickets, when it set its own; units
   * below use the nearest ones above them, like the rate rules (shared/tickets/deadline-rules.ts).
   */
  deadlineRules?: TicketDeadlineRules;
  /** The division change that merged this unit away or made it a community; the unit stays as history. */
  dissolvedBy?: string;
  /**
   * The division change that created this unit or last set its households. It ties the unit's
   * write to its change, so the sync server refuses them together (shared/divisions/sync-rules.ts).
   */
  divisionChangeId?: string;
}

/** The whole city: the scope of a city-level user, and the parent of every district. */
export const CITY_CODE = '110000';
