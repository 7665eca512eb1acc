import type { SyncedRecord, SyncedTable } from './record';

/** The kinds of division change (区划调整): 拆分, 合并, 划转 grids or places, 撤村建居. */
export type DivisionKind = 'split' | 'merge' | 'move' | 'villageToCommunity';
export const DIVISION_KINDS: readonly DivisionKind[] = ['split', 'merge', 'move', 'villageToCommunity'];

/** draft → applied → undone; an undone change is kept as history, never deleted. */
export type DivisionState = 'draft' | 'applied' | 'undone';

/** One community a change results in: an existing one (code) or a new one (code given on apply). */
export interface DivisionTarget {
  /** Existing community code; absent for a community the change creates. */
  code?: string;
  name: string;
  /** Grids (15-digit codes) of the sources that go to it. */
  gridCodes: string[];
  /** Places (buildings, courtyards) that go to it on their own; their gates follow them. */
  placeIds: string[];
  /** Everything of the sources not given to another target goes here (exactly one target has it). */
  remainder?: boolean;
}

/** Where a record was before a division change moved it: its 原属. Newest last on the record. */
export interface FormerPlacement {
  changeId: string;
  /** `YYYY-MM-DD` the change took effect. */
  on: string;
  orgPath: string;
  /** A place's 16-digit code, a grid's 15-digit code, before the move. */
  code?: string;
  gridCode?: string;
}

/**
 * 区划调整 — one reorganisation of communities in a street. Synced, kept as history of the
 * communities it touched; what it moved is found by the `formerly` entries it left on the records.
 */
export interface DivisionChange extends SyncedRecord {
  kind: DivisionKind;
  /** Community or village codes whose records the change distributes. */
  sources: string[];
  targets: DivisionTarget[];
  /** `YYYY-MM-DD`. */
  effectiveOn: string;
  state: DivisionState;
  note?: string;
  /** Filled on apply: the codes given to new communities, in target order, and what moved. */
  result?: {
    codes: string[];
    /** Sources that no longer exist as units (merged away, village become community). */
    dissolved: string[];
    /** Per table (and `gates` apart from other places), how many records moved. */
    moved: Partial<Record<SyncedTable | 'gates', number>>;
    /** Households of the existing target communities before, so undo sets them back (null: none recorded). */
    households?: Record<string, number | null>;
    appliedAt: string;
    appliedBy?: string;
    /**
     * Codes the change gives to the grids it moves (changed ones only): the sync server refuses the
     * change when another unit took one meanwhile (shared/divisions/sync-rules.ts).
     */
    grids?: string[];
  };
  undoneAt?: string;
}
