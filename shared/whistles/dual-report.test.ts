import { describe, expect, it } from 'vitest';
import type { ReportingMember, ServiceActivity } from '../model/dual-report';
import { checkActivity, checkMember } from './dual-report-checks';
import { communityFigures, memberYears, roundHours } from './dual-report-figures';

const TODAY = '2026-11-25';
const codes = (r: { ok: boolean; issues?: { field: string; code: string }[] }) =>
  r.ok ? [] : (r.issues ?? []).map((i) => `${i.field}:${i.code}`);

describe('checkMember', () => {
  it('keeps an organisation’s type and contact, drops a party member’s fields', () => {
    const r = checkMember(
      {
        kind: 'organisation',
        name: ' 区图书馆 ',
        unitType: 'institution',
        contact: '王老师',
        employer: 'x',
        phone: '13812345678',
        reportedOn: '2019-03-01',
      },
      TODAY,
    );
    expect(r).toEqual({
      ok: true,
      value: {
        kind: 'organisation',
        name: '区图书馆',
        unitType: 'institution',
        contact: '王老师',
        reportedOn: '2019-03-01',
      },
    });
  });

  it('normalises a party member’s mobile and refuses one that is not', () => {
    const ok = checkMember(
      { kind: 'partyMember', name: '李明', employer: '区税务局', phone: '138-1234-5678', reportedOn: TODAY },
      TODAY,
    );
    expect(ok.ok && ok.value.phone).toBe('13812345678');
    const bad = checkMember({ kind: 'partyMember', name: '李明', phone: '12345', reportedOn: TODAY }, TODAY);
    expect(codes(bad)).toEqual(['phone:phone.mobile']);
  });

  it('needs a name and a reporting day not after today', () => {
    expect(codes(checkMember({ kind: 'partyMember', name: ' ', reportedOn: '2026-11-26' }, TODAY))).toEqual([
      'name:dualReport.nameRequired',
      'reportedOn:dualReport.dateInFuture',
    ]);
    expect(
      codes(checkMember({ kind: 'partyMember', name: '李明', reportedOn: '2026-02-30' }, TODAY)),
    ).toEqual(['reportedOn:dualReport.dateRequired']);
  });
});

describe('checkActivity', () => {
  const valid = { date: TODAY, hours: 3, content: '楼道清理' };
  it('accepts hours above 0 up to 24, on a day up to today', () => {
    expect(checkActivity({ ...valid, hours: 24 }, TODAY).ok).toBe(true);
    expect(checkActivity({ ...valid, hours: 0.5 }, TODAY).ok).toBe(true);
  });

  it.each([0, -1, 24.5, Number.NaN])('refuses %s hours', (hours) => {
    expect(codes(checkActivity({ ...valid, hours }, TODAY))).toEqual(['hours:dualReport.hoursRange']);
  });

  it('refuses a day after today and an empty description', () => {
    expect(codes(checkActivity({ date: '2026-11-26', hours: 2, content: '' }, TODAY))).toEqual([
      'date:dualReport.dateInFuture',
      'content:dualReport.contentRequired',
    ]);
  });

  it('keeps the place or event it served', () => {
    const r = checkActivity({ ...valid, placeId: 'p1', whistleId: '' }, TODAY);
    expect(r.ok && r.value).toEqual({ ...valid, placeId: 'p1' });
  });
});

describe('figures', () => {
  const A = '110105/110105001/110105001001';
  const B = '110105/110105001/110105001002';
  const member = (id: string, orgPath: string, kind: ReportingMember['kind']): ReportingMember => ({
    id,
    orgPath,
    kind,
    name: id,
    reportedOn: '2019-01-01',
  });
  const activity = (memberId: string, date: string, hours: number, deleted?: boolean): ServiceActivity => ({
    id: `${memberId}-${date}-${hours}`,
    orgPath: '',
    memberId,
    date,
    hours,
    content: '服务',
    ...(deleted ? { deleted } : {}),
  });
  const members = [
    member('org1', A, 'organisation'),
    member('pm1', A, 'partyMember'),
    member('pm2', A, 'partyMember'),
    member('pm3', `${B}/110105001002001`, 'partyMember'), // in a grid of B: counts for B
  ];
  const activities = [
    activity('org1', '2026-03-01', 4),
    activity('pm1', '2026-05-01', 2.5),
    activity('pm1', '2026-12-31', 1),
    activity('pm1', '2025-12-31', 8), // last year
    activity('pm2', '2026-06-01', 3, true), // deleted
    activity('pm3', '2026-01-01', 2),
  ];

  it('counts each member’s activities and hours in the year', () => {
    expect(memberYears(activities, '2026')).toEqual(
      new Map([
        ['org1', { activities: 1, hours: 4 }],
        ['pm1', { activities: 2, hours: 3.5 }],
        ['pm3', { activities: 1, hours: 2 }],
      ]),
    );
  });

  it('counts members by kind and their year’s hours per community', () => {
    expect(communityFigures(members, activities, '2026')).toEqual([
      { communityCode: '110105001001', organisations: 1, partyMembers: 2, activities: 3, hours: 7.5 },
      { communityCode: '110105001002', organisations: 0, partyMembers: 1, activities: 1, hours: 2 },
    ]);
    expect(communityFigures(members, activities, '2025')[0]).toMatchObject({ activities: 1, hours: 8 });
  });

  it('rounds sums of fractional hours to a tenth', () => {
    expect(roundHours(0.1 + 0.2)).toBe(0.3);
  });
});
