import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { TicketFacts } from '@shared/tickets/facts';
import type { TicketRateRules } from '@shared/model/ticket';
import type { TicketFigures } from '@shared/dashboard/tickets';
import { CITY_CODE, type OrgUnit } from '@shared/model/org';
import { codeOfPath } from '@shared/org/codes';
import { accessOverview } from '@shared/access/overview';
import { complaintInScope, requestInScope } from '@shared/access/scope';
import { deploymentByCategory } from '@shared/dashboard/coordinators';
import { drillScope } from '@shared/dashboard/children';
import { db } from '../../db';
import { readCatalog } from '../../db/catalog';
import { readTicketFacts, readTicketFigures } from '../../db/ticket-facts';
import { useUiStore } from '../../app/ui-store';
import { useWorkCalendar } from '../../common/use-work-calendar';
import { todayInBeijing } from '../../common/dates';

/**
 * The facts of the scope's tickets received in `months`, from the catalog (db/ticket-facts),
 * which every ticket chart then counts from: a district's year is 450,000 tickets, too many to
 * read as rows.
 */
export function useTicketsOf(scope: string, months: readonly string[]): TicketFacts[] | undefined {
  const key = months.join(',');
  return useLiveQuery(() => readTicketFacts(db, scope, months), [scope, key]);
}

/**
 * The dashboard's ticket figures of the scope's `months` under its rate rules (readTicketFigures),
 * counted as the catalog is read; undefined until the rules are known, and while another scope's
 * figures are all there is: a district's year takes a second to count, and a ranking of the
 * scope left behind, under the new scope's headings, would be clicked into.
 */
export function useTicketFigures(
  scope: string,
  months: readonly string[],
  rules: TicketRateRules | undefined,
): TicketFigures | undefined {
  const key = `${scope}|${months.join(',')}|${JSON.stringify(rules ?? null)}`;
  const counted = useLiveQuery(
    async () => (rules ? { key, figures: await readTicketFigures(db, scope, months, rules) } : undefined),
    [key],
  );
  return counted?.key === key ? counted.figures : undefined;
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
