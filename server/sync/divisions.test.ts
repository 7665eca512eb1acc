import { describe, expect, it } from 'vitest';
import type { Mutation } from '@shared/sync/protocol';
import type { StoredRecord } from '@shared/sync/merge';
import type { Queryable } from '../db/database';
import { divisionGuard } from './divisions';
import { recordKey } from './records';

const STREET = '110105/110105001';
const C1 = '110105001001';
const NEW = '110105001004';
const CLIENT = '01a24300-0000-7000-8000-000000000001';

let id = 0;
const mutation = (
  table: string,
  recordId: string,
  op: Mutation['op'],
  changedFields: Record<string, unknown>,
) =>
  ({ clientId: CLIENT, mutationId: ++id, hlc: `h${id}`, table, id: recordId, op, changedFields }) as Mutation;

/** The server's units and change records of the street, as the guard reads them. */
const serverHolding = (
  rows: { tbl: string; id: string; org_path: string; data: Record<string, unknown> }[],
) => ({ query: async (sql: string) => (sql.includes('FROM rejected') ? [] : rows) }) as unknown as Queryable;

const stored = (table: string, recordId: string, data: Record<string, unknown>): StoredRecord =>
  ({
    table,
    id: recordId,
    orgPath: String(data.orgPath ?? STREET),
    data,
    stamps: {},
    deleted: false,
    rev: 1,
  }) as StoredRecord;

const split = (changeId: string) =>
  mutation('divisionChanges', changeId, 'create', {
    orgPath: STREET,
    kind: 'split',
    sources: [C1],
    targets: [{ code: C1, name: '一社区', remainder: true }, { name: '新社区' }],
    result: { codes: [C1, NEW] },
  });

describe('divisionGuard', () => {
  it('refuses a change whose new community or grid code a unit holds, then every write naming it', async () => {
    const change = split('x');
    const moved = mutation('places', 'p1', 'update', {
      orgPath: `${STREET}/${NEW}`,
      formerly: [{ changeId: 'x', on: '2027-01-01', orgPath: `${STREET}/${C1}` }],
    });
    const guard = await divisionGuard(
      serverHolding([{ tbl: 'orgUnits', id: 'theirs', org_path: `${STREET}/${NEW}`, data: { code: NEW } }]),
      [change, moved],
      new Map(),
      recordKey,
    );
    expect(guard.refusal(change, undefined)).toMatch(new RegExp(`^社区代码 ${NEW} 已被`));
    expect(guard.refusal(moved, stored('places', 'p1', {}))).toMatch(/^这条修改属于一项未被保存的区划调整/);

    // A merge into a kept community gives its grids new codes: one another change took is refused too.
    const gridChange = mutation('divisionChanges', 'y', 'create', {
      orgPath: STREET,
      kind: 'merge',
      sources: [C1, '110105001002'],
      targets: [{ code: C1, name: '一社区', remainder: true }],
      result: { codes: [C1], grids: [`${C1}004`] },
    });
    const gridGuard = await divisionGuard(
      serverHolding([
        { tbl: 'orgUnits', id: 'g', org_path: `${STREET}/${C1}/${C1}004`, data: { code: `${C1}004` } },
      ]),
      [gridChange],
      new Map(),
      recordKey,
    );
    expect(gridGuard.refusal(gridChange, undefined)).toMatch(new RegExp(`^网格代码 ${C1}004 已被`));
  });

  it('refuses a change that resizes a unit the server does not hold, unless this push stored it first', async () => {
    const change = mutation('divisionChanges', 'z', 'create', {
      orgPath: STREET,
      kind: 'merge',
      sources: [NEW, C1],
      targets: [{ code: NEW, name: '新社区', remainder: true }],
      result: { codes: [NEW] },
    });
    const resize = mutation('orgUnits', 'mine', 'update', { households: 900, divisionChangeId: 'z' });
    const guard = await divisionGuard(serverHolding([]), [change, resize], new Map(), recordKey);
    expect(guard.refusal(change, undefined)).toMatch(/^这项区划调整所调整的社区在服务器上不存在/);
    expect(guard.refusal(resize, undefined)).toMatch(/^这条修改属于一项未被保存的区划调整/);

    // The unit was made by hand earlier in the same push and stored: the change stands.
    const made = mutation('orgUnits', 'mine', 'create', {
      code: NEW,
      orgPath: `${STREET}/${NEW}`,
      level: 'community',
    });
    const ok = await divisionGuard(serverHolding([]), [made, change, resize], new Map(), recordKey);
    expect(ok.refusal(made, undefined)).toBeUndefined();
    ok.applied(made, stored('orgUnits', 'mine', { code: NEW, orgPath: `${STREET}/${NEW}` }), undefined);
    expect(ok.refusal(change, undefined)).toBeUndefined();
  });
});
