import type { SyncedRecord } from './record';

/**
 * 协管员 — city coordinators, their categories and guiding departments, assignments and
 * attendance (DOMAIN.md). These types are the contract between the coordinators and dispatch
 * features, Excel import/export and sync; add fields freely, rename none.
 */

/** 在岗, 休假, 停岗, 离职 (words: shared/vocabulary.ts). */
export type CoordinatorStatus = 'active' | 'onLeave' | 'suspended' | 'left';
export const COORDINATOR_STATUSES: readonly CoordinatorStatus[] = ['active', 'onLeave', 'suspended', 'left'];

/** 调动 — one move between streets; the roster keeps every one. */
export interface Transfer {
  /** Street codes (9 digits). */
  from: string;
  to: string;
  /** `YYYY-MM-DD` */
  on: string;
  /** Who recorded it (user id). */
  by: string;
  reason?: string;
}

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
  transfers?: Transfer[];
}

/**
 * Where a category must be present every day (design): in every grid (治安巡防员 walk the
 * grids), in every community, or only when work calls for it. Dispatch boards show a gap
 * where a grid or community lacks one. Data, so a street can change it.
 */
export type CategoryCoverage = 'grid' | 'community' | 'onDemand';
export const CATEGORY_COVERAGES: readonly CategoryCoverage[] = ['grid', 'community', 'onDemand'];

/** 协管员类别 — editable reference data. */
export interface CoordinatorCategory extends SyncedRecord {
  code: string;
  name: string;
  departmentId: string;
  /** Absent means on demand. */
  coverage?: CategoryCoverage;
}

/** 指导部门 — editable reference data. */
export interface Department extends SyncedRecord {
  code: string;
  name: string;
}

/** 早班, 中班, 晚班, 门岗. */
export type Shift = 'morning' | 'afternoon' | 'evening' | 'gate';
export const SHIFTS: readonly Shift[] = ['morning', 'afternoon', 'evening', 'gate'];
/** 日常巡查, 准入事项, 准入未通过转协管员, 12345工单, 吹哨事件. */
export type WorkSource = 'patrol' | 'accessRequest' | 'redirected' | 'ticket' | 'whistle';
export const WORK_SOURCES: readonly WorkSource[] = [
  'patrol',
  'accessRequest',
  'redirected',
  'ticket',
  'whistle',
];

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
  notes?: string;
  /** Who made it (user id), so a board can say which office a double booking came from. */
  createdBy?: string;
}

export type AttendanceMark = 'present' | 'leave' | 'cover' | 'absent';
export const ATTENDANCE_MARKS: readonly AttendanceMark[] = ['present', 'leave', 'cover', 'absent'];

/** 考勤 — one coordinator, one day. orgPath: the coordinator's street. */
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
