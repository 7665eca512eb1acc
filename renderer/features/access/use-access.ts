import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AccessRequest, BurdenComplaint, InfoSystem, ListEdition, ListItem } from '@shared/model/lists';
import type { OrgUnit } from '@shared/model/org';
import type { CheckContext } from '@shared/access/checks';
import { todayInBeijing } from '../../common/dates';
import { complaintInScope, requestInScope, systemInScope } from '@shared/access/scope';
import { byItemOrder } from '@shared/lists/search';
import { isInScope } from '@shared/org/codes';
import { canWriteRecord } from '@shared/auth/roles';
import type { SyncedTable } from '@shared/model/record';
import { db } from '../../db';
import { useSession } from '../../app/session';
import { streetCodeOf } from '@shared/org/paths';

import { useWorkCalendar } from '../../common/use-work-calendar';
export { useWorkCalendar, type CalendarData } from '../../common/use-work-calendar';

export interface TaskList {
  edition?: ListEdition;
  items: ListItem[];
}

/** The community task list edition in force — what requests are checked against. */
export function usePublishedTaskList(): TaskList | undefined {
  return useLiveQuery(async () => {
    const edition = (await db.listEditions.toArray()).find(
      (e) => e.kind === 'communityTasks' && e.status === 'published' && !e.deleted,
    );
    if (!edition) return { items: [] };
    const items = await db.listItems.where('editionId').equals(edition.id).toArray();
    return { edition, items: items.filter((i) => !i.deleted).sort(byItemOrder) };
  }, []);
}

const live = <T extends { deleted?: boolean }>(rows: T[]) => rows.filter((r) => !r.deleted);

/** Requests in a scope, newest filing first. */
export function useRequests(scope: string): AccessRequest[] | undefined {
  return useLiveQuery(
    async () =>
      live(await db.accessRequests.toArray())
        .filter((r) => requestInScope(r, scope))
        .sort((a, b) => (b.filedOn ?? '').localeCompare(a.filedOn ?? '') || b.id.localeCompare(a.id)),
    [scope],
  );
}

export function useRequest(id: string | null): AccessRequest | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.accessRequests.get(id)) ?? null) : null), [id]);
}

export function useComplaints(scope: string): BurdenComplaint[] | undefined {
  return useLiveQuery(
    async () =>
      live(await db.burdenComplaints.toArray())
        .filter((c) => complaintInScope(c, scope))
        .sort((a, b) => b.receivedOn.localeCompare(a.receivedOn)),
    [scope],
  );
}

export function useSystems(scope: string): InfoSystem[] | undefined {
  return useLiveQuery(
    async () =>
      live(await db.infoSystems.toArray())
        .filter((s) => systemInScope(s, scope))
        .sort((a, b) => a.level.localeCompare(b.level) || a.name.localeCompare(b.name, 'zh-CN')),
    [scope],
  );
}

/**
 * What the checks of requests need: the task list in force, the registry, the calendar and
 * today. The whole registry: the form-limit check looks only at each request's own target
 * communities, and a system registered by another street still names a known system.
 */
export function useCheckContext(): CheckContext | undefined {
  const taskList = usePublishedTaskList();
  const calendar = useWorkCalendar();
  const systems = useLiveQuery(async () => live(await db.infoSystems.toArray()), []);
  if (!taskList || !calendar || !systems) return undefined;
  return { taskList, systems, calendar: calendar.calendar, today: todayInBeijing() };
}

/** Names of org units by code, for the codes a screen shows. */
export function useUnitNames(codes: readonly string[]): Map<string, string> {
  const key = [...new Set(codes)].sort().join(',');
  const units = useLiveQuery(
    () => (key ? db.orgUnits.where('code').anyOf(key.split(',')).toArray() : []),
    [key],
  );
  return useMemo(() => new Map((units ?? []).map((u) => [u.code, u.name])), [units]);
}

/** Communities and villages of a street, in code order; none before a street is chosen. */
export function useStreetCommunities(streetPath: string | undefined): OrgUnit[] | undefined {
  return useLiveQuery(
    async () =>
      streetPath
        ? db.orgUnits
            .where('orgPath')
            .startsWith(`${streetPath}/`)
            .filter((u) => u.level === 'community' || u.level === 'village')
            .sortBy('code')
        : [],
    [streetPath],
  );
}

/** Streets a request or registry row can belong to from this scope: those inside it, or the one it lies in. */
export function useStreetsForScope(scope: string): OrgUnit[] | undefined {
  return useLiveQuery(async () => {
    const street = streetCodeOf(scope);
    if (street !== undefined) return db.orgUnits.where('code').equals(street).toArray();
    const streets = await db.orgUnits.where('level').equals('street').toArray();
    return streets.filter((s) => isInScope(s.orgPath, scope)).sort((a, b) => a.code.localeCompare(b.code));
  }, [scope]);
}

/**
 * The departments a form may name: the registry (kept under coordinators) and every unit that
 * filed a request. Complaints pick from these and never add to them.
 */
export function useDepartmentNames(): string[] {
  const names = useLiveQuery(async () => {
    const [departments, requests] = await Promise.all([
      db.departments.toArray(),
      db.accessRequests.toArray(),
    ]);
    return [...new Set([...requests.map((r) => r.requestingUnit), ...departments.map((d) => d.name)])].sort(
      (a, b) => a.localeCompare(b, 'zh-CN'),
    );
  }, []);
  return names ?? [];
}

/** Whether the current user may write a record of this table at this orgPath (mirrors the server). */
export function useCanWrite(table: SyncedTable, orgPath: string): boolean {
  const user = useSession((s) => s.user);
  return canWriteRecord(user, table, orgPath);
}
