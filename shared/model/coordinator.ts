import type { SyncedRecord } from './record';

/**
 * 协管员 — city coordinators, their categories and guiding departments, assignments and
 * attendance (DOMAIN.md). These types are the contract between the coordinators and dispatch
 * features, Excel import/export and sync; add fields freely, rename none.
 */

export type CoordinatorStatus = 'active' | 'onLeave' | 'suspended' | 'left';

/** 协管员. Natural key for import: the resident ID. orgPath: the street (or below) that uses them. */
export interface Coordinator extends SyncedRecord {
  name: string;
  gender: 'male' | 'female';
  /** 18-character resident ID (GB 11643), uppercase X. Personal data: masked by default. */
  residentId: string;
  /** Mobile, 11 digits. Personal data: masked by default. */
  mobile?: string;
  categoryId: string;
  departmentId: string;
  /** Street code (9 digits) whose roster holds the coordinator. */
  homeStreet: string;
  status: CoordinatorStatus;
  /** `YYYY-MM-DD` */
  hiredOn?: string;
  skills: string[];
  notes?: string;
  /** Transfers between streets, oldest first. */
  transfers?: { from: string; to: string; on: string; by: string; reason?: string }[];
}

/** 协管员类别 — editable reference data. */
export interface CoordinatorCategory extends SyncedRecord {
  code: string;
  name: string;
  departmentId: string;
}

/** 指导部门 — editable reference data. */
export interface Department extends SyncedRecord {
  code: string;
  name: string;
}

export type Shift = 'morning' | 'afternoon' | 'evening' | 'gate';
export type WorkSource = 'patrol' | 'accessRequest' | 'redirected' | 'ticket' | 'whistle';

/** 派遣 — a coordinator assigned to a street, community, grid, place or task for a period. */
export interface Assignment extends SyncedRecord {
  coordinatorId: string;
  /** orgPath of where they work (street, community or grid); a place adds placeId. */
  placeId?: string;
  task?: string;
  shift: Shift;
  /** `YYYY-MM-DD`, inclusive. */
  from: string;
  to: string;
  source: WorkSource;
  /** The access request, 12345 ticket or whistle event behind it. */
  sourceRef?: string;
}

export type AttendanceMark = 'present' | 'leave' | 'cover' | 'absent';

/** 考勤 — one coordinator, one day. */
export interface Attendance extends SyncedRecord {
  coordinatorId: string;
  /** `YYYY-MM-DD` */
  date: string;
  mark: AttendanceMark;
  /** For 顶岗: who was covered. */
  coveredCoordinatorId?: string;
  /** 发现上报数 */
  reports?: number;
  /** Of the reports, handled in time (处置及时). */
  handledInTime?: number;
}
