import { describe, expect, it } from 'vitest';
import type { AccessRequest, InfoSystem, ListItem } from '../model/lists';
import { calendarYears, workCalendar } from '../calendar/work-calendar';
import {
  checkCalendar,
  checkDecisionDeadline,
  checkFormLimit,
  checkLeadTime,
  checkModes,
  checkResponsibleParty,
  checkTaskList,
  checkWorkingConditions,
  meritFailures,
  runAccessChecks,
  type CheckContext,
  type CheckResult,
} from './checks';

const C1 = '110105021001';
const C2 = '110105021002';

const taskItem: ListItem = {
  id: 'item-census',
  orgPath: '',
  editionId: 'tasks-2020',
  code: 'SQ-027',
  section: '社区依法协助政府工作',
  title: '协助开展人口普查等统计调查',
  kind: 'assist',
  assistanceModes: ['contactResidents', 'assistHomeVisits', 'publicity'],
};

const request = (extra: Partial<AccessRequest> = {}): AccessRequest => ({
  id: 'r1',
  orgPath: '110105/110105021',
  requestingUnit: '朝阳区统计局',
  matter: '第八次全国人口普查入户登记',
  basis: '《全国人口普查条例》',
  listItemId: 'item-census',
  assistanceModes: ['contactResidents', 'publicity'],
  communityResponsible: false,
  targetCommunities: [C1, C2],
  funding: '每户普查补贴 20 元，由区财政拨付',
  staffing: '普查员由区统计局招聘',
  formsAndSystems: [],
  filedOn: '2026-03-02',
  startsOn: '2026-05-06',
  status: 'draft',
  history: [],
  ...extra,
});

const system = (name: string, communities: string[], level: InfoSystem['level'] = 'city'): InfoSystem => ({
  id: name,
  orgPath: '110105/110105021',
  name,
  owner: '市民政局',
  level,
  communityCodes: communities,
});

/** C1 already fills seven city-level systems, C2 five. */
const SYSTEMS = [
  ...['社区综合信息系统', '人口信息采集系统', '社会救助系统', '养老服务系统', '残疾人服务系统'].map((n) =>
    system(n, [C1, C2]),
  ),
  system('退役军人服务系统', [C1]),
  system('流动人口登记系统', [C1]),
  system('综治信息系统', []),
  system('街道居民台账', [C1, C2], 'street'),
];

const calendar = workCalendar(calendarYears([]));
const ctx = (extra: Partial<CheckContext> = {}): CheckContext => ({
  taskList: { edition: { id: 'tasks-2020', name: '2020版' }, items: [taskItem] },
  systems: SYSTEMS,
  calendar,
  today: '2026-03-10',
  ...extra,
});

const brief = (r: CheckResult) => `${r.status}:${r.reason}`;

describe('the matter is on the published community task list', () => {
  it('passes a request matching an item of the edition in force', () => {
    expect(checkTaskList(request(), ctx())).toMatchObject({
      status: 'pass',
      values: { code: 'SQ-027', edition: '2020版' },
    });
  });
  it('fails a request without a matching item, or matching an item of another edition', () => {
    expect(brief(checkTaskList(request({ listItemId: undefined }), ctx()))).toBe(
      'fail:access.check.taskList.notOnList',
    );
    expect(brief(checkTaskList(request({ listItemId: 'retired-item' }), ctx()))).toBe(
      'fail:access.check.taskList.notInForce',
    );
  });
  it('warns when no task list is published to compare with', () => {
    expect(brief(checkTaskList(request(), ctx({ taskList: { items: [] } })))).toBe(
      'warn:access.check.taskList.noEdition',
    );
  });
});

describe('the community is made the responsible party', () => {
  it('fails when the request makes the community 责任主体 and passes when it only assists', () => {
    expect(checkResponsibleParty(request({ communityResponsible: true }), ctx()).status).toBe('fail');
    expect(checkResponsibleParty(request(), ctx()).status).toBe('pass');
  });
});

describe('assistance modes stay within the seven', () => {
  it('fails work beyond the seven modes and names it', () => {
    const r = checkModes(request({ otherTasks: ['入户核查并出具证明'] }), ctx());
    expect(r).toMatchObject({
      status: 'fail',
      reason: 'access.check.modes.outside',
      list: ['入户核查并出具证明'],
    });
  });
  it('fails a mode value that is not one of the seven (from an import or an old client)', () => {
    const r = checkModes(request({ assistanceModes: ['enforce' as never] }), ctx());
    expect(r).toMatchObject({ status: 'fail', list: ['enforce'] });
  });
  it('fails modes the matching list item does not allow, and a request that names none', () => {
    const r = checkModes(request({ assistanceModes: ['contactResidents', 'mobilize'] }), ctx());
    expect(r).toMatchObject({
      status: 'fail',
      reason: 'access.check.modes.notAllowedByItem',
      list: ['mobilize'],
    });
    expect(brief(checkModes(request({ assistanceModes: [] }), ctx()))).toBe('fail:access.check.modes.none');
  });
  it('passes modes within the seven and the item', () => {
    expect(checkModes(request(), ctx()).status).toBe('pass');
  });
});

describe('working conditions are provided (费随事转)', () => {
  it('fails with neither funding nor staff, warns with one of them, passes with both', () => {
    expect(checkWorkingConditions(request({ funding: undefined, staffing: ' ' }), ctx()).status).toBe('fail');
    expect(brief(checkWorkingConditions(request({ funding: '' }), ctx()))).toBe(
      'warn:access.check.workingConditions.noFunding',
    );
    expect(checkWorkingConditions(request(), ctx()).status).toBe('pass');
  });
});

describe('forms and systems stay within the 7 city-level systems', () => {
  it('fails when a registered city-level system takes a target community past seven', () => {
    const r = checkFormLimit(request({ formsAndSystems: ['综治信息系统'] }), ctx());
    expect(r).toMatchObject({ status: 'fail', values: { limit: 7, worst: 8, count: 1 }, list: [C1] });
  });
  it('does not blame a request for a community already over the limit that it adds nothing to', () => {
    const crowded = [...SYSTEMS, system('综治信息系统 ', [C1])];
    const r = checkFormLimit(request({ formsAndSystems: ['社区综合信息系统'] }), ctx({ systems: crowded }));
    expect(r).toMatchObject({ status: 'warn', reason: 'access.check.formLimit.alreadyOver', list: [C1] });
    const adding = checkFormLimit(request({ formsAndSystems: ['养老服务系统'] }), ctx({ systems: crowded }));
    expect(adding.status).toBe('warn');
  });
  it('does not count a system the community already fills, nor street-level forms', () => {
    const r = checkFormLimit(request({ formsAndSystems: ['社区综合信息系统 ', '街道居民台账'] }), ctx());
    expect(r).toMatchObject({ status: 'pass', values: { worst: 7 } });
  });
  it('flags a form that is not in the registry for the reviewer to place', () => {
    const r = checkFormLimit(request({ formsAndSystems: ['人口普查入户登记表'] }), ctx());
    expect(r).toMatchObject({ status: 'warn', list: ['人口普查入户登记表'] });
  });
  it('passes a request that adds no form', () => {
    expect(brief(checkFormLimit(request(), ctx()))).toBe('pass:access.check.formLimit.noForms');
  });
});

describe('filed at least 30 working days ahead', () => {
  it('fails a request filed too late, saying how many working days and the last day to file', () => {
    // 2026-04-01 → 2026-05-06: 21 working days after 4-01 (清明 4-06 and 5-01 … 5-05 off).
    const r = checkLeadTime(request({ filedOn: '2026-04-01', startsOn: '2026-05-06' }), ctx());
    expect(r).toMatchObject({ status: 'fail', values: { days: 21, required: 30, latest: '2026-03-19' } });
  });
  it('passes a request filed in time, the holidays not counted', () => {
    expect(checkLeadTime(request({ filedOn: '2026-03-19' }), ctx())).toMatchObject({
      status: 'pass',
      values: { days: 30 },
    });
    expect(checkLeadTime(request({ filedOn: '2026-03-20' }), ctx())).toMatchObject({
      status: 'fail',
      values: { days: 29 },
    });
  });
  it('fails a request without a filing or start date', () => {
    expect(brief(checkLeadTime(request({ startsOn: undefined }), ctx()))).toBe(
      'fail:access.check.leadTime.missingDates',
    );
  });
});

describe('the 15-working-day decision deadline and working days left', () => {
  // Submitted Friday 2026-09-18 at 10:00 Beijing time: the 15th working day after counts the
  // make-up Sunday 9-20 and Saturday 10-10 and skips 中秋 9-25 and 10-01 … 10-07.
  const submitted = request({
    status: 'submitted',
    history: [{ status: 'submitted', at: '2026-09-18T02:00:00.000Z', by: '李明' }],
  });

  it('counts the days left while the request waits', () => {
    const r = checkDecisionDeadline(submitted, ctx({ today: '2026-09-21' }));
    expect(r).toMatchObject({ status: 'info', values: { deadline: '2026-10-15', days: 13 } });
  });
  it('warns in the last three working days and fails once the deadline has passed', () => {
    expect(checkDecisionDeadline(submitted, ctx({ today: '2026-10-09' }))).toMatchObject({
      status: 'info',
      values: { days: 5 },
    });
    expect(checkDecisionDeadline(submitted, ctx({ today: '2026-10-13' }))).toMatchObject({
      status: 'warn',
      values: { days: 2 },
    });
    expect(brief(checkDecisionDeadline(submitted, ctx({ today: '2026-10-16' })))).toBe(
      'fail:access.check.decisionDeadline.overdue',
    );
  });
  it('says whether a decided request was decided in time', () => {
    const decided = {
      ...submitted,
      status: 'admitted' as const,
      history: [
        ...submitted.history,
        { status: 'admitted' as const, at: '2026-10-16T01:00:00.000Z', by: '王' },
      ],
    };
    expect(checkDecisionDeadline(decided, ctx())).toMatchObject({
      status: 'warn',
      values: { deadline: '2026-10-15', decidedOn: '2026-10-16' },
    });
  });
  it('restarts the count when a returned request comes back', () => {
    const again = {
      ...submitted,
      history: [
        ...submitted.history,
        { status: 'returned' as const, at: '2026-09-22T02:00:00.000Z', by: '王', reason: '补充经费' },
        { status: 'submitted' as const, at: '2026-11-02T02:00:00.000Z', by: '李明' },
      ],
    };
    expect(checkDecisionDeadline(again, ctx({ today: '2026-11-02' }))).toMatchObject({
      values: { deadline: '2026-11-23', days: 15 },
    });
  });
  it('explains that a draft has no deadline yet', () => {
    expect(brief(checkDecisionDeadline(request(), ctx()))).toBe(
      'info:access.check.decisionDeadline.notSubmitted',
    );
  });
});

describe('the calendar covers the dates counted', () => {
  it('warns when a count runs into a year without a holiday arrangement', () => {
    const r = checkCalendar(request({ filedOn: '2026-12-01', startsOn: '2027-01-20' }), ctx());
    expect(r).toMatchObject({ status: 'warn', values: { years: '2027' } });
    expect(checkCalendar(request(), ctx()).status).toBe('pass');
  });
});

describe('runAccessChecks', () => {
  it('runs every check in reading order and reports both failures of a bad request', () => {
    const bad = request({ communityResponsible: true, filedOn: '2026-04-20' });
    const results = runAccessChecks(bad, ctx());
    expect(results.map((r) => r.id)).toEqual([
      'taskList',
      'responsibleParty',
      'modes',
      'workingConditions',
      'formLimit',
      'leadTime',
      'decisionDeadline',
      'calendar',
    ]);
    expect(meritFailures(results).map((r) => r.id)).toEqual(['responsibleParty', 'leadTime']);
  });
});
