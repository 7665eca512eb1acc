import { describeCode } from '@shared/messages';
import type { RowIssue } from '@shared/excel/import-rows';
import { DesktopError } from '@shared/desktop-api';
import { i18next, translateDynamic } from '../../app/i18n';
import { runJob } from '../../app/jobs/job-store';
import { RefusedError } from '../../app/input-error';
import { ExcelCallFailed, type CallOptions } from './worker-client';
import type { Stage } from './protocol';

/** Shared pieces of the Excel screens: worker calls as visible jobs, and messages. */

/** Runs a worker call as a job with progress and cancel (the app's job dialog). */
export function excelJob<T>(title: string, call: (options: CallOptions) => Promise<T>): Promise<T> {
  return runJob(title, ({ signal, report }) =>
    call({
      signal,
      onProgress: (stage: Stage, done: number, total: number) => {
        const detail = translateDynamic(`excel.stage.${stage}`, {
          done: done.toLocaleString(),
          total: total.toLocaleString(),
        });
        report(total > 0 ? Math.min(1, done / total) : 0, detail);
      },
    }),
  );
}

/** The message of a row issue in the UI language; codes the app has no text for fall back to the engine's. */
export function issueMessage(issue: Pick<RowIssue, 'code' | 'values'>): string {
  const key = `errors.${issue.code}`;
  if (i18next.exists(key)) return translateDynamic(key, issue.values);
  return describeCode(issue.code, issue.values, i18next.language === 'en' ? 'en' : 'zh');
}

/** What to tell the user when an Excel step failed. */
export function failureMessage(error: unknown): string {
  if (error instanceof ExcelCallFailed && error.failure.kind === 'file') {
    return translateDynamic(`errors.excel.file.${error.failure.code}`, error.failure.values);
  }
  if (error instanceof RefusedError) return translateDynamic(error.key, error.values);
  if (error instanceof DesktopError) return error.message;
  const message =
    error instanceof ExcelCallFailed && error.failure.kind === 'other'
      ? error.failure.message
      : String(error);
  return translateDynamic('excel.failed', { message });
}

/** A copy that owns its whole buffer, so it can be transferred to the worker. */
export function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  if (
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength &&
    bytes.buffer instanceof ArrayBuffer
  ) {
    return bytes.buffer;
  }
  return bytes.slice().buffer as ArrayBuffer;
}

export const EXCEL_FILTERS = [{ name: 'Excel', extensions: ['xlsx', 'xls', 'csv'] }];
