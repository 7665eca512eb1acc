import type { SyncedRecord } from './record';

/** 楼门院 kinds: 楼 building, 单元门 gate, 院落 courtyard, 平房院 bungalow yard. */
export type PlaceType = 'building' | 'gate' | 'courtyard' | 'bungalowYard';
export const PLACE_TYPES: readonly PlaceType[] = ['building', 'gate', 'courtyard', 'bungalowYard'];

/** 楼门长 / 院落长 — the resident responsible for a building, gate or courtyard. */
export interface PlaceHead {
  name: string;
  /** Mobile, normalised to 11 digits. */
  phone: string;
  partyMember: boolean;
  /** Term of office, `YYYY-MM-DD`. */
  termStart?: string;
  termEnd?: string;
}

/** 楼门院 — one building, gate, courtyard or bungalow yard in the registry. */
export interface Place extends SyncedRecord {
  /** Community code (12 digits) + 4-digit sequence. */
  code: string;
  type: PlaceType;
  /** Short name people use: 南新园5号楼, 东四三条12号院. */
  name: string;
  address: string;
  /** Grid code (15 digits) when the place is assigned to a grid; orgPath then ends in it. */
  gridCode?: string;
  /** For a gate: the building it belongs to. */
  parentId?: string;
  households: number;
  residents: number;
  head?: PlaceHead;
  /** 包楼 — the community worker covering this place. */
  workerId?: string;
  /** Nearby service points (养老驿站, 警务工作站 …). */
  servicePointIds: string[];
  /** Year it became a 楼门院治理示范点. */
  demoYear?: number;
  /** `YYYY-MM-DD` of the last visit. */
  lastVisitOn?: string;
  notes?: string;
}

/** Service point kinds recorded at every 楼门院 (DOMAIN.md). */
export type ServicePointKind = 'elderlyCare' | 'police' | 'health' | 'property' | 'mediation';
export const SERVICE_POINT_KINDS: readonly ServicePointKind[] = [
  'elderlyCare',
  'police',
  'health',
  'property',
  'mediation',
];

/** 服务点 — 养老驿站, 警务工作站, 社区卫生服务站, 物业, 调解室. Belongs to a community (serves its grids). */
export interface ServicePoint extends SyncedRecord {
  kind: ServicePointKind;
  name: string;
  address: string;
  contactName?: string;
  /** Mobile or landline, normalised. */
  phone?: string;
  /** Opening hours as people say them: 周一至周五 8:30–17:30. */
  hours?: string;
}

/** Role of a 社区工作者 in the residents' committee. */
export type WorkerRole = 'secretary' | 'director' | 'member' | 'worker';
export const WORKER_ROLES: readonly WorkerRole[] = ['secretary', 'director', 'member', 'worker'];

/**
 * 社区工作者 — a community worker; covers (包) buildings and courtyards. Like a place, a
 * worker assigned to a grid has an orgPath ending in the grid.
 */
export interface CommunityWorker extends SyncedRecord {
  name: string;
  phone?: string;
  role: WorkerRole;
  /** Grid the worker is responsible for, if any. */
  gridCode?: string;
}
