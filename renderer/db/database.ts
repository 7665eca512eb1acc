import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { OrgUnit } from '@shared/model/org';
import type { CommunityWorker, Place, ServicePoint } from '@shared/model/place';
import type { SyncedTable } from '@shared/model/record';
import type {
  AccessRequest,
  BurdenComplaint,
  HolidayYear,
  InfoSystem,
  ListEdition,
  ListItem,
} from '@shared/model/lists';
import type {
  Assignment,
  Attendance,
  Coordinator,
  CoordinatorCategory,
  Department,
} from '@shared/model/coordinator';
import type { AuditEvent } from '@shared/model/audit';
import type { DivisionChange } from '@shared/model/division';
import type { Ticket, TicketStep } from '@shared/model/ticket';
import type { Responder, Whistle, WhistleCall } from '@shared/model/whistle';
import type { ReportingMember, ServiceActivity } from '@shared/model/dual-report';
import type {
  Committee,
  CommitteeExemption,
  CommitteeLog,
  ConsultationMeeting,
  ConsultationTopic,
  DemoPoint,
} from '@shared/model/governance';
import type { AssessmentRound, AssessmentScore } from '@shared/model/assessment';
import { SCHEMA_VERSIONS } from './schema';
import { createCaptureMiddleware, type CaptureExpandos, type ClockRow, type CaptureOptions } from './capture';
import { catalogMiddleware, ensureCatalog, type CatalogBlock } from './catalog';
import type { OutboxRecord } from './outbox';

/** Small local key–value rows: the client clock, which dataset is loaded, and the like. */
export type MetaRow = ClockRow | { key: string; value: unknown };

export const DEFAULT_DB_NAME = 'street-desk';

export class StreetDeskDb extends Dexie {
  orgUnits!: EntityTable<OrgUnit, 'id'>;
  places!: EntityTable<Place, 'id'>;
  servicePoints!: EntityTable<ServicePoint, 'id'>;
  communityWorkers!: EntityTable<CommunityWorker, 'id'>;
  outbox!: Table<OutboxRecord, number>;
  meta!: Table<MetaRow, string>;
  catalog!: Table<CatalogBlock, [string, string]>;
  listEditions!: EntityTable<ListEdition, 'id'>;
  listItems!: EntityTable<ListItem, 'id'>;
  accessRequests!: EntityTable<AccessRequest, 'id'>;
  burdenComplaints!: EntityTable<BurdenComplaint, 'id'>;
  infoSystems!: EntityTable<InfoSystem, 'id'>;
  holidayYears!: EntityTable<HolidayYear, 'id'>;
  coordinators!: EntityTable<Coordinator, 'id'>;
  coordinatorCategories!: EntityTable<CoordinatorCategory, 'id'>;
  departments!: EntityTable<Department, 'id'>;
  assignments!: EntityTable<Assignment, 'id'>;
  attendance!: EntityTable<Attendance, 'id'>;
  tickets!: EntityTable<Ticket, 'id'>;
  ticketSteps!: EntityTable<TicketStep, 'id'>;
  responders!: EntityTable<Responder, 'id'>;
  whistles!: EntityTable<Whistle, 'id'>;
  whistleCalls!: EntityTable<WhistleCall, 'id'>;
  reportingMembers!: EntityTable<ReportingMember, 'id'>;
  serviceActivities!: EntityTable<ServiceActivity, 'id'>;
  consultationTopics!: EntityTable<ConsultationTopic, 'id'>;
  consultationMeetings!: EntityTable<ConsultationMeeting, 'id'>;
  committees!: EntityTable<Committee, 'id'>;
  committeeLogs!: EntityTable<CommitteeLog, 'id'>;
  committeeExemptions!: EntityTable<CommitteeExemption, 'id'>;
  demoPoints!: EntityTable<DemoPoint, 'id'>;
  divisionChanges!: EntityTable<DivisionChange, 'id'>;
  assessmentRounds!: EntityTable<AssessmentRound, 'id'>;
  assessmentScores!: EntityTable<AssessmentScore, 'id'>;
  auditEvents!: EntityTable<AuditEvent, 'id'>;

  constructor(
    name: string = DEFAULT_DB_NAME,
    options: CaptureOptions & { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {},
  ) {
    super(
      name,
      options.indexedDB ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange } : undefined,
    );
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const v = this.version(version).stores(stores);
      if (upgrade) v.upgrade(upgrade);
    }
    this.use(createCaptureMiddleware(options));
    this.use(catalogMiddleware);
    // Opening waits for this: lists and search never see a catalog of another format.
    this.on('ready', () => ensureCatalog(this), true);
  }

  /** The synced tables, by name. */
  synced(name: SyncedTable): Table<{ id: string; orgPath: string }, string> {
    return this.table(name);
  }
}

/**
 * Runs `fn` in a read-write transaction whose writes are not captured: for rows that are
 * not local changes — applied from the server, shipped reference data, demo data.
 */
export function withoutCapture<T>(
  db: StreetDeskDb,
  tables: readonly (SyncedTable | 'meta' | 'outbox' | 'catalog')[],
  fn: (tx: Transaction) => Promise<T>,
): Promise<T> {
  // A nested transaction shares its parent's IndexedDB transaction, so the flag would switch
  // capture off for the parent's own writes too.
  if (Dexie.currentTransaction) throw new Error('withoutCapture cannot run inside another transaction');
  return db.transaction('rw', [...tables], (tx) => {
    (tx.idbtrans as IDBTransaction & CaptureExpandos).noCapture = true;
    return fn(tx);
  });
}
