import { create } from 'zustand';
import type { ListItemKind, ListKind } from '@shared/model/lists';

/** What the lists screens are doing: the edition chosen per list, the filters, the open form. */
interface ListsUiState {
  editionByKind: Partial<Record<ListKind, string>>;
  query: string;
  section: string | undefined;
  itemKind: ListItemKind | undefined;
  selectEdition(kind: ListKind, editionId: string | undefined): void;
  setQuery(query: string): void;
  setSection(section: string | undefined): void;
  setItemKind(kind: ListItemKind | undefined): void;
  /** Another list's sections and kinds differ: its filters start empty. */
  resetFilters(): void;
}

export const useListsUi = create<ListsUiState>((set) => ({
  editionByKind: {},
  query: '',
  section: undefined,
  itemKind: undefined,
  selectEdition: (kind, editionId) =>
    set((s) => ({ editionByKind: { ...s.editionByKind, [kind]: editionId }, section: undefined })),
  resetFilters: () => set({ query: '', section: undefined, itemKind: undefined }),
  setQuery: (query) => set({ query }),
  setSection: (section) => set({ section }),
  setItemKind: (itemKind) => set({ itemKind }),
}));
