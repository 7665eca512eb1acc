import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Report } from '@shared/reports/report';
import { monthlyReport } from '@shared/reports/monthly';
import { editionInForce, readinessReport } from '@shared/reports/readiness';
import { localizeReport, type LocalizedReport } from '@shared/reports/render';
import { lastMonths } from '@shared/dashboard/months';
import { LIST_KINDS } from '@shared/model/lists';
import { complaintInScope, requestInScope, systemInScope } from '@shared/access/scope';
import { communitiesOverLimit } from '@shared/access/info-systems';
import { isInScope } from '@shared/org/codes';
import { monthOf } from '@shared/whistles/overview';
import { db } from '../../../db';
import { useUiStore } from '../../../app/ui-store';
import { useScopeUnits } from '../../../common/scope/use-org';
import { useWorkCalendar } from '../../../common/use-work-calendar';
import { useNow } from '../../../common/use-now';
import { todayInBeijing } from '../../../common/dates';
import { useCommunitySizes, useCoverage } from '../../places';
import { useRateRules } from '../../tickets';
import { useAccessByDepartment, useChildUnits, useDeployment, useTicketsOf } from '../use-dashboard';

/** The scope's own name and its path of names, as the report's title and subtitle say them. */
function useScopeNames(scope: string): { name: string; path: string } | undefined {
  const { t } = useTranslation();
  const units = useScopeUnits(scope);
  return useMemo(() => {
    if (!units) return undefined;
    if (units.length === 0) return { name: t('scope.city'), path: t('scope.city') };
    return { name: units[units.length - 1]!.name, path: units.map((u) => u.name).join(' / ') };
  }, [units, t]);
}

/** A report in the language the app shows. */
export function useLocalized(report: Report | undefined): LocalizedReport | undefined {
  const { t, i18n } = useTranslation();
  return useMemo(
    () =>
      report &&
      localizeReport(report, {
        // Keys come from the report model, chosen at run time (see translateDynamic).
        t: (key, values) => t(key as never, values as never) as unknown as string,
        english: i18n.language === 'en',
      }),
    [report, t, i18n.language],
  );
}

/** 工作月报 of the scope for `month`: the dashboard's hooks, fed to the shared report. */
export function useMonthlyReport(month: string): LocalizedReport | undefined {
  const scope = useUiStore((s) => s.scope);
  const names = useScopeNames(scope);
  const months = useMemo(() => lastMonths(`${month}-01`), [month]);
  const tickets = useTicketsOf(scope, months);
  const units = useChildUnits(scope);
  const coverage = useCoverage(scope);
  const sizes = useCommunitySizes(scope);
  const deployment = useDeployment(scope);
  const departments = useAccessByDepartment(scope);
  const rules = useRateRules(scope);
  const report = useMemo(
    () =>
      names && tickets && units && coverage && sizes && deployment && departments && rules
        ? monthlyReport({
            scope,
            scopeName: names.name,
            scopePath: names.path,
            month,
            asOf: todayInBeijing(),
            tickets,
            units,
            coverage,
            sizes,
            deployment,
            departments,
            rules,
          })
        : undefined,
    [scope, names, month, tickets, units, coverage, sizes, deployment, departments, rules],
  );
  return useLocalized(report);
}

/** 执法检查准备 of the scope today, over the twelve months to today. */
export function useReadinessReport(): LocalizedReport | undefined {
  const scope = useUiStore((s) => s.scope);
  const names = useScopeNames(scope);
  const today = todayInBeijing();
  const months = useMemo(() => lastMonths(today), [today]);
  const tickets = useTicketsOf(scope, months);
  const deployment = useDeployment(scope);
  const calendar = useWorkCalendar();
  const rules = useRateRules(scope);
  const now = useNow();
  const data = useLiveQuery(async () => {
    const [editions, requests, complaints, systems, whistles, calls] = await Promise.all([
      db.listEditions.toArray(),
      db.accessRequests.toArray(),
      db.burdenComplaints.toArray(),
      db.infoSystems.toArray(),
      db.whistles.toArray(),
      db.whistleCalls.toArray(),
    ]);
    const live = editions.filter((e) => !e.deleted);
    const itemCounts = new Map<string, number>();
    for (const kind of LIST_KINDS) {
      const edition = editionInForce(live, kind, today);
      if (edition)
        itemCounts.set(
          edition.id,
          await db.listItems
            .where('editionId')
            .equals(edition.id)
            .filter((i) => !i.deleted)
            .count(),
        );
    }
    const inScope = (r: { orgPath: string; deleted?: boolean }) =>
      !r.deleted && (!scope || isInScope(r.orgPath, scope));
    const scoped = systems.filter((s) => !s.deleted && systemInScope(s, scope));
    const overLimit = communitiesOverLimit(scoped).map((c) => c.code);
    const communities = await db.orgUnits.where('code').anyOf(overLimit).toArray();
    const period = new Set(months);
    return {
      editions: live,
      itemCounts,
      requests: requests.filter((q) => requestInScope(q, scope)),
      complaints: complaints.filter((c) => complaintInScope(c, scope)),
      systems: scoped,
      whistles: whistles.filter((w) => inScope(w) && period.has(monthOf(w.blownAt))),
      calls: calls.filter(inScope),
      communityNames: new Map(communities.map((u) => [u.code, u.name])),
    };
  }, [scope, today, months]);
  const report = useMemo(
    () =>
      names && data && tickets && deployment && calendar && rules
        ? readinessReport({
            ...data,
            scopeName: names.name,
            scopePath: names.path,
            today,
            now,
            period: { from: months[0]!, to: months[months.length - 1]! },
            calendar: calendar.calendar,
            tickets,
            deployment,
            rules,
          })
        : undefined,
    // `now` moves every minute; the report is read once per scope and day.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [names, data, tickets, deployment, calendar, today, months, rules],
  );
  return useLocalized(report);
}
