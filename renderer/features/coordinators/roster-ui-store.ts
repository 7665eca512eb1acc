import { create } from 'zustand';
import type { CoordinatorStatus } from '@shared/model/coordinator';
import { NO_FILTER, type RosterFilter } from './roster-search';

export type CoordinatorFormTarget = { mode: 'new' } | { mode: 'edit'; id: string };
export type BulkAction = 'status' | 'transfer' | 'assign';

/** What the roster screen is doing: filter, selection (ids only), the open card, form and bulk dialog. */
interface RosterUiState {
  filter: RosterFilter;
  /** Selected coordinator ids; a new Set on every change so screens see it changed. */
  selected: ReadonlySet<string>;
  openCardId: string | null;
  form: CoordinatorFormTarget | null;
  bulk: { action: BulkAction; ids: readonly string[] } | null;
  setQuery(query: string): void;
  setFacets(
    facets: Partial<Pick<RosterFilter, 'categoryIds' | 'departmentIds'>> & { statuses?: CoordinatorStatus[] },
  ): void;
  clearFilter(): void;
  toggle(id: string): void;
  select(ids: readonly string[]): void;
  clearSelection(): void;
  openCard(id: string | null): void;
  openForm(form: CoordinatorFormTarget | null): void;
  openBulk(bulk: RosterUiState['bulk']): void;
}

export const useRosterUi = create<RosterUiState>((set) => ({
  filter: NO_FILTER,
  selected: new Set(),
  openCardId: null,
  form: null,
  bulk: null,
  setQuery: (query) => set((s) => ({ filter: { ...s.filter, query } })),
  setFacets: (facets) => set((s) => ({ filter: { ...s.filter, ...facets } })),
  clearFilter: () => set({ filter: NO_FILTER }),
  toggle: (id) =>
    set((s) => {
      const selected = new Set(s.selected);
      if (!selected.delete(id)) selected.add(id);
      return { selected };
    }),
  select: (ids) => set({ selected: new Set(ids) }),
  clearSelection: () => set({ selected: new Set() }),
  openCard: (openCardId) => set({ openCardId }),
  openForm: (form) => set({ form }),
  openBulk: (bulk) => set({ bulk }),
}));
