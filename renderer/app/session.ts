import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { SessionUser } from '@shared/auth/roles';

/**
 * Who is using this copy of the app. Without a server there is one local user with the
 * whole city in scope (the street office's own machine); signing in to a sync server
 * replaces it with the server's account, role and scope (issue 6). The UI mirrors the role;
 * the server enforces it.
 */
export const LOCAL_USER: SessionUser = {
  id: 'local',
  username: 'local',
  displayName: '本机用户',
  role: 'admin',
  scope: '',
};

interface SessionState {
  user: SessionUser;
  setUser(user: SessionUser): void;
  signOut(): void;
}

export const useSession = create<SessionState>()(
  persist(
    (set) => ({
      user: LOCAL_USER,
      setUser: (user) => set({ user }),
      signOut: () => set({ user: LOCAL_USER }),
    }),
    { name: 'street-desk.session', version: 1 },
  ),
);
