import type { HolidayYear } from '../model/lists';

/**
 * The State Council's holiday arrangements (国务院办公厅关于XXXX年部分节假日安排的通知), as
 * shipped with the app. Each period is the run of days off as the notice gives it (including
 * the weekend days inside it); `workdays` are the weekend days worked instead (调休上班).
 * From 2025 on there are 13 statutory days (除夕 and 5月2日 were added in 2024).
 *
 * 2027 is not here: its notice is published in the autumn before, and we do not guess it.
 * A year missing from the calendar is counted Monday–Friday, and the screens say so. Users
 * add a year (or correct one) in the calendar editor; their rows override these.
 */
export type HolidayArrangement = Pick<HolidayYear, 'year' | 'workdays' | 'source'> & {
  periods: NonNullable<HolidayYear['periods']>;
};

const notice = (year: number) => `国务院办公厅关于${year}年部分节假日安排的通知`;

export const SHIPPED_HOLIDAY_YEARS: readonly HolidayArrangement[] = [
  {
    year: 2024,
    source: notice(2024),
    periods: [
      { name: '元旦', from: '2024-01-01', to: '2024-01-01' },
      { name: '春节', from: '2024-02-10', to: '2024-02-17' },
      { name: '清明节', from: '2024-04-04', to: '2024-04-06' },
      { name: '劳动节', from: '2024-05-01', to: '2024-05-05' },
      { name: '端午节', from: '2024-06-08', to: '2024-06-10' },
      { name: '中秋节', from: '2024-09-15', to: '2024-09-17' },
      { name: '国庆节', from: '2024-10-01', to: '2024-10-07' },
    ],
    workdays: [
      '2024-02-04',
      '2024-02-18',
      '2024-04-07',
      '2024-04-28',
      '2024-05-11',
      '2024-09-14',
      '2024-09-29',
      '2024-10-12',
    ],
  },
  {
    year: 2025,
    source: notice(2025),
    periods: [
      { name: '元旦', from: '2025-01-01', to: '2025-01-01' },
      { name: '春节', from: '2025-01-28', to: '2025-02-04' },
      { name: '清明节', from: '2025-04-04', to: '2025-04-06' },
      { name: '劳动节', from: '2025-05-01', to: '2025-05-05' },
      { name: '端午节', from: '2025-05-31', to: '2025-06-02' },
      { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08' },
    ],
    workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  {
    year: 2026,
    source: notice(2026),
    periods: [
      { name: '元旦', from: '2026-01-01', to: '2026-01-03' },
      { name: '春节', from: '2026-02-15', to: '2026-02-23' },
      { name: '清明节', from: '2026-04-04', to: '2026-04-06' },
      { name: '劳动节', from: '2026-05-01', to: '2026-05-05' },
      { name: '端午节', from: '2026-06-19', to: '2026-06-21' },
      { name: '中秋节', from: '2026-09-25', to: '2026-09-27' },
      { name: '国庆节', from: '2026-10-01', to: '2026-10-07' },
    ],
    workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
];
