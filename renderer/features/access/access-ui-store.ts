import { create } from 'zustand';
import type { AccessStatus } from '@shared/model/lists';

/** What the access screens are doing: the filters, the open request and the open form. */
/** `missing`: the fields review still needs, shown at the fields when a submit found them empty. */
export type RequestFormTarget = { mode: 'new' } | { mode: 'edit'; id: string; missing?: readonly string[] };

interface AccessUiState {
  query: string;
  status: AccessStatus | undefined;
  openRequestId: string | null;
  requestForm: RequestFormTarget | null;
  setQuery(query: string): void;
  setStatus(status: AccessStatus | undefined): void;
  openRequest(id: string | null): void;
  openRequestForm(form: AccessUiState['requestForm']): void;
}

export const useAccessUi = create<AccessUiState>((set) => ({
  query: '',
  status: undefined,
  openRequestId: null,
  requestForm: null,
  setQuery: (query) => set({ query }),
  setStatus: (status) => set({ status }),
  openRequest: (openRequestId) => set({ openRequestId }),
  openRequestForm: (requestForm) => set({ requestForm }),
}));
