import type { DivisionTarget, FormerPlacement } from '../model/division';
import { isInScope, orgPathOfCode } from '../org/codes';

/**
 * What the sync server enforces about division changes (docs/ARCHITECTURE.md "Division changes"),
 * as pure functions so they are tested without a database:
 *
 * - a change is one unit on the wire: every write it made names it (the change record itself,
 *   `divisionChangeId` / `dissolvedBy` on the units it wrote, the last `formerly` entry of each
 *   record it moved), so a refused change can have all its writes refused, wherever the push
 *   pages split them;
 * - a community code names one community for all time, so a code already held by another unit,
 *   or already given by another change, is refused (two street clients splitting offline at once
 *   both take the lowest free code);
 * - a record created offline inside a grid (or a community) that a change has since moved is
 *   created where the grid went, as if it had been there when the change was applied.
 */

/** A mutation as these rules read it. */
export interface MutationLike {
  table: string;
  id: string;
  op: 'create' | 'update' | 'delete';
  changedFields: Record<string, unknown>;
}

/** The division change a mutation is a part of, if any. */
export function divisionChangeOf(m: MutationLike): string | undefined {
  if (m.table === 'divisionChanges') return m.id;
  const f = m.changedFields;
  if (m.table === 'orgUnits') {
    if (typeof f.divisionChangeId === 'string') return f.divisionChangeId;
    if (typeof f.dissolvedBy === 'string') return f.dissolvedBy;
  }
  // A moved record gains one entry naming the change; an undo removes it, so an undo never names it.
  if (Array.isArray(f.formerly)) {
    const last = f.formerly[f.formerly.length - 1] as Partial<FormerPlacement> | undefined;
    if (typeof last?.changeId === 'string') return last.changeId;
  }
  return undefined;
}

/** A change record's fields as the rules read them (from a mutation or a stored record). */
export interface ChangeLike {
  targets?: Pick<DivisionTarget, 'code' | 'remainder'>[];
  result?: { codes?: string[]; grids?: string[] };
  state?: string;
  effectiveOn?: string;
}

/** The codes a change gave to communities it created (targets without a code of their own). */
export function newCodesOf(change: ChangeLike): string[] {
  const codes = change.result?.codes ?? [];
  return codes.filter((code, i) => typeof code === 'string' && code !== '' && !change.targets?.[i]?.code);
}

/** Who holds which codes in a street, as the server has it (kept up to date during a push). */
export class CodeRegistry {
  /** code → id of the live unit holding it. */
  private readonly units = new Map<string, string>();
  /** code → id of the change record that gave it (applied or undone: given is given). */
  private readonly given = new Map<string, string>();

  holdUnit(code: string, id: string): void {
    this.units.set(code, id);
  }

  giveCodes(changeId: string, change: ChangeLike): void {
    for (const code of newCodesOf(change)) if (!this.given.has(code)) this.given.set(code, changeId);
  }

  /** A code of a unit create that another unit holds or another change gave; undefined when free. */
  unitClash(code: string, unitId: string, changeId: string | undefined): string | undefined {
    const holder = this.units.get(code);
    if (holder !== undefined && holder !== unitId) return code;
    const giver = this.given.get(code);
    if (giver !== undefined && giver !== changeId) return code;
    return undefined;
  }

  /** A unit gave up its code (a grid moved and took another). */
  releaseUnit(code: string, id: string): void {
    if (this.units.get(code) === id) this.units.delete(code);
  }

  /**
   * The first code a change record would give that is held or given already: a new community's
   * code, or a grid's new code (two changes moving grids into one community at once pick the same
   * free number; a grid code freed by an undo may be given again, so only held ones count).
   */
  changeClash(changeId: string, change: ChangeLike): string | undefined {
    const community = newCodesOf(change).find((code) => {
      const giver = this.given.get(code);
      return this.units.has(code) || (giver !== undefined && giver !== changeId);
    });
    return community ?? (change.result?.grids ?? []).find((code) => this.units.has(code));
  }
}

export const codeTakenMessage = (code: string) => {
  const [zh, en] = code.length > 12 ? ['网格代码', 'Grid code'] : ['社区代码', 'Community code'];
  return `${zh} ${code} 已被另一个单位或另一项区划调整使用（可能另一台电脑同时做了调整）。这项区划调整未保存，它的全部修改都已撤回；同步后请重新规划。（${en} ${code} is already used by another unit or another division change, perhaps made on another computer at the same time. This division change was not saved and all its edits were withdrawn; sync, then plan it again.）`;
};

export const partOfRefusedMessage = () =>
  '这条修改属于一项未被保存的区划调整（代码已被占用，或它调整的社区在服务器上不存在），已随之撤回；同步后请重新规划。（This edit belongs to a division change that was not saved (a code it gives was taken, or a community it changes is not on the server), so it was withdrawn with it; sync, then plan it again.）';

export const unitMissingMessage = () =>
  '这项区划调整所调整的社区在服务器上不存在（它来自本机一项未被保存的区划调整），整项调整未保存，它的全部修改都已撤回；同步后请重新规划。（A community this division change changes is not on the server (it came from a change of this computer that was not saved), so the whole change was not saved and all its edits were withdrawn; sync, then plan it again.）';

export const createdInMovedMessage = (on: string, scope: string) =>
  `您新建这条记录时所在的网格或社区已于 ${on} 随区划调整划出您的范围 ${scope || '全市'}，记录未保存。（The grid or community where this record was created left your scope ${scope || 'the whole city'} in a division change on ${on}; the record was not saved.）`;

/** One move of a path by a change: what lay at `from` lies at `to` since `on`. */
export interface PathMove {
  from: string;
  to: string;
  changeId: string;
  on: string;
  /** A grid's code before and after, when a grid moved. */
  fromGrid?: string;
  toGrid?: string;
  /**
   * A community merged away: what lay below it (a grid no change is known to have moved) goes to
   * the remainder community itself, never to a grid path under a community it is not part of.
   */
  collapse?: boolean;
}

/** A unit as the mapping reads it. */
export interface UnitLike {
  code: string;
  orgPath: string;
  level?: string;
  formerly?: FormerPlacement[];
  dissolvedBy?: string;
}

/**
 * The path moves of a street: each hop of each moved grid (its `formerly` entries, oldest first,
 * then where it is), and each community merged away or turned into another (to the change's
 * remainder target). An undone change removed its entries and `dissolvedBy`, so it maps nothing.
 */
export function pathMoves(units: readonly UnitLike[], changes: ReadonlyMap<string, ChangeLike>): PathMove[] {
  const moves: PathMove[] = [];
  for (const u of units) {
    const formerly = Array.isArray(u.formerly) ? u.formerly : [];
    formerly.forEach((f, i) => {
      const next = formerly[i + 1];
      const to = next ? next.orgPath : u.orgPath;
      const toGrid = next ? next.code : u.code;
      const move: PathMove = { from: f.orgPath, to, changeId: f.changeId, on: f.on };
      if (u.level === 'grid' && f.code && toGrid) Object.assign(move, { fromGrid: f.code, toGrid });
      moves.push(move);
    });
    if (u.dissolvedBy) {
      const change = changes.get(u.dissolvedBy);
      if (!change || change.state !== 'applied') continue;
      const remainder = Math.max(0, change.targets?.findIndex((t) => t.remainder) ?? 0);
      const code = change.result?.codes?.[remainder];
      if (code && code !== u.code)
        moves.push({
          from: u.orgPath,
          to: orgPathOfCode(code),
          changeId: u.dissolvedBy,
          on: change.effectiveOn ?? '',
          collapse: true,
        });
    }
  }
  return moves;
}

/** A create moved to where its grid or community went, with the 原属 it gains on the way. */
export interface RebasedCreate {
  fields: Record<string, unknown>;
  /** The last change that moved it: its date says when the user lost the place, if they did. */
  via?: PathMove;
}

/**
 * Where a record created at its `orgPath` belongs now: following every move of the deepest path
 * above it (a grid before its community), hop by hop, unless a live unit stands at that path again.
 * Each hop adds a `formerly` entry, so the record carries 原属 like the ones the change moved, and
 * an undo of the change takes it back. A place's code follows its community.
 */
export function rebaseCreate(
  table: string,
  fields: Record<string, unknown>,
  moves: readonly PathMove[],
  occupied: ReadonlySet<string>,
): RebasedCreate {
  let current = { ...fields };
  let via: PathMove | undefined;
  for (let hop = 0; hop < 16; hop++) {
    const path = current.orgPath;
    if (typeof path !== 'string') break;
    const move = moves
      .filter((m) => isInScope(path, m.from) && !occupied.has(m.from) && m.from !== m.to)
      .sort((a, b) => b.from.length - a.from.length)[0];
    if (!move) break;
    const former: FormerPlacement = { changeId: move.changeId, on: move.on, orgPath: path };
    const next: Record<string, unknown> = {
      ...current,
      orgPath: move.collapse ? move.to : move.to + path.slice(move.from.length),
    };
    if (typeof current.gridCode === 'string') {
      former.gridCode = current.gridCode;
      if (move.fromGrid && current.gridCode === move.fromGrid) next.gridCode = move.toGrid;
      else if (!move.fromGrid) delete next.gridCode;
    }
    const community = (next.orgPath as string).split('/')[2];
    if (table === 'places' && typeof current.code === 'string' && community && current.code.length === 16) {
      former.code = current.code;
      next.code = community + current.code.slice(12);
    }
    const formerly = Array.isArray(current.formerly) ? (current.formerly as FormerPlacement[]) : [];
    next.formerly = [...formerly, former];
    current = next;
    via = move;
  }
  return via ? { fields: current, via } : { fields };
}
