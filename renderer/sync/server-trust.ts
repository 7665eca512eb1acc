/**
 * Which sync servers the user agreed to reach over plain http, remembered on this computer per
 * server (origin): the warning is asked once for each office server, never for a new one
 * silently. Loopback and https servers need no agreement (shared/sync/server-address.ts).
 */
import { needsInsecureConsent, serverOrigin } from '@shared/sync/server-address';
import { RefusedError } from '../app/input-error';

export const INSECURE_SERVERS_KEY = 'street-desk.insecure-sync-servers';

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

/** Signing in to plain http on another computer, before the user accepted the warning for it. */
export class InsecureServerError extends RefusedError {
  constructor(readonly origin: string) {
    super('errors.sync.insecureServer', { origin });
    this.name = 'InsecureServerError';
  }
}

function acceptedOrigins(store: KeyValueStore): string[] {
  try {
    const value: unknown = JSON.parse(store.getItem(INSECURE_SERVERS_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export function isInsecureServerAccepted(origin: string, store: KeyValueStore = localStorage): boolean {
  return acceptedOrigins(store).includes(origin);
}

export function acceptInsecureServer(origin: string, store: KeyValueStore = localStorage): void {
  const origins = acceptedOrigins(store);
  if (!origins.includes(origin)) store.setItem(INSECURE_SERVERS_KEY, JSON.stringify([...origins, origin]));
}

/** Throws InsecureServerError when `url` is plain http to another computer not yet accepted. */
export function checkServerTransport(url: string, store: KeyValueStore = localStorage): void {
  const origin = serverOrigin(url);
  if (origin === null) throw new RefusedError('errors.sync.badUrl');
  if (needsInsecureConsent(url) && !isInsecureServerAccepted(origin, store))
    throw new InsecureServerError(origin);
}
