import { create } from 'zustand';
import type { RoundComputation } from './compute-round';

/**
 * The latest computation of each round opened in this window. Derived and large (a district's
 * records), so it lives in memory only; a published round shows its frozen snapshot instead.
 */
export const useComputations = create<{ byRound: Record<string, RoundComputation> }>(() => ({ byRound: {} }));

export const keepComputation = (roundId: string, computation: RoundComputation) =>
  useComputations.setState((s) => ({ byRound: { ...s.byRound, [roundId]: computation } }));
