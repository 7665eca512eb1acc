import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/shallow';
import type { WizardActions, WizardState, WizardStore } from './wizard-store';

export const WizardContext = createContext<WizardStore | null>(null);

function useWizardStore(): WizardStore {
  const store = useContext(WizardContext);
  if (!store) throw new Error('an import wizard step is shown outside the wizard');
  return store;
}

/** What a step shows of the wizard's state; re-renders only when that changes. */
export function useWizard<T extends object>(select: (state: WizardState) => T): T {
  return useStore(useWizardStore(), useShallow(select));
}

/** The wizard's actions: they never change, so reading them re-renders nothing. */
export function useWizardActions(): WizardActions {
  return useWizardStore().getState();
}
