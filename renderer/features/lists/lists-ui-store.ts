import { create } from 'zustand';
import type { ListItemKind } from '@shared/model/lists';

/** What the lists screens are doing: the filters. The chosen edition is in the address (use-selected-edition.ts). */
interface ListsUiState {
  query: string;
  section: string | undefined;
  itemKind: ListItemKind | undefined;
  setQuery(query: string): void;
  setSection(section: string | undefined): void;
  setItemKind(kind: ListItemKind | undefined): void;
  /** Another list's sections and kinds differ: its filters start empty. */
  resetFilters(): void;
}

export const useListsUi = create<ListsUiState>((set) => ({
  query: '',
  section: undefined,
  itemKind: undefined,
  resetFilters: () => set({ query: '', section: undefined, itemKind: undefined }),
  setQuery: (query) => set({ query }),
  setSection: (section) => set({ section }),
  setItemKind: (itemKind) => set({ itemKind }),
}));
