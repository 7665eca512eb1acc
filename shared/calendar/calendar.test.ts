import { describe, expect, it } from 'vitest';
import type { HolidayYear } from '../model/lists';
import { calendarYears, daysOf, weekday, workCalendar } from './work-calendar';
import { validateHolidayYear } from './validate-holiday-year';

const calendar = workCalendar(calendarYears([]));

describe('the shipped Chinese working-day calendar', () => {
  it('counts the working days of each year as the State Council notices give them', () => {
    // 2024: 366 days − 104 weekend days − 19 weekdays off + 8 make-up days.
    expect(calendar.workingDaysBetween('2023-12-31', '2024-12-31')).toBe(251);
    // 2025 (13 statutory days from this year on): 365 − 104 − 18 + 5.
    expect(calendar.workingDaysBetween('2024-12-31', '2025-12-31')).toBe(248);
    expect(calendar.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(248);
  });

  it('makes the make-up Saturdays and Sundays working days and the holiday weekdays days off', () => {
    expect(weekday('2026-02-14')).toBe(6);
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true); // 春节 make-up Saturday
    expect(calendar.isWorkingDay('2026-02-28')).toBe(true);
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true); // 国庆 make-up Sunday
    expect(calendar.isWorkingDay('2026-02-16')).toBe(false); // 除夕, a Monday
    expect(calendar.isWorkingDay('2026-10-07')).toBe(false);
    expect(calendar.isWorkingDay('2026-03-07')).toBe(false); // an ordinary Saturday
    expect(calendar.isWorkingDay('2026-03-09')).toBe(true);
  });

  it('counts a request spanning the Spring Festival and National Day weeks with their make-up days', () => {
    // Filed 2026-02-09, the work starts 2026-10-12. After filing: 175 weekdays, less the
    // 春节 (6), 清明 (1), 劳动节 (3), 端午 (1), 中秋 (1) and 国庆 (5) weekdays off, plus the
    // make-up days 2-14, 2-28, 5-9, 9-20 and 10-10.
    const weekdays = daysOf('2026-02-10', '2026-10-12').filter((d) => weekday(d) % 6 !== 0).length;
    expect(weekdays).toBe(175);
    expect(calendar.workingDaysBetween('2026-02-09', '2026-10-12')).toBe(175 - 17 + 5);
    // Spring Festival week alone: 9 days off (2-15 … 2-23), worked on Saturday 2-14 and 2-28.
    // After Friday 2-13: Saturday 2-14, then 2-24 … 2-27; Saturday 2-28 makes it 6.
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-27')).toBe(5);
    expect(calendar.workingDaysBetween('2026-02-13', '2026-03-01')).toBe(6);
    // National Day week: 9-30 … 10-09 holds 9-30, 10-08, 10-09 and no other working day.
    expect(calendar.workingDaysBetween('2026-09-29', '2026-10-09')).toBe(3);
  });

  it('is symmetric and counts backwards', () => {
    expect(calendar.workingDaysBetween('2026-10-12', '2026-02-09')).toBe(-163);
    expect(calendar.workingDaysBetween('2026-03-02', '2026-03-02')).toBe(0);
  });

  it('moves a 15-working-day deadline past the holidays, never onto one', () => {
    // Submitted Friday 2025-09-19. Counting Monday–Friday only, the 15th day is Friday 10-10;
    // with the calendar: the make-up Sunday 9-28 and Saturday 10-11 count, 10-01 … 10-08 do not.
    const weekdaysOnly = workCalendar([]);
    expect(weekdaysOnly.addWorkingDays('2025-09-19', 15)).toBe('2025-10-10');
    expect(calendar.addWorkingDays('2025-09-19', 15)).toBe('2025-10-16');
    expect(calendar.workingDaysBetween('2025-09-19', '2025-10-16')).toBe(15);
  });

  it('moves a deadline that lands on a holiday to the next working day', () => {
    // 30 calendar days after 2026-09-01 is 10-01, 国庆节: the deadline becomes Thursday 10-08.
    expect(calendar.onOrAfterWorkingDay('2026-10-01')).toBe('2026-10-08');
    // A Saturday worked instead (调休) is itself a working day.
    expect(calendar.onOrAfterWorkingDay('2026-10-10')).toBe('2026-10-10');
    // 2025's Spring Festival: 1-28 … 2-04 are off, Wednesday 2-05 is the next working day.
    expect(calendar.onOrAfterWorkingDay('2025-01-29')).toBe('2025-02-05');
  });

  it('finds the last day to file 30 working days ahead across the Spring Festival', () => {
    const latest = calendar.addWorkingDays('2026-03-16', -30);
    // Counting back from Monday 3-16: the make-up Saturdays 2-28 and 2-14 count, 2-15 … 2-23
    // do not; the 30th working day is 1-28, so filing on 1-27 is just in time.
    expect(latest).toBe('2026-01-27');
    expect(calendar.workingDaysBetween(latest, '2026-03-16')).toBe(30);
    // One day later is too late.
    expect(calendar.workingDaysBetween('2026-01-28', '2026-03-16')).toBe(29);
  });

  it('names the years it has no arrangement for, so the screens can say so', () => {
    expect(calendar.missingYears('2026-12-01', '2027-01-20')).toEqual([2027]);
    expect(calendar.missingYears('2024-01-01', '2026-12-31')).toEqual([]);
  });

  it('lets a stored year override the shipped one and add a year that is not shipped', () => {
    const row: HolidayYear = {
      id: 'x',
      orgPath: '',
      year: 2027,
      holidays: ['2027-01-01'],
      workdays: [],
      periods: [{ name: '元旦', from: '2027-01-01', to: '2027-01-01' }],
    };
    const override: HolidayYear = { ...row, id: 'y', year: 2026, holidays: [], workdays: [] };
    const years = calendarYears([row, override]);
    expect(years.map((y) => [y.year, y.shipped, y.storedId])).toEqual([
      [2024, true, undefined],
      [2025, true, undefined],
      [2026, true, 'y'],
      [2027, false, 'x'],
    ]);
    const edited = workCalendar(years);
    expect(edited.isWorkingDay('2027-01-01')).toBe(false);
    expect(edited.isWorkingDay('2026-10-01')).toBe(true);
    expect(edited.missingYears('2027-01-01', '2027-12-31')).toEqual([]);
  });
});

describe('validateHolidayYear', () => {
  const valid = {
    year: 2026,
    periods: [{ name: '春节', from: '2026-02-15', to: '2026-02-23' }],
    workdays: ['2026-02-14', '2026-02-28'],
  };

  it('expands the periods into the days off', () => {
    const checked = validateHolidayYear(valid);
    expect(checked.ok && checked.value.holidays).toHaveLength(9);
    expect(checked.ok && checked.value.workdays).toEqual(['2026-02-14', '2026-02-28']);
  });

  it('refuses reversed, overlong and foreign periods and make-up days that are weekdays or inside a period', () => {
    const checked = validateHolidayYear({
      year: 2026,
      periods: [
        { name: '', from: '2026-02-23', to: '2026-02-15' },
        { name: '长假', from: '2026-07-01', to: '2026-07-31' },
        { name: '元旦', from: '2025-01-01', to: '2025-01-01' },
        { name: '春节', from: '2026-02-15', to: '2026-02-30' },
        { name: '劳动节', from: '2026-05-01', to: '2026-05-05' },
      ],
      workdays: ['2026-03-04', '2026-05-02', '2025-02-08'],
    });
    expect(checked.ok ? [] : checked.issues.map((i) => `${i.field}:${i.code}`)).toEqual([
      'periods.0.name:access.calendar.periodName',
      'periods.0.to:access.calendar.periodOrder',
      'periods.1.to:access.calendar.periodLength',
      'periods.2.from:access.calendar.periodYear',
      'periods.3.to:date.format',
      'workdays.0:access.calendar.workdayNotWeekend',
      'workdays.1:access.calendar.workdayInPeriod',
      'workdays.2:access.calendar.workdayYear',
    ]);
  });
});
