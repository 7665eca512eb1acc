import type { SessionUser } from '@shared/auth/roles';
import type { DesktopApi } from '@shared/desktop-api';
import type { StreetDeskDb } from '../db';
import { RefusedError } from '../app/input-error';
import { useSession, type ServerConnection } from '../app/session';
import { normalizeServerUrl, serverOrigin } from '@shared/sync/server-address';
import { SyncApi, type FetchLike } from './api';
import { checkServerTransport } from './server-trust';
import { refuseDemo } from './engine';
import { ensureClientClock, startNewClientClock } from '../db/capture';
import { readMeta, SERVER_KEY, writeMeta, type ServerIdentity } from './state';

/** The server whose data this database holds, if any. */
export async function knownServer(db: StreetDeskDb, clientId: string): Promise<ServerIdentity | undefined> {
  const known = await readMeta<ServerIdentity>(db, SERVER_KEY);
  return known?.clientId === clientId ? known : undefined;
}

/** The API of the server this copy is signed in to, or null (not connected, or sign-in needed). */
export function currentApi(
  fetchImpl?: FetchLike,
): { api: SyncApi; connection: ServerConnection; user: SessionUser } | null {
  const { connection, user } = useSession.getState();
  if (!connection?.token) return null;
  return { api: new SyncApi(connection.url, connection.token, fetchImpl), connection, user };
}

/**
 * Signs in to a sync server. Refused for plain http to another computer until the user accepted
 * the warning for that server (InsecureServerError), while the local data is the demo dataset (it must never
 * reach a server) and when this database already holds another server's data: mixing two
 * servers' records would push one's into the other.
 */
export async function signIn(
  db: StreetDeskDb,
  serverUrl: string,
  username: string,
  password: string,
  /** Told the server before the password goes out, so the desktop host lets the request through. */
  host: Pick<DesktopApi, 'allowSyncServer'>,
  fetchImpl?: FetchLike,
): Promise<SessionUser> {
  await refuseDemo(db);
  let url: string;
  try {
    url = normalizeServerUrl(serverUrl);
  } catch {
    throw new RefusedError('errors.sync.badUrl');
  }
  checkServerTransport(url);
  await host.allowSyncServer(serverOrigin(url) ?? url);
  let { clientId } = await ensureClientClock(db);
  const response = await new SyncApi(url, null, fetchImpl).login(username, password, clientId);
  const known = await knownServer(db, clientId);
  if (known && known.serverId !== response.serverId) throw new RefusedError('errors.sync.otherServer');
  const otherUser = known?.userId !== undefined && known.userId !== response.user.id;
  // The server's word covers what this copy cannot know: an identity recorded before the server
  // bound ids to users (no userId), or one an office used for bundles.
  const taken = response.clientTaken === true;
  if (otherUser || taken) {
    // Another user at this workstation: the server keeps the old id for the user who had it.
    const started = await startNewClientClock(db, () => db.outbox.count());
    if (typeof started === 'number') {
      throw otherUser && known.userName
        ? new RefusedError('errors.sync.otherUserPending', { count: started, name: known.userName })
        : new RefusedError('errors.sync.takenPending', { count: started });
    }
    clientId = started.clientId;
  }
  await writeMeta<ServerIdentity>(db, SERVER_KEY, {
    serverId: response.serverId,
    clientId,
    url,
    userId: response.user.id,
    userName: response.user.displayName,
  });
  useSession.getState().signIn(response.user, {
    url,
    token: response.token,
    expiresAt: response.expiresAt,
    serverId: response.serverId,
  });
  return response.user;
}

/** Signs out: the server forgets the token; local data and pending changes stay. */
export async function signOut(fetchImpl?: FetchLike): Promise<void> {
  const current = currentApi(fetchImpl);
  useSession.getState().signOut();
  await current?.api.logout().catch(() => undefined);
}
