import { create } from 'zustand';
import type { AssignmentFormTarget } from './AssignmentForm';

/** What the dispatch screens are doing: the board's community, day and view, the open form, the month shown. */
interface DispatchUiState {
  /** Community picked on the board when the scope is a whole street. */
  communityCode: string | null;
  /** `YYYY-MM-DD`; null means today. */
  date: string | null;
  view: 'day' | 'week';
  /** `YYYY-MM`; null means this month. */
  month: string | null;
  form: AssignmentFormTarget | null;
  setCommunity(code: string | null): void;
  setDate(date: string | null): void;
  setView(view: 'day' | 'week'): void;
  setMonth(month: string | null): void;
  openForm(form: AssignmentFormTarget | null): void;
}

export const useDispatchUi = create<DispatchUiState>((set) => ({
  communityCode: null,
  date: null,
  view: 'week',
  month: null,
  form: null,
  setCommunity: (communityCode) => set({ communityCode }),
  setDate: (date) => set({ date }),
  setView: (view) => set({ view }),
  setMonth: (month) => set({ month }),
  openForm: (form) => set({ form }),
}));
