import { create } from 'zustand';

/**
 * Keeps the welcome page up while something started from it is still open (the Excel import
 * wizard): its first committed rows make the database non-empty, and the page — with the
 * wizard showing the result and its undo — must not vanish under the user.
 */
export const useWelcomeHold = create<{ held: boolean; setHeld(held: boolean): void }>()((set) => ({
  held: false,
  setHeld: (held) => set({ held }),
}));
