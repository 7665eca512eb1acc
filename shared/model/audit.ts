import type { SyncedRecord } from './record';

/**
 * 审计记录 — an action on personal data that must leave a trace: showing a resident ID or a
 * phone in full, exporting it unmasked. Append-only; the value itself is never recorded.
 */
export interface AuditEvent extends SyncedRecord {
  action: 'unmask' | 'exportUnmasked';
  table: string;
  recordId: string;
  /** Which field was shown: residentId, mobile … */
  field: string;
  at: string;
  by: string;
}
