import { create } from 'zustand';

/**
 * What the split planner is doing: the community being split, the names of the communities it
 * becomes (the first keeps the original) and where each grid and loose place goes. The records
 * themselves stay in Dexie; this holds only choices.
 */
export interface SplitDraftState {
  source: string;
  names: string[];
  /** Grid code → target index; absent means the first target (the original keeps it). */
  grids: Record<string, number>;
  places: Record<string, number>;
  effectiveOn: string;
  start(source: string, sourceName: string, effectiveOn: string): void;
  setName(index: number, name: string): void;
  addTarget(name: string): void;
  removeTarget(index: number): void;
  assignGrid(code: string, target: number): void;
  assignPlace(id: string, target: number): void;
  setEffectiveOn(day: string): void;
}

const shift = (map: Record<string, number>, removed: number) =>
  Object.fromEntries(
    Object.entries(map)
      .filter(([, t]) => t !== removed)
      .map(([k, t]) => [k, t > removed ? t - 1 : t]),
  );

export const useSplitDraft = create<SplitDraftState>()((set) => ({
  source: '',
  names: [],
  grids: {},
  places: {},
  effectiveOn: '',
  start: (source, sourceName, effectiveOn) =>
    set({ source, names: [sourceName, ''], grids: {}, places: {}, effectiveOn }),
  setName: (index, name) => set((s) => ({ names: s.names.map((n, i) => (i === index ? name : n)) })),
  addTarget: (name) => set((s) => ({ names: [...s.names, name] })),
  removeTarget: (index) =>
    set((s) =>
      index === 0
        ? s
        : {
            names: s.names.filter((_, i) => i !== index),
            grids: shift(s.grids, index),
            places: shift(s.places, index),
          },
    ),
  assignGrid: (code, target) => set((s) => ({ grids: { ...s.grids, [code]: target } })),
  assignPlace: (id, target) => set((s) => ({ places: { ...s.places, [id]: target } })),
  setEffectiveOn: (effectiveOn) => set({ effectiveOn }),
}));

/**
 * What the merge planner is doing: the community it started from (the address), the others
 * added to it, which one stays (or a new one, by name) and the date. Choices only, like the split.
 */
export interface MergeDraftState {
  start: string;
  others: string[];
  into: string;
  name: string;
  effectiveOn: string;
  begin(start: string, effectiveOn: string): void;
  setOthers(codes: string[]): void;
  setInto(code: string): void;
  setName(name: string): void;
  setEffectiveOn(day: string): void;
}

export const useMergeDraft = create<MergeDraftState>()((set) => ({
  start: '',
  others: [],
  into: '',
  name: '',
  effectiveOn: '',
  begin: (start, effectiveOn) => set({ start, others: [], into: start, name: '', effectiveOn }),
  // A community taken out of the merge cannot stay as the one the others join.
  setOthers: (others) =>
    set((s) => ({
      others,
      into: s.into === '' || s.into === s.start || others.includes(s.into) ? s.into : s.start,
    })),
  setInto: (into) => set({ into }),
  setName: (name) => set({ name }),
  setEffectiveOn: (effectiveOn) => set({ effectiveOn }),
}));

/**
 * What the 撤村建居 planner is doing: the village it started from (the address), other villages
 * of the street that become the same community, the new community's name and the date.
 */
export interface VillageDraftState {
  start: string;
  others: string[];
  name: string;
  effectiveOn: string;
  begin(start: string, name: string, effectiveOn: string): void;
  setOthers(codes: string[]): void;
  setName(name: string): void;
  setEffectiveOn(day: string): void;
}

export const useVillageDraft = create<VillageDraftState>()((set) => ({
  start: '',
  others: [],
  name: '',
  effectiveOn: '',
  begin: (start, name, effectiveOn) => set({ start, others: [], name, effectiveOn }),
  setOthers: (others) => set((s) => ({ others: others.filter((c) => c !== s.start) })),
  setName: (name) => set({ name }),
  setEffectiveOn: (effectiveOn) => set({ effectiveOn }),
}));
