import { describe, expect, it } from 'vitest';
import { buildBoard, openGaps, type BoardAssignment, type BoardInput } from './board';

const STREET = '110105/110105021';
const C = `${STREET}/110105021001`;
const G1 = '110105021001001';
const G2 = '110105021001002';
const PATROL = 'cat-patrol'; // needed in every grid
const WASTE = 'cat-waste'; // needed in the community
const TRAFFIC = 'cat-traffic'; // on demand

const a = (
  id: string,
  coordinatorId: string,
  orgPath: string,
  from: string,
  to: string,
  extra: Partial<BoardAssignment> = {},
): BoardAssignment => ({
  id,
  coordinatorId,
  orgPath,
  shift: 'morning',
  from,
  to,
  source: 'patrol',
  ...extra,
});

function input(here: BoardAssignment[], all: BoardAssignment[] = []): BoardInput {
  return {
    days: ['2026-11-23', '2026-11-24'],
    communityPath: C,
    gridCodes: [G1, G2],
    coverage: new Map([
      [PATROL, 'grid'],
      [WASTE, 'community'],
      [TRAFFIC, 'onDemand'],
    ]),
    here,
    all,
    roster: [
      { id: 'wang', categoryId: PATROL, status: 'active' },
      { id: 'li', categoryId: PATROL, status: 'active' },
      { id: 'zhao', categoryId: WASTE, status: 'active' },
      { id: 'sun', categoryId: TRAFFIC, status: 'onLeave' },
    ],
    categoryOf: new Map([
      ['wang', PATROL],
      ['li', PATROL],
      ['zhao', WASTE],
      ['guest', PATROL],
    ]),
  };
}

describe('dispatch board', () => {
  it('shows gaps per grid and community, day by day', () => {
    const board = buildBoard(
      input([
        a('1', 'wang', `${C}/${G1}`, '2026-11-23', '2026-11-24'),
        a('2', 'li', `${C}/${G2}`, '2026-11-24', '2026-11-24'),
        a('3', 'zhao', C, '2026-11-23', '2026-11-23', { shift: 'afternoon' }),
      ]),
    );
    expect(board.gaps.get('2026-11-23')).toEqual([{ unitCode: G2, categoryId: PATROL }]);
    expect(board.gaps.get('2026-11-24')).toEqual([{ unitCode: '110105021001', categoryId: WASTE }]);
    // Over the two days the board shows, each open gap counts once, with its days: the count
    // card and the gaps panel read this one list (the card said 0 while the panel listed 12).
    expect(openGaps(board.gaps, ['2026-11-23', '2026-11-24'])).toEqual([
      { unitCode: '110105021001', categoryId: WASTE, days: ['2026-11-24'] },
      { unitCode: G2, categoryId: PATROL, days: ['2026-11-23'] },
    ]);
    expect(openGaps(board.gaps, ['2026-11-23'])).toHaveLength(1);
  });

  it('lists who of the street is free, leaving out those not on duty', () => {
    const board = buildBoard(input([a('1', 'wang', `${C}/${G1}`, '2026-11-23', '2026-11-23')]));
    expect(board.free.get('2026-11-23')).toEqual(['li', 'zhao']);
    expect(board.free.get('2026-11-24')).toEqual(['wang', 'li', 'zhao']);
  });

  it('flags a clash with work elsewhere, and counts a guest from another street as present', () => {
    const here = [a('1', 'guest', `${C}/${G2}`, '2026-11-20', '2026-11-30')];
    const elsewhere = a('9', 'guest', `${STREET}/110105021002`, '2026-11-24', '2026-11-24');
    const board = buildBoard(input(here, [elsewhere]));
    expect(board.doubleBookings).toEqual([
      { coordinatorId: 'guest', a: '1', b: '9', from: '2026-11-24', to: '2026-11-24' },
    ]);
    expect([...board.doubled]).toEqual(['1']);
    expect(board.gaps.get('2026-11-23')).toContainEqual({ unitCode: G1, categoryId: PATROL });
    expect(board.gaps.get('2026-11-23')).not.toContainEqual({ unitCode: G2, categoryId: PATROL });
  });

  it('ignores clashes outside the days shown and between assignments elsewhere', () => {
    const board = buildBoard(
      input(
        [a('1', 'wang', `${C}/${G1}`, '2026-11-01', '2026-11-20')],
        [
          a('8', 'wang', `${STREET}/110105021002`, '2026-11-10', '2026-11-10'),
          a('9', 'li', `${STREET}/110105021002`, '2026-11-23', '2026-11-23'),
          a('10', 'li', `${STREET}/110105021003`, '2026-11-23', '2026-11-23'),
        ],
      ),
    );
    expect(board.doubleBookings).toEqual([]);
  });
});
