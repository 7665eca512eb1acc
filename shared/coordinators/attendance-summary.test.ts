import { describe, expect, it } from 'vitest';
import type { AttendanceMark } from '../model/coordinator';
import { summarizeMonth, type AttendanceRecord } from './attendance-summary';

const S1 = '110105/110105021';
const S2 = '110105/110105022';
let n = 0;
const rec = (
  coordinatorId: string,
  date: string,
  mark: AttendanceMark,
  extra: Partial<AttendanceRecord> = {},
): AttendanceRecord => ({
  id: `0000-${String(n++).padStart(4, '0')}`,
  orgPath: S1,
  coordinatorId,
  date,
  mark,
  ...extra,
});

describe('monthly attendance summary', () => {
  const records: AttendanceRecord[] = [
    // 王: 3 days present, 1 leave; reports 4, 3 in time.
    rec('wang', '2026-11-02', 'present', { reports: 2, handledInTime: 2 }),
    rec('wang', '2026-11-03', 'present', { reports: 1, handledInTime: 0 }),
    rec('wang', '2026-11-04', 'leave'),
    rec('wang', '2026-11-05', 'present', { reports: 1, handledInTime: 1 }),
    // 李 covers 王 on his leave day, is absent once.
    rec('li', '2026-11-04', 'cover', { coveredCoordinatorId: 'wang', reports: 1, handledInTime: 1 }),
    rec('li', '2026-11-05', 'absent'),
    // 张 in another street; a record of another month is ignored.
    rec('zhang', '2026-11-02', 'present', { orgPath: S2 }),
    rec('zhang', '2026-10-30', 'absent', { orgPath: S2 }),
  ];

  it('counts per coordinator: 出勤率 counts 顶岗 as worked, leave as not', () => {
    const s = summarizeMonth(records, '2026-11');
    const wang = s.byCoordinator.get('wang')!;
    expect(wang).toMatchObject({ days: 4, present: 3, leave: 1, cover: 0, absent: 0, coveredByOthers: 1 });
    expect(wang.attendanceRate).toBeCloseTo(3 / 4);
    expect(wang.reports).toBe(4);
    expect(wang.timelyRate).toBeCloseTo(3 / 4);
    const li = s.byCoordinator.get('li')!;
    expect(li).toMatchObject({ days: 2, cover: 1, absent: 1, reports: 1 });
    expect(li.attendanceRate).toBeCloseTo(1 / 2);
    expect(li.timelyRate).toBe(1);
    const zhang = s.byCoordinator.get('zhang')!;
    expect(zhang).toMatchObject({ days: 1, street: '110105022', attendanceRate: 1, timelyRate: null });
  });

  it('sums streets from records, not from averaged rates', () => {
    const s = summarizeMonth(records, '2026-11');
    const street = s.byStreet.get('110105021')!;
    expect(street).toMatchObject({ coordinators: 2, days: 6, present: 3, cover: 1, leave: 1, absent: 1 });
    expect(street.attendanceRate).toBeCloseTo(4 / 6);
    expect(street.timelyRate).toBeCloseTo(4 / 5);
    expect(s.byStreet.get('110105022')).toMatchObject({ coordinators: 1, days: 1 });
    expect(s.total).toMatchObject({ coordinators: 3, days: 7, reports: 5, handledInTime: 4 });
  });

  it('counts a day recorded twice once, the later record winning, and says so', () => {
    const first = rec('wang', '2026-11-09', 'absent');
    const later = rec('wang', '2026-11-09', 'present', { reports: 1, handledInTime: 1 });
    // Order of arrival does not matter: sync may bring the older one last.
    const s = summarizeMonth([later, first], '2026-11');
    expect(s.duplicates).toBe(1);
    expect(s.byCoordinator.get('wang')).toMatchObject({ days: 1, present: 1, absent: 0 });
  });

  it('has no rates without days or reports, ignores deleted records, caps in-time at reports', () => {
    const s = summarizeMonth(
      [
        rec('a', '2026-11-02', 'leave'),
        rec('b', '2026-11-02', 'present', { deleted: true }),
        rec('c', '2026-11-02', 'present', { reports: 1, handledInTime: 5 }),
      ],
      '2026-11',
    );
    expect(s.byCoordinator.get('a')).toMatchObject({ attendanceRate: 0, timelyRate: null });
    expect(s.byCoordinator.has('b')).toBe(false);
    expect(s.byCoordinator.get('c')).toMatchObject({ reports: 1, handledInTime: 1, timelyRate: 1 });
    expect(summarizeMonth([], '2026-11').total.attendanceRate).toBeNull();
  });

  it('lists a coordinator moved mid-month under the street of their last record', () => {
    const s = summarizeMonth(
      [rec('m', '2026-11-02', 'present'), rec('m', '2026-11-20', 'present', { orgPath: S2 })],
      '2026-11',
    );
    expect(s.byCoordinator.get('m')!.street).toBe('110105022');
    expect(s.byStreet.get('110105021')!.days).toBe(1);
    expect(s.byStreet.get('110105022')!.days).toBe(1);
  });
});
