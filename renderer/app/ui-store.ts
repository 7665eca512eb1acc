import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Language } from '@shared/desktop-api';

/**
 * What the user is looking at, kept across restarts: language, the scope every list filters
 * by, panel state. Domain rows never live here — they are read from Dexie.
 */
interface UiState {
  language: Language;
  /** orgPath of the current scope; '' is the whole city. */
  scope: string;
  scopePanelOpen: boolean;
  navCollapsed: boolean;
  setLanguage(language: Language): void;
  setScope(scope: string): void;
  toggleScopePanel(): void;
  setNavCollapsed(collapsed: boolean): void;
}

export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      language: 'zh-CN',
      scope: '',
      scopePanelOpen: true,
      navCollapsed: false,
      setLanguage: (language) => set({ language }),
      setScope: (scope) => set({ scope }),
      toggleScopePanel: () => set((s) => ({ scopePanelOpen: !s.scopePanelOpen })),
      setNavCollapsed: (navCollapsed) => set({ navCollapsed }),
    }),
    { name: 'street-desk.ui', version: 1 },
  ),
);
