import { i18next } from '../../app/i18n';
import { DEFAULT_DB_NAME } from '../../db/database';
import type { ImportBatch } from './batches';
import { excelJob } from './excel-jobs';
import { withWorker } from './worker-client';

/** Undoes an import batch as a job (progress, cancel; an interrupted undo can be finished later). */
export function undoImport(batchId: string, dbName = DEFAULT_DB_NAME): Promise<ImportBatch> {
  return excelJob(i18next.t('excel.jobs.undoing'), (options) =>
    withWorker('undo', { dbName, batchId }, options),
  );
}
