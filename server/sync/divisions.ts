import type { FormerPlacement } from '@shared/model/division';
import type { Mutation } from '@shared/sync/protocol';
import type { StoredRecord } from '@shared/sync/merge';
import {
  CodeRegistry,
  codeTakenMessage,
  divisionChangeOf,
  partOfRefusedMessage,
  pathMoves,
  rebaseCreate,
  unitMissingMessage,
  type ChangeLike,
  type PathMove,
  type UnitLike,
} from '@shared/divisions/sync-rules';
import { orgPathOfCode } from '@shared/org/codes';
import type { Queryable } from '../db/database';

/**
 * The push's guard for division changes (docs/ARCHITECTURE.md "Division changes", rules in
 * shared/divisions/sync-rules.ts): refuses a change whose new community code is taken, with every
 * write of that change, and moves a create made in a grid that has moved since. It reads only the
 * units and change records of the streets the push touches, and only when the push holds a unit
 * create, a write of a change, or a create inside a community.
 */
export interface DivisionGuard {
  /** Why this mutation must be refused (a bilingual message), or undefined. */
  refusal(m: Mutation, existing: StoredRecord | undefined): string | undefined;
  /** A create placed where its grid is now; the mutation itself when nothing moved. */
  rebase(m: Mutation, existing: StoredRecord | undefined): { m: Mutation; via?: PathMove };
  /** Tells the guard a mutation was refused for another reason: a change record's refusal takes the change. */
  notApplied(m: Mutation): void;
  /** Tells the guard a mutation was applied, so later ones of the push see it. */
  applied(m: Mutation, record: StoredRecord | undefined, existing: StoredRecord | undefined): void;
}

const streetOfPath = (path: string) => path.split('/').slice(0, 2).join('/');
const streetOfCode = (code: string) => orgPathOfCode(code.slice(0, 9));
const isCreate = (m: Mutation, existing: StoredRecord | undefined) => m.op === 'create' && !existing;

export async function divisionGuard(
  tx: Queryable,
  fresh: readonly Mutation[],
  records: ReadonlyMap<string, StoredRecord>,
  keyOf: (table: string, id: string) => string,
): Promise<DivisionGuard> {
  const streets = new Set<string>();
  const named = new Set<string>();
  for (const m of fresh) {
    const existing = records.get(keyOf(m.table, m.id));
    const change = divisionChangeOf(m);
    if (change) named.add(change);
    if (m.table === 'orgUnits' && isCreate(m, existing) && typeof m.changedFields.code === 'string')
      streets.add(streetOfCode(m.changedFields.code));
    if (m.table === 'divisionChanges' && typeof m.changedFields.orgPath === 'string')
      streets.add(m.changedFields.orgPath);
    const path = m.changedFields.orgPath;
    if (isCreate(m, existing) && typeof path === 'string' && path.split('/').length >= 3)
      streets.add(streetOfPath(path));
  }

  const registry = new CodeRegistry();
  const units: (UnitLike & { id: string })[] = [];
  const changes = new Map<string, ChangeLike>();
  for (const street of streets) {
    // The records_scope index: one range of the street, filtered to two tables.
    const rows = await tx.query<{ tbl: string; id: string; org_path: string; data: Record<string, unknown> }>(
      `SELECT tbl, id, org_path, data FROM records
        WHERE NOT deleted AND org_path >= $1 AND org_path < $2 AND tbl IN ('orgUnits', 'divisionChanges')`,
      [street, street + '0'],
    );
    for (const r of rows) {
      if (r.tbl === 'divisionChanges') {
        changes.set(r.id, r.data as ChangeLike);
        registry.giveCodes(r.id, r.data as ChangeLike);
      } else if (typeof r.data.code === 'string') {
        registry.holdUnit(r.data.code, r.id);
        units.push({ ...(r.data as unknown as UnitLike), id: r.id, orgPath: r.org_path });
      }
    }
  }

  // A change refused in an earlier push (its record's create was rejected): the rest of it, in
  // later pages, is refused too. Only changes this push names and the server does not hold.
  const refused = new Set<string>();
  const unknown = [...named].filter((id) => !records.has(keyOf('divisionChanges', id)) && !changes.has(id));
  if (unknown.length > 0) {
    const rows = await tx.query<{ record_id: string }>(
      `SELECT DISTINCT record_id FROM rejected
        WHERE tbl = 'divisionChanges' AND mutation->>'op' = 'create'
          AND record_id IN (SELECT jsonb_array_elements_text($1::jsonb))`,
      [JSON.stringify(unknown)],
    );
    for (const r of rows) refused.add(r.record_id);
  }

  // A change that resizes or dissolves a unit the server did not hold builds on a unit that
  // workstation made offline — by a change, or by hand. When that unit was not stored (its change
  // or its code was refused, so its code may name another's community now), the change is refused
  // whole. Its unit writes follow its record, so this is known when the record arrives, unless the
  // unit was pushed in an earlier page and refused there (then it is not created here either).
  const needs = new Map<string, Set<string>>();
  for (const m of fresh) {
    const change = divisionChangeOf(m);
    if (!change || m.table !== 'orgUnits' || m.op !== 'update' || records.has(keyOf(m.table, m.id))) continue;
    if (records.has(keyOf('divisionChanges', change))) continue;
    needs.set(change, (needs.get(change) ?? new Set()).add(m.id));
  }
  const storedUnits = new Set<string>();
  const lacking = (change: string) => [...(needs.get(change) ?? [])].some((id) => !storedUnits.has(id));

  let moves: PathMove[] | undefined;
  let occupied: Set<string> | undefined;

  return {
    refusal(m, existing) {
      const change = divisionChangeOf(m);
      if (change && refused.has(change)) return partOfRefusedMessage();
      if (change && !refused.has(change) && lacking(change)) {
        refused.add(change);
        const missing = m.table === 'divisionChanges' || (m.table === 'orgUnits' && !existing);
        return missing ? unitMissingMessage() : partOfRefusedMessage();
      }
      let clash: string | undefined;
      if (m.table === 'divisionChanges' && !existing && m.op === 'create')
        clash = registry.changeClash(m.id, m.changedFields as ChangeLike);
      else if (m.table === 'orgUnits' && isCreate(m, existing) && typeof m.changedFields.code === 'string')
        clash = registry.unitClash(m.changedFields.code, m.id, change);
      if (clash === undefined) return undefined;
      // The whole change goes: its later writes in this push and in later ones.
      if (change) refused.add(change);
      return codeTakenMessage(clash);
    },
    rebase(m, existing) {
      if (!isCreate(m, existing) || typeof m.changedFields.orgPath !== 'string') return { m };
      moves ??= pathMoves(units, changes);
      occupied ??= new Set(units.filter((u) => !u.dissolvedBy).map((u) => u.orgPath));
      if (moves.length === 0) return { m };
      const { fields, via } = rebaseCreate(m.table, m.changedFields, moves, occupied);
      if (!via) return { m };
      const rebased: Mutation = { ...m, changedFields: fields };
      if (m.baseOrgPath !== undefined) rebased.baseOrgPath = fields.orgPath as string;
      return { m: rebased, via };
    },
    notApplied(m) {
      if (m.table === 'divisionChanges' && m.op === 'create') refused.add(m.id);
    },
    applied(m, record, existing) {
      if (m.table === 'orgUnits' && typeof existing?.data.code === 'string')
        registry.releaseUnit(existing.data.code, m.id);
      if (!record || record.deleted) return;
      if (m.table === 'orgUnits') storedUnits.add(m.id);
      if (m.table === 'divisionChanges') {
        changes.set(m.id, record.data as ChangeLike);
        registry.giveCodes(m.id, record.data as ChangeLike);
      } else if (m.table === 'orgUnits' && typeof record.data.code === 'string') {
        registry.holdUnit(record.data.code, m.id);
        // A grid moved by this very push maps creates that follow it.
        if ('formerly' in m.changedFields || 'dissolvedBy' in m.changedFields) {
          moves = undefined;
          occupied = undefined;
          const at = units.findIndex((u) => u.id === m.id);
          const unit = {
            ...(record.data as unknown as UnitLike),
            formerly: record.data.formerly as FormerPlacement[] | undefined,
            id: m.id,
            orgPath: record.orgPath,
          };
          if (at >= 0) units[at] = unit;
          else units.push(unit);
        }
      }
    },
  };
}
