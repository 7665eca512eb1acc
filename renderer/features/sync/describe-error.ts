import { BundleError } from '@shared/sync/bundle';
import { DesktopError } from '@shared/desktop-api';
import { i18next, translateDynamic } from '../../app/i18n';
import { RefusedError } from '../../app/input-error';
import { SyncHttpError } from '../../sync/api';

/**
 * The server writes messages as `中文。（English.）`; this picks the reader's language, so a
 * specific reason (which scope, which mutation) reaches the user in their words.
 */
export function localizedServerMessage(message: string, language: string = i18next.language): string {
  const open = message.lastIndexOf('（');
  if (open <= 0 || !message.endsWith('）')) return message;
  return language === 'en' ? message.slice(open + 1, -1) : message.slice(0, open);
}

/** Codes whose server message says more than our fixed text (which scope, which change). */
const SPECIFIC = new Set(['forbidden', 'gap', 'bad_request']);

export function describeSyncFailure(failure: { code: string; message: string; status: number }): string {
  if (failure.status === 0) return translateDynamic('errors.sync.unreachable');
  if (SPECIFIC.has(failure.code) && failure.message) return localizedServerMessage(failure.message);
  const key = `errors.sync.${failure.code}`;
  if (failure.code !== 'bundle' && i18next.exists(key))
    return translateDynamic(key, { message: failure.message });
  return translateDynamic('errors.sync.client', { message: localizedServerMessage(failure.message) });
}

/** A message for anything a sync action can throw, in plain words. */
export function describeSyncError(error: unknown): string {
  if (error instanceof BundleError)
    return translateDynamic(`errors.sync.bundle.${error.problem}`, error.values);
  if (error instanceof RefusedError) return translateDynamic(error.key, error.values);
  if (error instanceof SyncHttpError) return describeSyncFailure(error);
  if (error instanceof DesktopError) return error.message;
  return translateDynamic('errors.sync.client', {
    message: error instanceof Error ? error.message : String(error),
  });
}
