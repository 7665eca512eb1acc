import { describe, expect, it } from 'vitest';
import type { Place } from '../model/place';
import { hotSites, recurringBy, siteOf } from './recurring';

type Row = { category?: string; placeId?: string };

const places: Pick<Place, 'id' | 'type' | 'parentId'>[] = [
  { id: 'b3', type: 'building' },
  { id: 'b3-2', type: 'gate', parentId: 'b3' },
  { id: 'b5', type: 'building' },
  { id: 'y12', type: 'courtyard' },
  { id: 'loose', type: 'gate' },
];
const siteById = new Map(places.map((p) => [p.id, siteOf(p)]));
const siteOfTicket = (t: Row) => (t.placeId ? siteById.get(t.placeId) : undefined);

// A month of tickets: 楼道堆物 at building 3 (twice through its gate 2), 噪音 at the courtyard and
// building 5, one unlocated 路灯不亮, one with no category.
const month: Row[] = [
  { category: '楼道堆物', placeId: 'b3' },
  { category: '楼道堆物', placeId: 'b3-2' },
  { category: '楼道堆物', placeId: 'b3-2' },
  { category: '楼道堆物', placeId: 'b5' },
  { category: '噪音扰民', placeId: 'y12' },
  { category: '噪音扰民', placeId: 'y12' },
  { category: '噪音扰民', placeId: 'b5' },
  { category: '路灯不亮' },
  { category: '路灯不亮', placeId: 'loose' },
  { placeId: 'b5' },
];

describe('siteOf', () => {
  it('counts a gate with its building, and anything else as itself', () => {
    expect(places.map(siteOf)).toEqual(['b3', 'b3', 'b5', 'y12', 'loose']);
  });
});

describe('每月一题 by category and by place', () => {
  it('lists recurring categories, most tickets first, with the places where each comes up', () => {
    expect(recurringBy(month, (t) => t.category, siteOfTicket)).toEqual([
      {
        key: '楼道堆物',
        count: 4,
        within: [
          { key: 'b3', count: 3 },
          { key: 'b5', count: 1 },
        ],
      },
      {
        key: '噪音扰民',
        count: 3,
        within: [
          { key: 'y12', count: 2 },
          { key: 'b5', count: 1 },
        ],
      },
      // Two calls, one of them not located: the category recurs; only the located one has a place.
      { key: '路灯不亮', count: 2, within: [{ key: 'loose', count: 1 }] },
    ]);
  });

  it('lists the buildings and courtyards that keep calling, with what they call about', () => {
    expect(recurringBy(month, siteOfTicket, (t) => t.category)).toEqual([
      // Building 3 counts its gate's two tickets: three in all, one problem.
      { key: 'b3', count: 3, within: [{ key: '楼道堆物', count: 3 }] },
      // Building 5: three tickets, one of them without a category; ties go by name.
      {
        key: 'b5',
        count: 3,
        within: [
          { key: '噪音扰民', count: 1 },
          { key: '楼道堆物', count: 1 },
        ],
      },
      { key: 'y12', count: 2, within: [{ key: '噪音扰民', count: 2 }] },
    ]);
  });

  it('keeps the biggest of the breakdown and leaves out what does not recur', () => {
    const spread = ['a', 'b', 'c', 'd', 'a'].map((placeId) => ({ category: '违章停车', placeId }));
    expect(
      recurringBy(
        spread,
        (t) => t.category,
        (t) => t.placeId,
        { top: 2 },
      ),
    ).toEqual([
      {
        key: '违章停车',
        count: 5,
        within: [
          { key: 'a', count: 2 },
          { key: 'b', count: 1 },
        ],
      },
    ]);
    expect(
      recurringBy(
        spread,
        (t) => t.placeId,
        (t) => t.category,
        { min: 3 },
      ),
    ).toEqual([]);
  });
});

describe('未诉先办: sites with many tickets', () => {
  it('counts a gate’s tickets with its building, so building 3 reaches three', () => {
    // By place alone, b3 has one and its gate two: neither would reach the list.
    expect(hotSites(month, siteOfTicket)).toEqual([
      { key: 'b3', count: 3 },
      { key: 'b5', count: 3 },
    ]);
  });

  it('leaves out sites below three tickets and unlocated tickets', () => {
    expect(hotSites(month.slice(0, 2), siteOfTicket)).toEqual([]);
    expect(hotSites([{}, {}, {}] as Row[], siteOfTicket)).toEqual([]);
  });
});
