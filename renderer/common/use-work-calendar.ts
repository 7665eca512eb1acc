import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  calendarYears,
  workCalendar,
  type CalendarYear,
  type WorkCalendar,
} from '@shared/calendar/work-calendar';
import { db } from '../db';

export interface CalendarData {
  years: CalendarYear[];
  calendar: WorkCalendar;
}

/** The working-day calendar: shipped arrangements with the users' years over them. */
export function useWorkCalendar(): CalendarData | undefined {
  const stored = useLiveQuery(() => db.holidayYears.toArray(), []);
  return useMemo(() => {
    if (!stored) return undefined;
    const years = calendarYears(stored);
    return { years, calendar: workCalendar(years) };
  }, [stored]);
}
