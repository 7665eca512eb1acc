import type { SyncedRecord } from './record';

/**
 * 审计记录 — an action on personal data that must leave a trace: showing a resident ID or a
 * phone in full, exporting it unmasked. Append-only; the value itself is never recorded.
 * orgPath: the record's, so the audit travels with the data to whoever may read it.
 */
export interface AuditEvent extends SyncedRecord {
  action: 'unmask' | 'exportUnmasked';
  table: string;
  recordId: string;
  /** Which field was shown: residentId, mobile … */
  field: string;
  at: string;
  /** User id. */
  by: string;
  /** How the user was shown at the time, for reading the trail without a user directory. */
  byName?: string;
  /** The role that allowed it. */
  role?: string;
}
