import { describe, expect, it } from 'vitest';
import { checkActivity, checkMember } from '../whistles/dual-report-checks';
import { generateCommunityDualReport } from './dual-report';

const TODAY = '2026-11-25';
const COMMUNITY = '110105/110105001/110105001001';
let n = 0;
const newId = () => `id${n++}`;

describe('demo 双报到', () => {
  const demo = generateCommunityDualReport(
    1,
    COMMUNITY,
    '南新园社区',
    TODAY,
    { placeIds: ['p1', 'p2'], whistleIds: ['w1'] },
    newId,
  );

  it('registers a few units and some party members with the community, every record passing the checks', () => {
    const kinds = demo.members.map((m) => m.kind);
    expect(kinds.filter((k) => k === 'organisation').length).toBeGreaterThanOrEqual(2);
    expect(kinds.filter((k) => k === 'partyMember').length).toBeGreaterThanOrEqual(5);
    expect(demo.members.every((m) => m.orgPath === COMMUNITY && checkMember(m, TODAY).ok)).toBe(true);
    // Units are named after the community they are stationed in.
    expect(
      demo.members.filter((m) => m.kind === 'organisation').every((m) => m.name.startsWith('南新园')),
    ).toBe(true);
    expect(demo.activities.every((a) => checkActivity(a, TODAY).ok)).toBe(true);
  });

  it('gives every member a service in the past year, some at a building of the community', () => {
    const served = new Set(demo.activities.map((a) => a.memberId));
    expect(demo.members.every((m) => served.has(m.id))).toBe(true);
    expect(demo.activities.every((a) => a.date > '2025-11-25' && a.date <= TODAY)).toBe(true);
    expect(demo.activities.some((a) => a.placeId)).toBe(true);
  });

  it('is the same for the same seed', () => {
    const again = generateCommunityDualReport(
      1,
      COMMUNITY,
      '南新园社区',
      TODAY,
      { placeIds: ['p1', 'p2'], whistleIds: ['w1'] },
      newId,
    );
    expect(again.members.map((m) => m.name)).toEqual(demo.members.map((m) => m.name));
  });
});
