import { randomUUID } from 'node:crypto';
import type { SessionUser } from '@shared/auth/roles';
import { ENTITY_SPECS } from '@shared/excel/entities';
import type { EntityName, StoredRecord } from '@shared/excel/entity';
import { importWorkbook } from '@shared/excel/import-workbook';
import type { MessageLanguage } from '@shared/messages';
import type { ImportReport } from '@shared/excel/report';
import { SERVER_MANAGED_FIELDS } from '@shared/model/record';
import { encodeHlc, tickHlc, type HlcState } from '@shared/sync/hlc';
import type { Mutation, RejectedMutation } from '@shared/sync/protocol';
import type { Database } from '../db/database';
import { applyPush } from '../sync/push';
import { existingFrom, loadTables, orgDirectoryOf, referenceDataOf, tablesFor } from './lookup';

/**
 * `npm run server -- import`: an Excel file straight into the server's database, for
 * city-level bulk loads. The same engine as the app plans the import against the server's
 * records (upsert by natural key); the new and changed records then go in as one push from a
 * client of their own, so they get revisions, history rows and scope checks exactly like a
 * workstation's edits — in one transaction: the whole file, or nothing.
 */

export interface ServerImportOptions {
  fileName: string;
  /** orgPath every row must fall in, and the importing user's scope; '' is the whole city. */
  scope: string;
  dryRun: boolean;
  /** `YYYY-MM-DD`. */
  today: string;
  sheet?: string;
  language?: MessageLanguage;
  /** Who the history rows name. */
  userName?: string;
  now?: () => number;
}

export interface ServerImportResult {
  report: ImportReport;
  counts: { new: number; updated: number; unchanged: number; rejected: number; skipped: number };
  /** Whether anything was written (false for a dry run, when nothing changed, or when the database refused a row: then nothing is). */
  written: boolean;
  /** The import's client id in history (one per import), when written. */
  clientId?: string;
}

const NOT_SENT = new Set<string>([...SERVER_MANAGED_FIELDS, 'id']);

/** Fields a write sets, as the app's outbox capture computes them (removed fields become null). */
function changedFields(before: StoredRecord | undefined, after: StoredRecord): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(after)) {
    if (NOT_SENT.has(field) || value === undefined) continue;
    if (!before || JSON.stringify(before[field]) !== JSON.stringify(value)) changes[field] = value;
  }
  if (before) {
    for (const field of Object.keys(before)) {
      if (NOT_SENT.has(field)) continue;
      if (before[field] !== undefined && after[field] === undefined) changes[field] = null;
    }
  }
  return changes;
}

/** The push refused some rows: the transaction is rolled back. */
class ImportRefused extends Error {
  constructor(readonly refused: readonly RejectedMutation[]) {
    super('import refused');
  }
}

export async function importIntoServer(
  db: Database,
  entity: EntityName,
  bytes: Uint8Array,
  options: ServerImportOptions,
): Promise<ServerImportResult> {
  const spec = ENTITY_SPECS[entity];
  const tables = await loadTables(db, tablesFor(spec));
  const userName = options.userName ?? 'Excel 导入（命令行）';
  const { report, plan } = await importWorkbook(entity, bytes, {
    fileName: options.fileName,
    today: options.today,
    scope: options.scope,
    sheet: options.sheet,
    org: orgDirectoryOf(tables),
    refs: referenceDataOf(entity, tables),
    existing: existingFrom(spec, tables),
    user: userName,
    language: options.language,
  });
  const counts = plan.counts;
  const writes = plan.outcomes.filter((o) => (o.status === 'new' || o.status === 'updated') && o.record);
  if (options.dryRun || writes.length === 0) return { report, counts, written: false };

  const clientId = `import-${randomUUID()}`;
  const now = options.now?.() ?? Date.now();
  let clock: HlcState = { millis: 0, counter: 0, node: clientId };
  const mutations: Mutation[] = writes.map((o, i) => {
    clock = tickHlc(clock, now);
    const before = o.status === 'updated' ? o.previous : undefined;
    const mutation: Mutation = {
      clientId,
      mutationId: i + 1,
      hlc: encodeHlc(clock),
      table: spec.table,
      id: o.record!.id,
      op: before ? 'update' : 'create',
      changedFields: changedFields(before, o.record!),
    };
    if (before) {
      if (typeof before.rev === 'number') mutation.baseRev = before.rev;
      mutation.baseOrgPath = before.orgPath;
    }
    return mutation;
  });
  // An administrator of the given scope: the push refuses rows outside it, as for any user.
  const user: SessionUser = {
    id: 'excel-import',
    username: 'excel-import',
    displayName: userName,
    role: 'admin',
    scope: options.scope,
  };
  // The push runs in one transaction; a mutation it refuses (a record deleted or moved out of
  // scope since the plan was made) rolls the whole import back: nothing is half-imported.
  const allOrNothing: Database = {
    kind: db.kind,
    query: (text, params) => db.query(text, params),
    close: () => db.close(),
    transaction: (fn, txOptions) =>
      db.transaction(async (tx) => {
        const result = await fn(tx);
        const refused = (result as { rejected?: RejectedMutation[] }).rejected ?? [];
        if (refused.length > 0) throw new ImportRefused(refused);
        return result;
      }, txOptions),
  };
  try {
    await applyPush(allOrNothing, user, { clientId, mutations }, { now: () => now });
  } catch (error) {
    if (!(error instanceof ImportRefused)) throw error;
    const rowOf = new Map(writes.map((o, i) => [i + 1, o.row]));
    for (const r of error.refused) {
      report.rejected.push({ row: rowOf.get(r.mutationId) ?? 0, reasons: [r.message] });
    }
    report.rejected.sort((a, b) => a.row - b.row);
    report.warnings.unshift({
      row: report.headerRow,
      message:
        options.language === 'en'
          ? `The database refused ${error.refused.length} rows: nothing was imported.`
          : `数据库拒绝了 ${error.refused.length} 行，整个文件未导入。`,
    });
    return { report, counts, written: false };
  }
  return { report, counts, written: true, clientId };
}
