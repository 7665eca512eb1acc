import { describe, expect, it } from 'vitest';
import { CodeRegistry, divisionChangeOf, pathMoves, rebaseCreate, type ChangeLike } from './sync-rules';

const STREET = '110105/110105001';
const C1 = '110105001001';
const NEW = '110105001003';
const NEWER = '110105001004';
const path = (...codes: string[]) => [STREET, ...codes].join('/');

describe('divisionChangeOf', () => {
  it('names the change of its record, of the units it wrote, and of the records it moved — never of an undo', () => {
    expect(divisionChangeOf({ table: 'divisionChanges', id: 'x', op: 'create', changedFields: {} })).toBe(
      'x',
    );
    const unit = (f: Record<string, unknown>) => ({
      table: 'orgUnits',
      id: 'u',
      op: 'create' as const,
      changedFields: f,
    });
    expect(divisionChangeOf(unit({ code: NEW, divisionChangeId: 'x' }))).toBe('x');
    expect(divisionChangeOf(unit({ dissolvedBy: 'x' }))).toBe('x');
    const moved = { table: 'places', id: 'p', op: 'update' as const };
    expect(
      divisionChangeOf({ ...moved, changedFields: { formerly: [{ changeId: 'w' }, { changeId: 'x' }] } }),
    ).toBe('x');
    // An undo drops the entry: what is left names an earlier change, or nothing.
    expect(divisionChangeOf({ ...moved, changedFields: { formerly: undefined, orgPath: path(C1) } })).toBe(
      undefined,
    );
    expect(divisionChangeOf({ ...moved, changedFields: { name: '楼' } })).toBe(undefined);
  });
});

describe('CodeRegistry', () => {
  const split = (code: string): ChangeLike => ({
    targets: [{ code: C1, remainder: true }, {}],
    result: { codes: [C1, code] },
  });

  it('refuses a change whose new code another unit holds or another change gave, even one since undone', () => {
    const held = new CodeRegistry();
    held.holdUnit(NEW, 'their-unit');
    expect(held.changeClash('mine', split(NEW))).toBe(NEW);
    expect(held.changeClash('mine', split(NEWER))).toBe(undefined);
    // The kept community's own code is not a new one.
    held.holdUnit(C1, 'c1');
    expect(held.changeClash('mine', split(NEWER))).toBe(undefined);

    const given = new CodeRegistry();
    given.giveCodes('theirs', { ...split(NEW), state: 'undone' });
    expect(given.changeClash('mine', split(NEW))).toBe(NEW);
    expect(given.changeClash('theirs', split(NEW))).toBe(undefined);
  });

  it('lets a change create the unit of the code it gave, and nobody else', () => {
    const codes = new CodeRegistry();
    codes.giveCodes('x', split(NEW));
    expect(codes.unitClash(NEW, 'u1', 'x')).toBe(undefined);
    expect(codes.unitClash(NEW, 'u1', undefined)).toBe(NEW);
    codes.holdUnit(NEW, 'u1');
    expect(codes.unitClash(NEW, 'u2', 'x')).toBe(NEW);
    expect(codes.unitClash(NEW, 'u1', 'x')).toBe(undefined);
  });
});

describe('rebaseCreate', () => {
  const grid = `${C1}003`;
  const movedGrid = {
    code: `${NEW}003`,
    level: 'grid',
    orgPath: path(NEW, `${NEW}003`),
    formerly: [{ changeId: 'x', on: '2027-01-01', orgPath: path(C1, grid), code: grid }],
  };
  const place = {
    orgPath: path(C1, grid),
    gridCode: grid,
    code: `${C1}7001`,
    name: '新楼',
  };

  it('places a create where its grid went, with its code and 原属', () => {
    const moves = pathMoves([movedGrid], new Map());
    const { fields, via } = rebaseCreate('places', place, moves, new Set());
    expect(via?.changeId).toBe('x');
    expect(fields).toEqual({
      orgPath: path(NEW, `${NEW}003`),
      gridCode: `${NEW}003`,
      code: `${NEW}7001`,
      name: '新楼',
      formerly: [
        { changeId: 'x', on: '2027-01-01', orgPath: place.orgPath, gridCode: grid, code: place.code },
      ],
    });
  });

  it('follows a grid moved twice, hop by hop, and leaves alone what no move reaches', () => {
    const twice = {
      ...movedGrid,
      code: `${NEWER}001`,
      orgPath: path(NEWER, `${NEWER}001`),
      formerly: [
        ...movedGrid.formerly,
        { changeId: 'y', on: '2027-03-01', orgPath: path(NEW, `${NEW}003`), code: `${NEW}003` },
      ],
    };
    const moves = pathMoves([twice], new Map());
    const { fields } = rebaseCreate('places', place, moves, new Set());
    expect(fields).toMatchObject({ orgPath: twice.orgPath, gridCode: `${NEWER}001`, code: `${NEWER}7001` });
    expect((fields.formerly as { changeId: string }[]).map((f) => f.changeId)).toEqual(['x', 'y']);
    const elsewhere = { ...place, orgPath: path(C1, `${C1}001`), gridCode: `${C1}001` };
    expect(rebaseCreate('places', elsewhere, moves, new Set())).toEqual({ fields: elsewhere });
  });

  it('does not move a create into a path a live unit holds again', () => {
    const moves = pathMoves([movedGrid], new Map());
    expect(rebaseCreate('places', place, moves, new Set([place.orgPath])).via).toBeUndefined();
  });

  it('sends a create in a community merged away to the change’s remainder, and nothing after an undo', () => {
    const merged = {
      code: '110105001002',
      level: 'community',
      orgPath: path('110105001002'),
      dissolvedBy: 'm',
    };
    const change: ChangeLike = {
      state: 'applied',
      effectiveOn: '2027-02-01',
      targets: [{ code: C1, remainder: true }],
      result: { codes: [C1] },
    };
    // Below it, in a grid no change is known to have moved: to the remainder itself, not a grid path.
    const lost = { orgPath: `${merged.orgPath}/110105001002009`, gridCode: '110105001002009' };
    expect(
      rebaseCreate('places', lost, pathMoves([merged], new Map([['m', change]])), new Set()).fields,
    ).toMatchObject({ orgPath: path(C1) });
    const ticket = { orgPath: merged.orgPath, content: '楼道堆物' };
    const { fields } = rebaseCreate(
      'tickets',
      ticket,
      pathMoves([merged], new Map([['m', change]])),
      new Set(),
    );
    expect(fields).toMatchObject({
      orgPath: path(C1),
      formerly: [{ changeId: 'm', orgPath: merged.orgPath }],
    });
    const undone = new Map([['m', { ...change, state: 'undone' }]]);
    expect(pathMoves([merged], undone)).toEqual([]);
  });
});
