import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AccessRequestInput } from '@shared/access/validate-request';
import { holidayYearId } from '@shared/calendar/holiday-year-id';
import { db } from '../../db';
import { clearLocalData } from '../../db/local-data';
import { InputError, RefusedError } from '../../app/input-error';
import {
  actOnRequest,
  deleteDraftRequest,
  deleteHolidayYear,
  MissingFieldsError,
  redirect,
  saveComplaint,
  saveHolidayYear,
  saveRequest,
} from './access-repository';
import { pendingFor, readAllPending } from '../../db/outbox';

const STREET = '110105021';
const C1 = `${STREET}001`;
const actor = (at: string) => ({ at, by: '王科长', byId: 'u1' });
const input = (extra: Partial<AccessRequestInput> = {}): AccessRequestInput => ({
  streetCode: STREET,
  requestingUnit: '朝阳区市场监管局',
  matter: '食品经营户入户检查',
  ...extra,
});

async function error(p: Promise<unknown>) {
  return p.then(
    () => null,
    (e: unknown) => e,
  );
}

beforeEach(async () => {
  await clearLocalData(db);
});

describe('access repository', () => {
  it('files a request in its street, refuses to submit it incomplete, and walks it to a refusal and hand-over', async () => {
    const draft = await saveRequest(input());
    expect(draft).toMatchObject({ orgPath: `110105/${STREET}`, status: 'draft', history: [] });
    const missing = await error(actOnRequest(draft.id, 'submit', actor('2026-11-02T02:00:00.000Z'), '', 0));
    expect(missing).toBeInstanceOf(MissingFieldsError);
    expect((missing as MissingFieldsError).fields).toEqual([
      'basis',
      'targetCommunities',
      'assistanceModes',
      'periodFrom',
      'filedOn',
      'contact',
    ]);

    await saveRequest(
      input({
        basis: '《北京市食品安全条例》',
        targetCommunities: [C1],
        assistanceModes: ['discoverAndReport'],
        periodFrom: '2026-12-01',
        filedOn: '2026-11-02',
        contact: '刘科长 010-65001234',
        communityResponsible: true,
      }),
      draft.id,
    );
    await actOnRequest(draft.id, 'submit', actor('2026-11-02T02:00:00.000Z'), '', 0);
    // A submitted request is the reviewers' now: the requester cannot change it.
    expect(await error(saveRequest(input(), draft.id))).toBeInstanceOf(RefusedError);
    const noReason = await error(actOnRequest(draft.id, 'refuse', actor('2026-11-05T02:00:00.000Z'), ' ', 2));
    expect(noReason).toBeInstanceOf(InputError);
    expect((noReason as InputError).problems).toEqual([
      { field: 'reason', key: 'errors.access.workflow.reasonRequired', values: undefined },
    ]);
    await actOnRequest(draft.id, 'refuse', actor('2026-11-05T02:00:00.000Z'), '社区不得作为责任主体', 2);
    await redirect(
      draft.id,
      { kind: 'coordinators', receiver: '食品药品安全协管员' },
      actor('2026-11-05T03:00:00.000Z'),
    );

    const stored = await db.accessRequests.get(draft.id);
    expect(stored?.status).toBe('refused');
    expect(stored?.history.map((s) => [s.status, s.by, s.reason])).toEqual([
      ['submitted', '王科长', undefined],
      ['refused', '王科长', '社区不得作为责任主体'],
    ]);
    expect(stored?.redirectedTo).toMatchObject({
      kind: 'coordinators',
      receiver: '食品药品安全协管员',
      by: '王科长',
    });
    expect(await error(deleteDraftRequest(draft.id))).toBeInstanceOf(RefusedError);
    // Every step went to the outbox.
    const ops = (await readAllPending(db)).map((e) => `${e.table}:${e.op}`);
    expect(ops).toEqual(['accessRequests:create', ...Array<string>(4).fill('accessRequests:update')]);
  });

  it('records a complaint under its community, linked to the department and the request', async () => {
    const request = await saveRequest(input());
    const complaint = await saveComplaint({
      communityCode: C1,
      department: '朝阳区市场监管局',
      ticketNumber: '2026112500123',
      accessRequestId: request.id,
      summary: '居委会被要求入户检查',
      receivedOn: '2026-11-25',
    });
    expect(complaint).toMatchObject({ orgPath: `110105/${STREET}/${C1}`, accessRequestId: request.id });
    expect(
      await pendingFor(db, [{ table: 'burdenComplaints', id: complaint.id }]).then((e) => e.length),
    ).toBe(1);
  });

  it('links a complaint that came in through 12345 to that ticket of its street, not another street’s (issue 12)', async () => {
    const ticket = (id: string, orgPath: string) => ({
      id,
      orgPath,
      number: '2026112500777',
      source: 'hotline' as const,
      kind: 'complaint' as const,
      content: '居委会被要求填报表格',
      address: '某小区',
      receivedAt: '2026-11-25T02:00:00.000Z',
      urgent: false,
      state: 'accepted' as const,
      linkStatus: 'vague' as const,
    });
    await db.tickets.bulkAdd([ticket('other', '110105/110105022'), ticket('ours', `110105/${STREET}/${C1}`)]);
    const complaint = await saveComplaint({
      communityCode: C1,
      department: '朝阳区市场监管局',
      ticketNumber: ' 2026112500777 ',
      summary: '居委会被要求填报表格',
      receivedOn: '2026-11-25',
    });
    expect((await db.tickets.get('ours'))?.burdenComplaintId).toBe(complaint.id);
    expect((await db.tickets.get('other'))?.burdenComplaintId).toBeUndefined();
  });

  it('keeps one row per calendar year, captured, and refuses entering a year twice', async () => {
    const year = {
      year: 2027,
      periods: [{ name: '元旦', from: '2027-01-01', to: '2027-01-01' }],
      workdays: [],
    };
    const saved = await saveHolidayYear(year, true);
    expect(saved).toMatchObject({ id: holidayYearId(2027), orgPath: '', holidays: ['2027-01-01'] });
    const again = await error(saveHolidayYear(year, true));
    expect((again as InputError).problems[0]).toMatchObject({
      field: 'year',
      key: 'errors.access.calendar.yearTaken',
    });
    await saveHolidayYear({ ...year, workdays: [] }, false);
    await deleteHolidayYear(2027);
    expect((await readAllPending(db)).map((e) => e.op)).toEqual(['create', 'delete']);
  });
});
