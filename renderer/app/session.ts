import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { SessionUser } from '@shared/auth/roles';

/**
 * Who is using this copy of the app. Without a server there is one local user with the
 * whole city in scope (the street office's own machine); signing in to a sync server
 * replaces it with the server's account, role and scope (renderer/sync/connection.ts). The
 * session is kept across restarts, so the app goes on working offline as that user; the UI
 * mirrors the role, the server enforces it.
 */
export const LOCAL_USER: SessionUser = {
  id: 'local',
  username: 'local',
  displayName: '本机用户',
  role: 'admin',
  scope: '',
};

/**
 * A user's name as a screen shows it: the local user's stored name ('本机用户', kept in the
 * records it wrote) reads in the user's language.
 */
export function shownUserName(name: string, localName: string): string {
  return name === LOCAL_USER.displayName ? localName : name;
}

/** The sync server this copy signed in to. */
export interface ServerConnection {
  /** e.g. `https://192.168.1.20:5180`, no trailing slash. */
  url: string;
  /** Bearer token; the server keeps only its hash. Absent once the server refused it (sign in again). */
  token?: string;
  expiresAt?: string;
  serverId: string;
}

interface SessionState {
  user: SessionUser;
  connection: ServerConnection | null;
  setUser(user: SessionUser): void;
  signIn(user: SessionUser, connection: ServerConnection): void;
  /** The server no longer accepts the token: keep user and data, ask to sign in again. */
  expire(): void;
  signOut(): void;
}

export const useSession = create<SessionState>()(
  persist(
    (set) => ({
      user: LOCAL_USER,
      connection: null,
      setUser: (user) => set({ user }),
      signIn: (user, connection) => set({ user, connection }),
      expire: () =>
        set((s) =>
          s.connection ? { connection: { url: s.connection.url, serverId: s.connection.serverId } } : s,
        ),
      signOut: () => set({ user: LOCAL_USER, connection: null }),
    }),
    {
      name: 'street-desk.session',
      version: 2,
      // Version 1 held only the user.
      migrate: (persisted) => ({ connection: null, ...(persisted as object) }) as SessionState,
    },
  ),
);
