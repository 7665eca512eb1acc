import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Ticket } from '@shared/model/ticket';
import { CITY_CODE, type OrgUnit } from '@shared/model/org';
import { codeOfPath, isInScope } from '@shared/org/codes';
import { accessOverview } from '@shared/access/overview';
import { complaintInScope, requestInScope } from '@shared/access/scope';
import { monthsWindow } from '@shared/dashboard/months';
import { deploymentByCategory } from '@shared/dashboard/coordinators';
import { drillScope } from '@shared/dashboard/children';
import { db } from '../../db';
import { readCatalog } from '../../db/catalog';
import { useUiStore } from '../../app/ui-store';
import { useWorkCalendar } from '../../common/use-work-calendar';
import { todayInBeijing } from '../../common/dates';

/**
 * The scope's tickets received in `months`: one range read on the receivedAt index, which every
 * ticket chart then counts from (a street's year is 40,000 rows; reading them twice would cost
 * more than all the counting).
 */
export function useTicketsOf(scope: string, months: readonly string[]): Ticket[] | undefined {
  const { from, to } = monthsWindow(months);
  return useLiveQuery(async () => {
    const rows = await db.tickets.where('receivedAt').between(from, to).toArray();
    return scope ? rows.filter((t) => isInScope(t.orgPath, scope)) : rows;
  }, [scope, from, to]);
}

/** The units one level below the scope, by code: what the charts compare and drill into. */
export function useChildUnits(scope: string): Map<string, OrgUnit> | undefined {
  const parent = scope === '' ? CITY_CODE : codeOfPath(scope);
  return useLiveQuery(
    async () =>
      new Map((await db.orgUnits.where('parentCode').equals(parent).toArray()).map((u) => [u.code, u])),
    [parent],
  );
}

/** Sets the scope to a unit below it, where dashboards go (see drillScope). */
export function useDrill(): (code: string) => void {
  const setScope = useUiStore((s) => s.setScope);
  return (code) => {
    const scope = drillScope(code);
    if (scope) setScope(scope);
  };
}

/** Coordinators by category, counted from the catalog (no row is read), against the units' needs. */
export function useDeployment(scope: string) {
  return useLiveQuery(async () => {
    const [roster, units, categories] = await Promise.all([
      readCatalog(db, 'coordinators', scope),
      readCatalog(db, 'orgUnits', scope),
      db.coordinatorCategories.toArray(),
    ]);
    return deploymentByCategory(
      roster.entries().map((e) => ({ categoryId: e.facts.categoryId, status: e.facts.status ?? 'active' })),
      categories.filter((c) => !c.deleted),
      units.entries().map((e) => e.facts),
    );
  }, [scope]);
}

/** Access requests per department as the access overview counts them (accessOverview). */
export function useAccessByDepartment(scope: string) {
  const calendar = useWorkCalendar();
  const data = useLiveQuery(async () => {
    const [requests, complaints] = await Promise.all([
      db.accessRequests.toArray(),
      db.burdenComplaints.toArray(),
    ]);
    return {
      requests: requests.filter((r) => requestInScope(r, scope)),
      complaints: complaints.filter((c) => complaintInScope(c, scope)),
    };
  }, [scope]);
  return useMemo(
    () =>
      data && calendar
        ? accessOverview(data.requests, data.complaints, [], calendar.calendar, todayInBeijing()).byDepartment
        : undefined,
    [data, calendar],
  );
}
