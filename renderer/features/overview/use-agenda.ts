import { useLiveQuery } from 'dexie-react-hooks';
import { agenda, type AgendaItem } from '@shared/home/agenda';
import type { SessionUser } from '@shared/auth/roles';
import { db } from '../../db';
import { useWorkCalendar } from '../../common/use-work-calendar';
import { todayInBeijing } from '../../common/dates';
import { useNow } from '../../common/use-now';
import { readAgendaInput } from './agenda-data';

/** The home's items for the user's role in the scope, most urgent first. */
export function useAgenda(scope: string, role: SessionUser['role']): AgendaItem[] | undefined {
  const calendar = useWorkCalendar();
  const now = useNow();
  const today = todayInBeijing();
  const data = useLiveQuery(() => readAgendaInput(db, scope, today), [scope, today]);
  if (!data || !calendar) return undefined;
  return agenda({
    ...data,
    role,
    today,
    now,
    calendar: calendar.calendar,
    calendarYears: calendar.years.map((y) => y.year),
  });
}
