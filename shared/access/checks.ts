import {
  ASSISTANCE_MODES,
  type AccessRequest,
  type InfoSystem,
  type ListEdition,
  type ListItem,
} from '../model/lists';
import type { WorkCalendar } from '../calendar/work-calendar';
import { normalizeForSearch } from '../search/terms';
import { cityLevelLoad, CITY_SYSTEM_LIMIT } from './info-systems';
import { lastStepDate, reviewDecision } from './workflow';
import { beijingDate } from './dates';

/**
 * The checks a reviewer expects the software to make on a 准入 request (DOMAIN.md), each
 * with its reason. They advise; the review group decides. Reasons are message codes under
 * `errors.` with their values; `list` holds what the reason is about (modes, communities,
 * forms) for the screen to show by name.
 */

/** Working days ahead of the start a request must be filed (Xicheng practice). */
export const LEAD_WORKING_DAYS = 30;
/** Working days the review group has to decide. */
export const DECISION_WORKING_DAYS = 15;
/** Working days left at which a pending decision is flagged. */
export const DUE_SOON_WORKING_DAYS = 3;

export type CheckId =
  | 'taskList'
  | 'responsibleParty'
  | 'modes'
  | 'workingConditions'
  | 'formLimit'
  | 'leadTime'
  | 'decisionDeadline'
  | 'calendar';

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'info';

export interface CheckResult {
  id: CheckId;
  status: CheckStatus;
  /** Message code, shown as `errors.<reason>`. */
  reason: string;
  values?: Record<string, string | number>;
  list?: string[];
}

export interface CheckContext {
  /** The community task list edition in force, and its items. */
  taskList: { edition?: Pick<ListEdition, 'id' | 'name'>; items: readonly ListItem[] };
  /** The forms and systems registered for the street's communities. */
  systems: readonly InfoSystem[];
  calendar: WorkCalendar;
  /** `YYYY-MM-DD` in Beijing. */
  today: string;
}

type Check = (request: AccessRequest, ctx: CheckContext) => CheckResult;

const result = (
  id: CheckId,
  status: CheckStatus,
  reason: string,
  values?: CheckResult['values'],
  list?: string[],
): CheckResult => ({
  id,
  status,
  reason: `access.check.${reason}`,
  ...(values && { values }),
  ...(list && { list }),
});

/** Is the matter on the published community task list? Work not on it is not admitted. */
export const checkTaskList: Check = (request, { taskList }) => {
  if (!taskList.edition) return result('taskList', 'warn', 'taskList.noEdition');
  const edition = taskList.edition.name;
  if (!request.listItemId) return result('taskList', 'fail', 'taskList.notOnList', { edition });
  const item = taskList.items.find((i) => i.id === request.listItemId);
  if (!item) return result('taskList', 'fail', 'taskList.notInForce', { edition });
  return result('taskList', 'pass', 'taskList.onList', { edition, code: item.code, title: item.title });
};

/** Assisting work may never make the community its responsible party (责任主体) (seed). */
export const checkResponsibleParty: Check = (request) =>
  request.communityResponsible
    ? result('responsibleParty', 'fail', 'responsibleParty.responsible')
    : result('responsibleParty', 'pass', 'responsibleParty.assisting');

/**
 * The community only contacts residents, helps with home visits, mobilises, publicises,
 * passes on concerns, finds and reports non-specialist problems and helps with services
 * (seed). Anything else asked of it, or a mode the matching list item does not allow, fails.
 */
export const checkModes: Check = (request, { taskList }) => {
  const known = new Set<string>(ASSISTANCE_MODES);
  const unknown = request.assistanceModes.filter((m) => !known.has(m));
  const other = request.otherTasks ?? [];
  if (unknown.length > 0 || other.length > 0)
    return result('modes', 'fail', 'modes.outside', { count: unknown.length + other.length }, [
      ...unknown,
      ...other,
    ]);
  if (request.assistanceModes.length === 0) return result('modes', 'fail', 'modes.none');
  const item = taskList.items.find((i) => i.id === request.listItemId);
  if (item?.kind === 'assist' && item.assistanceModes) {
    const allowed = new Set(item.assistanceModes);
    const beyond = request.assistanceModes.filter((m) => !allowed.has(m));
    if (beyond.length > 0)
      return result('modes', 'fail', 'modes.notAllowedByItem', { code: item.code }, beyond);
  }
  return result('modes', 'pass', 'modes.within', undefined, [...request.assistanceModes]);
};

/** 费随事转: work sent down brings its funding and staff. */
export const checkWorkingConditions: Check = (request) => {
  const funding = (request.funding ?? '').trim() !== '';
  const staffing = (request.staffing ?? '').trim() !== '';
  if (funding && staffing) return result('workingConditions', 'pass', 'workingConditions.provided');
  if (!funding && !staffing) return result('workingConditions', 'fail', 'workingConditions.none');
  return result(
    'workingConditions',
    'warn',
    funding ? 'workingConditions.noStaffing' : 'workingConditions.noFunding',
  );
};

/**
 * City-level systems were cut from 40+ to 7 (seed): a request that adds a registered
 * city-level system to a target community that would then fill more than 7 fails, naming
 * the communities; a form or
 * system that is not in the registry at all is flagged for the reviewer to place.
 */
export const checkFormLimit: Check = (request, { systems }) => {
  const named = [...new Set(request.formsAndSystems.map((f) => f.trim()).filter((f) => f !== ''))];
  if (named.length === 0) return result('formLimit', 'pass', 'formLimit.noForms');
  const byName = new Map(systems.map((s) => [normalizeForSearch(s.name), s]));
  const unregistered = named.filter((n) => !byName.has(normalizeForSearch(n)));
  const addedCity = named
    .map((n) => byName.get(normalizeForSearch(n)))
    .filter((s): s is InfoSystem => s !== undefined && s.level === 'city');
  const load = cityLevelLoad(systems);
  const over: string[] = [];
  const alreadyOver: string[] = [];
  let worst = 0;
  const added = addedCity.map((s) => normalizeForSearch(s.name));
  for (const community of request.targetCommunities) {
    const current = new Set(load.get(community)?.keys());
    const after = new Set([...current, ...added]).size;
    worst = Math.max(worst, after);
    // A community already past the limit is not this request's doing unless it adds to it.
    if (after > CITY_SYSTEM_LIMIT) (after > current.size ? over : alreadyOver).push(community);
  }
  if (over.length > 0)
    return result(
      'formLimit',
      'fail',
      'formLimit.over',
      { limit: CITY_SYSTEM_LIMIT, worst, count: over.length },
      over,
    );
  if (unregistered.length > 0)
    return result(
      'formLimit',
      'warn',
      'formLimit.unregistered',
      { count: unregistered.length },
      unregistered,
    );
  if (alreadyOver.length > 0)
    return result('formLimit', 'warn', 'formLimit.alreadyOver', { limit: CITY_SYSTEM_LIMIT }, alreadyOver);
  return result('formLimit', 'pass', 'formLimit.within', { limit: CITY_SYSTEM_LIMIT, worst });
};

/** A request is filed at least 30 working days before the work starts. */
export const checkLeadTime: Check = (request, { calendar }) => {
  if (!request.filedOn || !request.startsOn) return result('leadTime', 'fail', 'leadTime.missingDates');
  const days = calendar.workingDaysBetween(request.filedOn, request.startsOn);
  const latest = calendar.addWorkingDays(request.startsOn, -LEAD_WORKING_DAYS);
  if (days < LEAD_WORKING_DAYS)
    return result('leadTime', 'fail', 'leadTime.late', { days, required: LEAD_WORKING_DAYS, latest });
  return result('leadTime', 'pass', 'leadTime.inTime', { days, required: LEAD_WORKING_DAYS });
};

/**
 * The review group decides within 15 working days, counted from the day after the request was
 * (last) submitted: a request returned for more material starts again when it comes back.
 */
export function decisionDeadline(request: AccessRequest, calendar: WorkCalendar): string | undefined {
  const submitted = lastStepDate(request, 'submitted');
  return submitted && calendar.addWorkingDays(submitted, DECISION_WORKING_DAYS);
}

export const checkDecisionDeadline: Check = (request, { calendar, today }) => {
  const deadline = decisionDeadline(request, calendar);
  if (!deadline)
    return result('decisionDeadline', 'info', 'decisionDeadline.notSubmitted', {
      days: DECISION_WORKING_DAYS,
    });
  if (request.status !== 'submitted') {
    const decision = reviewDecision(request);
    const decidedOn = decision ? beijingDate(decision.at) : today;
    return decidedOn <= deadline
      ? result('decisionDeadline', 'pass', 'decisionDeadline.decidedInTime', { deadline, decidedOn })
      : result('decisionDeadline', 'warn', 'decisionDeadline.decidedLate', { deadline, decidedOn });
  }
  if (deadline < today) return result('decisionDeadline', 'fail', 'decisionDeadline.overdue', { deadline });
  const left = calendar.workingDaysBetween(today, deadline);
  if (left <= DUE_SOON_WORKING_DAYS)
    return result('decisionDeadline', 'warn', 'decisionDeadline.dueSoon', { deadline, days: left });
  return result('decisionDeadline', 'info', 'decisionDeadline.open', { deadline, days: left });
};

/** Counts over a year the calendar has no holidays for are Monday–Friday only: say so. */
export const checkCalendar: Check = (request, { calendar, today }) => {
  const dates = [request.filedOn, request.startsOn, today, decisionDeadline(request, calendar)].filter(
    (d): d is string => !!d,
  );
  const sorted = [...dates].sort();
  const missing = calendar.missingYears(sorted[0]!, sorted[sorted.length - 1]!);
  return missing.length > 0
    ? result('calendar', 'warn', 'calendar.missing', { years: missing.join('、') })
    : result('calendar', 'pass', 'calendar.complete');
};

const CHECKS: readonly Check[] = [
  checkTaskList,
  checkResponsibleParty,
  checkModes,
  checkWorkingConditions,
  checkFormLimit,
  checkLeadTime,
  checkDecisionDeadline,
  checkCalendar,
];

/** Every check, in the order the reviewer reads them. */
export function runAccessChecks(request: AccessRequest, ctx: CheckContext): CheckResult[] {
  return CHECKS.map((check) => check(request, ctx));
}

/**
 * Failures about the request itself, which a reviewer must answer for when admitting it
 * anyway. An overdue decision is the review group's own lateness, not the request's.
 */
export const meritFailures = (results: readonly CheckResult[]) =>
  results.filter((r) => r.status === 'fail' && r.id !== 'decisionDeadline');
