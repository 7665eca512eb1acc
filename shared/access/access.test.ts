import { describe, expect, it } from 'vitest';
import type { AccessRequest, BurdenComplaint, InfoSystem } from '../model/lists';
import { calendarYears, workCalendar } from '../calendar/work-calendar';
import { applyAction, availableActions, redirectRequest, reviewDecision } from './workflow';
import { missingForSubmit, validateAccessRequest } from './validate-request';
import { validateComplaint } from './complaints';
import { communitiesOverLimit, validateInfoSystem } from './info-systems';
import { accessOverview } from './overview';
import { beijingDate } from './dates';
import { complaintInScope, requestInScope, systemInScope } from './scope';
import { buildRequestIndex, filterRequests } from './search';

const STREET = '110105021';
const C1 = `${STREET}001`;
const actor = (at: string) => ({ at, by: '王科长', byId: 'u1' });

const draft: AccessRequest = {
  id: 'r1',
  orgPath: `110105/${STREET}`,
  requestingUnit: '朝阳区卫生健康委',
  matter: '老年人健康体检通知',
  assistanceModes: ['contactResidents'],
  communityResponsible: false,
  targetCommunities: [C1],
  formsAndSystems: [],
  status: 'draft',
  history: [],
};

const codes = (c: { ok: boolean; issues?: { field: string; code: string }[] }) =>
  c.ok ? [] : c.issues!.map((i) => `${i.field}:${i.code}`);

describe('the 准入 workflow', () => {
  it('goes 草稿 → 已提交 → 不予准入 and records who, when and why', () => {
    const submitted = applyAction(draft, 'submit', actor('2026-11-02T01:00:00.000Z'));
    expect(submitted.ok).toBe(true);
    if (!submitted.ok) return;
    expect(availableActions(submitted.value.status)).toEqual(['admit', 'refuse', 'return']);
    const refused = applyAction(
      submitted.value,
      'refuse',
      actor('2026-11-05T01:00:00.000Z'),
      '社区不是责任主体',
    );
    expect(refused.ok && refused.value.status).toBe('refused');
    expect(refused.ok && refused.value.history).toEqual([
      { status: 'submitted', at: '2026-11-02T01:00:00.000Z', by: '王科长', byId: 'u1' },
      {
        status: 'refused',
        at: '2026-11-05T01:00:00.000Z',
        by: '王科长',
        byId: 'u1',
        reason: '社区不是责任主体',
      },
    ]);
    expect(refused.ok && reviewDecision(refused.value)?.status).toBe('refused');
  });

  it('requires a reason to refuse, return or revoke, and to admit over failed checks', () => {
    const submitted = { ...draft, status: 'submitted' as const };
    expect(codes(applyAction(submitted, 'refuse', actor('x'), '  '))).toEqual([
      'reason:access.workflow.reasonRequired',
    ]);
    expect(codes(applyAction(submitted, 'admit', actor('x'), '', 2))).toEqual([
      'reason:access.workflow.overrideReason',
    ]);
    expect(applyAction(submitted, 'admit', actor('x')).ok).toBe(true);
    expect(codes(applyAction({ ...draft, status: 'admitted' }, 'revoke', actor('x')))).toEqual([
      'reason:access.workflow.reasonRequired',
    ]);
  });

  it('refuses steps the status does not allow', () => {
    expect(codes(applyAction(draft, 'admit', actor('x')))).toEqual(['status:access.workflow.notAllowed']);
    expect(codes(applyAction({ ...draft, status: 'refused' }, 'revoke', actor('x'), '…'))).toEqual([
      'status:access.workflow.notAllowed',
    ]);
    expect(availableActions('returned')).toEqual(['submit']);
    expect(availableActions('admitted')).toEqual(['revoke']);
  });

  it('redirects refused work to coordinators, keeping the link on the request', () => {
    const refused = { ...draft, status: 'refused' as const };
    const r = redirectRequest(
      refused,
      { kind: 'coordinators', receiver: '卫生健康协管员', note: '每周二入户' },
      actor('t'),
    );
    expect(r.ok && r.value.redirectedTo).toEqual({
      kind: 'coordinators',
      receiver: '卫生健康协管员',
      note: '每周二入户',
      at: 't',
      by: '王科长',
      assignmentIds: [],
    });
    expect(r.ok && r.value.id).toBe('r1');
    expect(codes(redirectRequest(draft, { kind: 'thirdParty', receiver: 'x' }, actor('t')))).toEqual([
      'status:access.redirect.notRefused',
    ]);
    expect(codes(redirectRequest(refused, { kind: 'thirdParty', receiver: ' ' }, actor('t')))).toEqual([
      'receiver:access.redirect.receiverRequired',
    ]);
  });

  it('dates steps in Beijing time', () => {
    expect(beijingDate('2026-11-24T17:30:00.000Z')).toBe('2026-11-25');
  });
});

describe('validateAccessRequest', () => {
  it('keeps the fields, starts the work on the first day of the period and belongs to the street', () => {
    const checked = validateAccessRequest({
      streetCode: STREET,
      requestingUnit: ' 朝阳区统计局 ',
      matter: '人口普查',
      assistanceModes: ['publicity', 'contactResidents'],
      otherTasks: ['出具证明', ''],
      targetCommunities: [C1, C1],
      periodFrom: '2026-05-06',
      periodTo: '2026-06-30',
      formsAndSystems: ['普查表', ' 普查表 '],
      funding: '区财政',
    });
    expect(checked.ok && checked.value).toEqual({
      orgPath: `110105/${STREET}`,
      requestingUnit: '朝阳区统计局',
      matter: '人口普查',
      assistanceModes: ['contactResidents', 'publicity'],
      otherTasks: ['出具证明'],
      communityResponsible: false,
      targetCommunities: [C1],
      formsAndSystems: ['普查表'],
      funding: '区财政',
      periodFrom: '2026-05-06',
      periodTo: '2026-06-30',
      startsOn: '2026-05-06',
    });
  });

  it('reports every problem on its field', () => {
    const checked = validateAccessRequest({
      streetCode: STREET,
      requestingUnit: '',
      matter: '',
      targetCommunities: ['110105022001'],
      periodFrom: '2026-06-30',
      periodTo: '2026-05-06',
      filedOn: '2026-13-01',
    });
    expect(codes(checked)).toEqual([
      'requestingUnit:access.request.unitRequired',
      'matter:access.request.matterRequired',
      'targetCommunities:access.communitiesOutside',
      'filedOn:date.format',
      'periodTo:access.request.periodOrder',
    ]);
  });

  it('names what a draft lacks before it can go to review', () => {
    expect(missingForSubmit(draft).map((i) => i.field)).toEqual([
      'basis',
      'periodFrom',
      'filedOn',
      'contact',
    ]);
  });
});

describe('complaints, the systems registry and the overview', () => {
  const complaint = (
    department: string,
    community: string,
    extra: Partial<BurdenComplaint> = {},
  ): BurdenComplaint => ({
    id: `${department}-${community}-${Math.random()}`,
    orgPath: '',
    communityCode: community,
    department,
    summary: '要求社区开具证明',
    receivedOn: '2026-11-01',
    ...extra,
  });

  it('checks a complaint and files it under its community', () => {
    const ok = validateComplaint({
      communityCode: C1,
      department: '朝阳区卫生健康委',
      ticketNumber: '2026 1125 0012 34',
      summary: '要求社区入户核查',
      receivedOn: '2026-11-25',
    });
    expect(ok.ok && ok.value).toMatchObject({
      orgPath: `110105/${STREET}/${C1}`,
      ticketNumber: '20261125001234',
    });
    const bad = validateComplaint({
      communityCode: '',
      department: '',
      ticketNumber: '工单',
      summary: '',
      receivedOn: '',
    });
    expect(codes(bad)).toEqual([
      'communityCode:access.complaint.communityRequired',
      'department:access.complaint.departmentRequired',
      'ticketNumber:access.complaint.ticketFormat',
      'summary:access.complaint.summaryRequired',
      'receivedOn:date.format',
    ]);
  });

  it('counts a complaint about a request against the department that filed it, never another name', () => {
    const input = {
      communityCode: C1,
      department: '市场监管',
      accessRequestId: 'r1',
      summary: '要求社区逐户核查',
      receivedOn: '2026-11-25',
    };
    const mismatch = validateComplaint(input, { requestingUnit: '朝阳区市场监管局' });
    expect(codes(mismatch)).toEqual(['department:access.complaint.departmentNotRequests']);
    const same = validateComplaint(
      { ...input, department: '朝阳区市场监管局' },
      { requestingUnit: '朝阳区市场监管局' },
    );
    expect(same.ok).toBe(true);
  });

  it('flags communities over 7 city-level systems, counting a system once', () => {
    const sys = (name: string, level: InfoSystem['level'], communities: string[]): InfoSystem => ({
      id: name + level,
      orgPath: `110105/${STREET}`,
      name,
      owner: '市级',
      level,
      communityCodes: communities,
    });
    const systems = [
      ...Array.from({ length: 8 }, (_, i) => sys(`系统${i}`, 'city', [C1])),
      sys('系统0 ', 'city', [C1, `${STREET}002`]),
      sys('街道表', 'street', [`${STREET}002`]),
    ];
    expect(communitiesOverLimit(systems)).toEqual([{ code: C1, count: 8 }]);
    expect(
      codes(
        validateInfoSystem({
          streetCode: STREET,
          name: '',
          owner: '',
          level: 'x',
          communityCodes: ['110106001001'],
        }),
      ),
    ).toEqual([
      'name:access.system.nameRequired',
      'owner:access.system.ownerRequired',
      'level:access.system.level',
      'communityCodes:access.communitiesOutside',
    ]);
  });

  it('counts pending and overdue requests, decisions and complaints by department', () => {
    const calendar = workCalendar(calendarYears([]));
    const at = (date: string) => `${date}T02:00:00.000Z`;
    const requests: AccessRequest[] = [
      {
        ...draft,
        id: 'a',
        status: 'submitted',
        history: [{ status: 'submitted', at: at('2026-10-08'), by: 'x' }],
      },
      {
        ...draft,
        id: 'b',
        status: 'submitted',
        history: [{ status: 'submitted', at: at('2026-11-20'), by: 'x' }],
      },
      { ...draft, id: 'c', status: 'refused' },
      { ...draft, id: 'd', status: 'admitted', requestingUnit: '朝阳区统计局' },
      { ...draft, id: 'e', status: 'refused', deleted: true },
    ];
    const complaints = [
      complaint('朝阳区卫生健康委', C1),
      complaint('朝阳区卫生健康委', C1),
      complaint('朝阳区民政局', `${STREET}002`),
    ];
    const o = accessOverview(requests, complaints, [], calendar, '2026-11-25');
    expect(o.pending.map((r) => r.id)).toEqual(['a', 'b']);
    // 15 working days after 2026-10-08, the make-up Saturday 10-10 among them: 2026-10-28.
    expect(o.overdue).toEqual([{ request: requests[0], deadline: '2026-10-28' }]);
    expect(o.byDepartment).toEqual([
      { department: '朝阳区卫生健康委', admitted: 0, refused: 1, pending: 2, complaints: 2 },
      { department: '朝阳区民政局', admitted: 0, refused: 0, pending: 0, complaints: 1 },
      { department: '朝阳区统计局', admitted: 1, refused: 0, pending: 0, complaints: 0 },
    ]);
    expect(o.complaintsByCommunity).toEqual([
      { key: C1, count: 2 },
      { key: `${STREET}002`, count: 1 },
    ]);
  });
});

describe('what a scope shows', () => {
  const street = `110105/${STREET}`;
  const request = { ...draft, orgPath: street, targetCommunities: [C1] };
  it('shows a street its requests and a community those sent to it', () => {
    expect(requestInScope(request, '110105')).toBe(true);
    expect(requestInScope(request, `${street}/${C1}`)).toBe(true);
    expect(requestInScope(request, `${street}/${STREET}002`)).toBe(false);
    expect(requestInScope(request, '110105/110105022')).toBe(false);
  });
  it('shows a community the systems it fills and a grid its community’s complaints', () => {
    const system = {
      id: 's',
      orgPath: street,
      name: 'x',
      owner: 'y',
      level: 'city' as const,
      communityCodes: [C1],
    };
    expect(systemInScope(system, `${street}/${C1}`)).toBe(true);
    expect(systemInScope(system, `${street}/${STREET}002`)).toBe(false);
    const complaint = {
      id: 'c',
      orgPath: `${street}/${C1}`,
      communityCode: C1,
      department: 'd',
      summary: 's',
      receivedOn: '2026-11-01',
    };
    expect(complaintInScope(complaint, `${street}/${C1}/${C1}001`)).toBe(true);
    expect(complaintInScope(complaint, street)).toBe(true);
    expect(complaintInScope(complaint, `${street}/${STREET}002`)).toBe(false);
  });
});

describe('finding requests', () => {
  const index = buildRequestIndex([
    {
      ...draft,
      id: 'a',
      matter: '老年人健康体检通知',
      requestingUnit: '朝阳区卫生健康委',
      status: 'submitted',
    },
    {
      ...draft,
      id: 'b',
      matter: '燃气安全入户排查',
      requestingUnit: '朝阳区应急管理局',
      code: '准入〔2026〕12号',
    },
  ]);
  const ids = (query: string, status?: AccessRequest['status']) =>
    filterRequests(index, query, status).map((r) => r.id);
  it('finds by words, pinyin initials and number, and filters by status', () => {
    expect(ids('体检')).toEqual(['a']);
    expect(ids('rqaq')).toEqual(['b']);
    expect(ids('12号')).toEqual(['b']);
    expect(ids('', 'submitted')).toEqual(['a']);
    expect(ids('朝阳区', 'draft')).toEqual(['b']);
  });
});
