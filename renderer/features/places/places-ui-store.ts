import { create } from 'zustand';
import type { CoverageGap } from '@shared/places/coverage';

/** What the 楼门院 screens are doing: the query, a coverage-gap filter, the open card and form. */
interface PlacesUiState {
  query: string;
  /** Show only places with this gap (from the coverage view), optionally inside one community or grid. */
  gapFilter: { gap: CoverageGap; unitCode?: string } | null;
  openCardId: string | null;
  form: { mode: 'new' } | { mode: 'edit'; id: string } | null;
  setQuery(query: string): void;
  setGapFilter(filter: PlacesUiState['gapFilter']): void;
  openCard(id: string | null): void;
  openForm(form: PlacesUiState['form']): void;
}

export const usePlacesUi = create<PlacesUiState>((set) => ({
  query: '',
  gapFilter: null,
  openCardId: null,
  form: null,
  setQuery: (query) => set({ query }),
  setGapFilter: (gapFilter) => set({ gapFilter, query: '' }),
  openCard: (openCardId) => set({ openCardId }),
  openForm: (form) => set({ form }),
}));

/** Opens the 楼门院 list on the places lacking `gap` (from coverage, or an assessment's figure). */
export const showPlacesWithGap = (gap: CoverageGap, unitCode?: string) =>
  usePlacesUi.getState().setGapFilter({ gap, unitCode });
