import { describe, expect, it } from 'vitest';
import { encodeHlc } from './hlc';
import { mergeMutation, latestHlc, type MergeContext, type StoredRecord } from './merge';
import type { Mutation } from './protocol';
import { authorizeMutation } from '../auth/authorize';

const NOW = 1_800_000_000_000;
const hlc = (millis: number, node: string, counter = 0) => encodeHlc({ millis: NOW + millis, counter, node });
const ctx = (rev: number): MergeContext => ({ rev, at: '2027-01-15T00:00:00.000Z', user: '测试', now: NOW });
const STREET = '110105/110105001';

function m(partial: Partial<Mutation> & Pick<Mutation, 'op' | 'hlc' | 'clientId'>): Mutation {
  return { mutationId: 1, table: 'places', id: 'p1', changedFields: {}, ...partial };
}

function applied(existing: StoredRecord | undefined, mutation: Mutation, rev: number) {
  const out = mergeMutation(existing, mutation, ctx(rev));
  if (out.kind !== 'applied') throw new Error(`rejected: ${out.code}`);
  return out;
}

const created = () =>
  applied(
    undefined,
    m({
      op: 'create',
      clientId: 'A',
      hlc: hlc(0, 'A'),
      changedFields: { orgPath: STREET, name: '1号楼', households: 10 },
    }),
    1,
  ).record;

describe('mergeMutation', () => {
  it('keeps fields named like Object.prototype’s (constructor, toString, valueOf, hasOwnProperty)', () => {
    const names = ['constructor', 'toString', 'valueOf', 'hasOwnProperty'];
    const updated = applied(
      created(),
      m({
        op: 'update',
        clientId: 'A',
        hlc: hlc(10, 'A'),
        baseRev: 1,
        changedFields: Object.fromEntries(names.map((n) => [n, `值-${n}`])),
      }),
      2,
    );
    expect(updated.lost).toEqual([]);
    for (const n of names) expect(updated.record.data[n]).toBe(`值-${n}`);
    // And again over them: still no field taken for one that was there before.
    const again = applied(
      updated.record,
      m({ op: 'update', clientId: 'B', hlc: hlc(20, 'B'), baseRev: 2, changedFields: { toString: '新' } }),
      3,
    );
    expect([again.lost, again.record.data.toString]).toEqual([[], '新']);
  });

  it('creates a record with every field stamped by the create', () => {
    const r = created();
    expect(r.data).toEqual({ orgPath: STREET, name: '1号楼', households: 10 });
    expect(r.stamps.name).toEqual([hlc(0, 'A'), 1]);
    expect(r.rev).toBe(1);
    expect(r.orgPath).toBe(STREET);
  });

  it('merges per field: edits of different fields by two clients both survive, with no conflict', () => {
    const r1 = applied(
      created(),
      m({ op: 'update', clientId: 'A', hlc: hlc(10, 'A'), baseRev: 1, changedFields: { name: '甲' } }),
      2,
    );
    const r2 = applied(
      r1.record,
      m({ op: 'update', clientId: 'B', hlc: hlc(5, 'B'), baseRev: 1, changedFields: { households: 20 } }),
      3,
    );
    expect(r2.record.data).toMatchObject({ name: '甲', households: 20 });
    expect(r2.conflicts).toEqual([]);
  });

  it('the later clock wins a field both changed, and one conflict records both values', () => {
    const a = applied(
      created(),
      m({ op: 'update', clientId: 'A', hlc: hlc(10, 'A'), baseRev: 1, changedFields: { name: '甲' } }),
      2,
    );
    // B edited earlier (by clock) without having seen A's change: it loses, and says so.
    const b = applied(
      a.record,
      m({ op: 'update', clientId: 'B', hlc: hlc(5, 'B'), baseRev: 1, changedFields: { name: '乙' } }),
      3,
    );
    expect(b.record.data.name).toBe('甲');
    expect(b.lost).toEqual(['name']);
    expect(b.changed).toBe(false);
    expect(b.conflicts).toHaveLength(1);
    expect(b.conflicts[0]).toMatchObject({
      field: 'name',
      kind: 'field',
      winner: 'theirs',
      mine: { value: '乙' },
      theirs: { value: '甲', rev: 2 },
    });
  });

  it('breaks a tie of clocks by client id', () => {
    const base = created();
    const a = m({ op: 'update', clientId: 'A', hlc: hlc(10, 'A'), baseRev: 1, changedFields: { name: 'A' } });
    const b = m({ op: 'update', clientId: 'B', hlc: hlc(10, 'B'), baseRev: 1, changedFields: { name: 'B' } });
    expect(applied(applied(base, a, 2).record, b, 3).record.data.name).toBe('B');
    expect(applied(applied(base, b, 2).record, a, 3).record.data.name).toBe('B');
  });

  it('is no conflict when the client had seen the other change, or when both chose the same value', () => {
    const a = applied(
      created(),
      m({ op: 'update', clientId: 'A', hlc: hlc(10, 'A'), baseRev: 1, changedFields: { name: '甲' } }),
      2,
    ).record;
    const seen = applied(
      a,
      m({ op: 'update', clientId: 'B', hlc: hlc(20, 'B'), baseRev: 2, changedFields: { name: '乙' } }),
      3,
    );
    expect(seen.conflicts).toEqual([]);
    const same = applied(
      a,
      m({ op: 'update', clientId: 'B', hlc: hlc(20, 'B'), baseRev: 1, changedFields: { name: '甲' } }),
      3,
    );
    expect(same.conflicts).toEqual([]);
  });

  it('deletes to a tombstone that later edits do not undo; a concurrent edit is a conflict', () => {
    const edited = applied(
      created(),
      m({ op: 'update', clientId: 'A', hlc: hlc(10, 'A'), baseRev: 1, changedFields: { name: '甲' } }),
      2,
    ).record;
    const del = applied(edited, m({ op: 'delete', clientId: 'B', hlc: hlc(5, 'B'), baseRev: 1 }), 3);
    expect(del.record.deleted).toBe(true);
    expect(del.conflicts).toHaveLength(1);
    expect(del.conflicts[0]).toMatchObject({
      kind: 'delete',
      winner: 'mine',
      theirs: { value: { name: '甲' } },
    });
    expect(del.conflicts[0]!.restore).toMatchObject({ name: '甲', households: 10 });

    const late = applied(
      del.record,
      m({ op: 'update', clientId: 'A', hlc: hlc(30, 'A'), baseRev: 2, changedFields: { name: '丙' } }),
      4,
    );
    expect(late.changed).toBe(false);
    expect(late.record.deleted).toBe(true);
    expect(late.conflicts[0]).toMatchObject({ kind: 'delete', winner: 'theirs', restore: { name: '丙' } });
  });

  it('restores a deleted record with a newer create, keeping fields newer than the create', () => {
    const del = applied(
      created(),
      m({ op: 'delete', clientId: 'B', hlc: hlc(5, 'B'), baseRev: 1 }),
      2,
    ).record;
    const restored = applied(
      del,
      m({
        op: 'create',
        clientId: 'A',
        hlc: hlc(50, 'A'),
        changedFields: { orgPath: STREET, name: '恢复', households: 10 },
      }),
      3,
    );
    expect(restored.record.deleted).toBe(false);
    expect(restored.record.data.name).toBe('恢复');
    expect(restored.conflicts).toEqual([]);
    expect(latestHlc(restored.record)).toBe(hlc(50, 'A'));
  });

  it('removes a field set to null and keeps its stamp, so an older value cannot come back', () => {
    const cleared = applied(
      created(),
      m({ op: 'update', clientId: 'A', hlc: hlc(10, 'A'), baseRev: 1, changedFields: { households: null } }),
      2,
    ).record;
    expect('households' in cleared.data).toBe(false);
    const older = applied(
      cleared,
      m({ op: 'update', clientId: 'A', hlc: hlc(5, 'A'), baseRev: 1, changedFields: { households: 7 } }),
      3,
    );
    expect('households' in older.record.data).toBe(false);
  });

  it('refuses an update of a record the server does not hold, a create without orgPath, a clock far ahead', () => {
    expect(
      mergeMutation(
        undefined,
        m({ op: 'update', clientId: 'A', hlc: hlc(0, 'A'), changedFields: { name: 'x' } }),
        ctx(1),
      ),
    ).toMatchObject({ kind: 'rejected', code: 'gone' });
    expect(
      mergeMutation(
        undefined,
        m({ op: 'create', clientId: 'A', hlc: hlc(0, 'A'), changedFields: { name: 'x' } }),
        ctx(1),
      ),
    ).toMatchObject({ kind: 'rejected', code: 'invalid' });
    expect(
      mergeMutation(
        undefined,
        m({ op: 'create', clientId: 'A', hlc: hlc(3 * 86_400_000, 'A'), changedFields: { orgPath: STREET } }),
        ctx(1),
      ),
    ).toMatchObject({ kind: 'rejected', code: 'clock' });
  });
});

describe('authorizeMutation', () => {
  const street = { role: 'street' as const, scope: STREET };
  it('allows a change inside the scope and refuses one outside, old or new orgPath', () => {
    expect(
      authorizeMutation(
        street,
        { table: 'places', changedFields: { orgPath: `${STREET}/110105001001` } },
        undefined,
      ).ok,
    ).toBe(true);
    expect(
      authorizeMutation(
        street,
        { table: 'places', changedFields: { orgPath: '110105/110105002' } },
        undefined,
      ),
    ).toMatchObject({ ok: false, code: 'forbidden' });
    // Moving a record out of another street into ours is refused as well.
    expect(
      authorizeMutation(
        street,
        { table: 'places', changedFields: { orgPath: STREET } },
        { orgPath: '110105/110105002' },
      ),
    ).toMatchObject({ ok: false, code: 'forbidden' });
  });
  it('refuses tables the role may not write and malformed orgPaths', () => {
    expect(
      authorizeMutation(
        { role: 'viewer', scope: '' },
        { table: 'places', changedFields: {} },
        { orgPath: STREET },
      ),
    ).toMatchObject({ ok: false, code: 'forbidden' });
    expect(
      authorizeMutation(street, { table: 'places', changedFields: { orgPath: 7 } }, undefined),
    ).toMatchObject({ ok: false, code: 'invalid' });
  });
});
