import { describe, expect, it } from 'vitest';
import { rebaseRow } from './rebase';
import { decodeCursor, encodeCursor, type PullCursor } from './cursor';
import type { ChangeRow } from './protocol';

const server: ChangeRow = {
  table: 'places',
  id: 'p1',
  rev: 7,
  data: { orgPath: '110105', name: '服务器', households: 5 },
  updatedAt: '2027-01-01T00:00:00.000Z',
  updatedBy: '张三',
  hlc: 'x',
};

describe('rebaseRow', () => {
  it('takes the server row when nothing is pending', () => {
    expect(rebaseRow(server, { id: 'p1', orgPath: '110105', name: '旧', households: 5 }, [])).toEqual({
      kind: 'put',
      row: {
        id: 'p1',
        rev: 7,
        orgPath: '110105',
        name: '服务器',
        households: 5,
        updatedAt: '2027-01-01T00:00:00.000Z',
        updatedBy: '张三',
      },
    });
  });

  it('keeps local values of fields with pending changes, server values elsewhere', () => {
    const local = { id: 'p1', orgPath: '110105', name: '本地', households: 1, notes: undefined };
    const out = rebaseRow(server, local, [{ op: 'update', changedFields: { name: '本地', notes: null } }]);
    expect(out).toMatchObject({ kind: 'put', row: { name: '本地', households: 5, rev: 7 } });
    expect(out.kind === 'put' && 'notes' in out.row).toBe(false);
  });

  it('leaves a record deleted here until the delete is pushed', () => {
    expect(rebaseRow(server, undefined, [{ op: 'delete', changedFields: {} }])).toEqual({ kind: 'keep' });
  });

  it('deletes on a tombstone, unless a pending create will restore it', () => {
    const tomb: ChangeRow = { table: 'places', id: 'p1', rev: 8, deleted: true };
    expect(rebaseRow(tomb, { id: 'p1' }, [])).toEqual({ kind: 'delete' });
    expect(rebaseRow(tomb, { id: 'p1' }, [{ op: 'update', changedFields: { name: 'x' } }])).toEqual({
      kind: 'delete',
    });
    expect(rebaseRow(tomb, { id: 'p1' }, [{ op: 'create', changedFields: { name: 'x' } }])).toEqual({
      kind: 'keep',
    });
    expect(rebaseRow(tomb, undefined, [])).toEqual({ kind: 'keep' });
  });
});

describe('pull cursor', () => {
  it('round-trips both phases and refuses what is not a cursor', () => {
    const cursors: PullCursor[] = [
      { phase: 'changes', server: 'srv-1', scope: '110105/110105001', seq: 42 },
      { phase: 'changes', server: 'srv-1', scope: '', seq: 0 },
      { phase: 'snapshot', server: 's', scope: '', seq: 9, after: null, done: 0, total: 100 },
      {
        phase: 'snapshot',
        server: 's',
        scope: '110105',
        seq: 9,
        after: ['110105/110105001', 'places', '0190-ab'],
        done: 5000,
        total: 240000,
      },
    ];
    for (const c of cursors) expect(decodeCursor(encodeCursor(c))).toEqual(c);
    for (const bad of ['', 'c~x~s~', 'c~1~s', 'z~1~s~', 's~1~s~~a~b~~~', 'c~-1~s~'])
      expect(decodeCursor(bad)).toBeNull();
  });
});
