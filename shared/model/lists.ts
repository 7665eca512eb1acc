import type { SyncedRecord } from './record';

/**
 * 三张清单 — the three lists, and 社区工作准入 — community work access review (DOMAIN.md).
 * These types are the contract between the lists feature, Excel import/export and sync;
 * add fields freely, rename none.
 */

/** 街道职责清单, 行政执法清单, 社区任务清单. */
export type ListKind = 'streetDuties' | 'enforcement' | 'communityTasks';
export const LIST_KINDS: readonly ListKind[] = ['streetDuties', 'enforcement', 'communityTasks'];

export type EditionStatus = 'draft' | 'published' | 'retired';

/** 清单版本 — an edition of one list (2020版, 2021版 …); only a draft is editable. */
export interface ListEdition extends SyncedRecord {
  kind: ListKind;
  /** 2020版 */
  name: string;
  /** `YYYY-MM-DD` */
  effectiveFrom?: string;
  effectiveTo?: string;
  status: EditionStatus;
  /** The edition this one was copied from. */
  basedOnId?: string;
  publishedAt?: string;
  publishedBy?: string;
  retiredAt?: string;
}

/**
 * Item kinds: 基本履职 / 配合履职 / 收回上级 (duties); 综合执法 / 联合执法 (enforcement);
 * 依法履行 / 依法协助 (community tasks).
 */
export type ListItemKind =
  'basic' | 'cooperative' | 'returned' | 'comprehensive' | 'joint' | 'perform' | 'assist';

/** The seven things a community may do when assisting the government (seed article). */
export type AssistanceMode =
  | 'contactResidents' // 联系居民
  | 'assistHomeVisits' // 协助入户
  | 'mobilize' // 组织动员
  | 'publicity' // 宣传教育
  | 'reportConcerns' // 诉求反映
  | 'discoverAndReport' // 非专业性工作任务的发现报告
  | 'assistServices'; // 政务服务的辅助办理
export const ASSISTANCE_MODES: readonly AssistanceMode[] = [
  'contactResidents',
  'assistHomeVisits',
  'mobilize',
  'publicity',
  'reportConcerns',
  'discoverAndReport',
  'assistServices',
];

/** 清单事项 — an item of an edition. Natural key for import: (edition, code). */
export interface ListItem extends SyncedRecord {
  editionId: string;
  code: string;
  section: string;
  title: string;
  /** Lead office (duties), source department (enforcement) or responsible unit. */
  leadUnit?: string;
  legalBasis?: string;
  kind: ListItemKind;
  /** For assistance items: the modes they allow. */
  assistanceModes?: AssistanceMode[];
  notes?: string;
  /** Position in the printed list; items of a section print in this order. */
  order?: number;
}

export type AccessStatus = 'draft' | 'submitted' | 'admitted' | 'refused' | 'returned' | 'revoked';

/** One step of the 准入 workflow: who, when, why. */
export interface AccessStep {
  status: AccessStatus;
  at: string;
  by: string;
  /** Session user id of `by`; names can repeat, ids do not. */
  byId?: string;
  reason?: string;
}

/** 准入申请 — a request to send work down to communities. */
export interface AccessRequest extends SyncedRecord {
  /** Street's own number for the request, e.g. 准入〔2026〕12号; also the 决定书 number. */
  code?: string;
  requestingUnit: string;
  matter: string;
  basis?: string;
  /** The matching community task list item, if any. */
  listItemId?: string;
  assistanceModes: AssistanceMode[];
  /**
   * Work asked of communities beyond the seven modes (入户核查并出具证明, 执法检查 …), in the
   * requester's words. Anything here is outside what a community may do when assisting.
   */
  otherTasks?: string[];
  /** Whether the request makes the community the responsible party (责任主体). */
  communityResponsible: boolean;
  /** Community codes. */
  targetCommunities: string[];
  periodFrom?: string;
  periodTo?: string;
  frequency?: string;
  funding?: string;
  staffing?: string;
  /** Forms and information systems the communities would have to fill. */
  formsAndSystems: string[];
  contact?: string;
  /** `YYYY-MM-DD` the request was filed. */
  filedOn?: string;
  /** `YYYY-MM-DD` the work would start. */
  startsOn?: string;
  status: AccessStatus;
  history: AccessStep[];
  /** Where refused work went instead. */
  redirectedTo?: {
    kind: 'coordinators' | 'thirdParty';
    note?: string;
    assignmentIds?: string[];
    /** Who takes the work: a coordinator category, or the service provider and its contract. */
    receiver?: string;
    at?: string;
    by?: string;
  };
}

/** 社区减负投诉 — a residents' committee's complaint of work never admitted. */
export interface BurdenComplaint extends SyncedRecord {
  communityCode: string;
  department: string;
  ticketNumber?: string;
  accessRequestId?: string;
  /** The work the committee was given, in its words. */
  task?: string;
  summary: string;
  receivedOn: string;
}

/** 信息系统/报表 — a form or information system communities must fill. */
export interface InfoSystem extends SyncedRecord {
  name: string;
  owner: string;
  level: 'city' | 'district' | 'street';
  /** Community codes that must fill it. */
  communityCodes: string[];
  /** How often it is filled (每月, 每季度 …). */
  frequency?: string;
}

/** One year of the Chinese working-day calendar, editable data. */
export interface HolidayYear extends SyncedRecord {
  year: number;
  /**
   * `YYYY-MM-DD` days off of the holiday periods (statutory holidays and the days moved next
   * to them); weekend days inside a period may be listed too — they are off either way.
   */
  holidays: string[];
  /** `YYYY-MM-DD` weekend days that are working days (调休). */
  workdays: string[];
  /** The holiday periods by name (春节 2月15日至23日), for showing and editing; `holidays` is what counts. */
  periods?: { name: string; from: string; to: string }[];
  /** The notice the arrangement follows. */
  source?: string;
}
