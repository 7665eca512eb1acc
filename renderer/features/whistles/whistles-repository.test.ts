import { describe, expect, it } from 'vitest';
import type { Ticket } from '@shared/model/ticket';
import { createTestDb } from '../../db/test-db';
import { DeleteRefused } from '../../db/references';
import { InputError, RefusedError } from '../../app/input-error';
import {
  blowWhistle,
  closeWhistle,
  deleteResponder,
  departmentCalls,
  evaluate,
  recordAction,
  recordArrival,
  reply,
  saveResponder,
  whistleData,
  whistleFacts,
  type WhistleInput,
} from './whistles-repository';
import { linesByMonth } from '@shared/whistles/overview';

const STREET = '110105/110105001';
const street = { role: 'street' as const, displayName: '街道值班员' };
const field = { role: 'field' as const, displayName: '社区工作站' };
// 2026-03-02 09:00 in Beijing, and minutes after it.
const BLOWN = Date.parse('2026-03-02T09:00:00+08:00');
const at = (minutes: number) => new Date(BLOWN + minutes * 60_000).toISOString();

async function setUp() {
  const db = createTestDb();
  const water = await saveResponder(db, { name: '区水务局', kind: 'department', orgPath: STREET }, street);
  const firm = await saveResponder(db, { name: '物业公司', kind: 'firm', orgPath: STREET }, street);
  const ticket: Ticket = {
    id: 't1',
    orgPath: STREET,
    number: 'G1',
    source: 'hotline',
    kind: 'complaint',
    content: '地下室漏水',
    address: '某小区1号楼',
    receivedAt: at(-600),
    urgent: false,
    state: 'received',
    linkStatus: 'unregistered',
  };
  await db.tickets.add(ticket);
  const input: WhistleInput = {
    title: '地下室漏水',
    reason: 'residents',
    address: '某小区1号楼',
    ticketIds: ['t1'],
    blownAt: at(0),
    reportWithinMin: 30,
    responderIds: [water.id, firm.id],
    orgPath: STREET,
  };
  const whistle = await blowWhistle(db, input, street);
  const calls = await db.whistleCalls.where('whistleId').equals(whistle.id).toArray();
  const callOf = (id: string) => calls.find((c) => c.responderId === id)!.id;
  return { db, whistle, water: callOf(water.id), firm: callOf(firm.id), waterId: water.id, input };
}

async function problemOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof InputError) return error.problems[0]!.key;
  if (error instanceof RefusedError) return error.key;
  throw new Error(`expected a refusal, got ${String(error)}`);
}

describe('whistles repository', () => {
  it('blows a whistle with one call per unit summoned, and refuses one without units or a place', async () => {
    const { db, whistle, input } = await setUp();
    expect(await db.whistleCalls.where('whistleId').equals(whistle.id).count()).toBe(2);
    expect(await problemOf(blowWhistle(db, { ...input, responderIds: [] }, street))).toBe(
      'errors.whistles.noResponders',
    );
    expect(await problemOf(blowWhistle(db, { ...input, address: ' ' }, street))).toBe(
      'errors.whistles.whereRequired',
    );
  });

  it('refuses an arrival before the whistle, and closing while a department on site is silent', async () => {
    const { db, whistle, water, firm } = await setUp();
    const now = BLOWN + 120 * 60_000;
    expect(await problemOf(recordArrival(db, water, { arrivedAt: at(-5) }, now))).toBe(
      'errors.whistles.arrivalBeforeWhistle',
    );
    await recordArrival(db, water, { arrivedAt: at(20) }, now);
    await recordArrival(db, firm, { arrivedAt: at(50) }, now);
    expect(
      await problemOf(closeWhistle(db, whistle.id, { outcome: '已修复', resolvedTicketIds: [] }, street)),
    ).toBe('errors.whistles.resultMissing');
    await recordAction(db, water, '抽水');
    await recordAction(db, firm, '清理');
    await closeWhistle(
      db,
      whistle.id,
      { outcome: '已修复', resolvedTicketIds: ['t1'], closedAt: at(90) },
      street,
    );
    expect((await db.whistles.get(whistle.id))!.closedAt).toBe(at(90));
    // After closing nothing about the reports changes.
    expect(await problemOf(recordArrival(db, water, { arrivedAt: at(30) }, now))).toBe(
      'errors.whistles.closed',
    );
  });

  it('moves the tickets it resolved on to 反馈, signing for one not yet signed for', async () => {
    const { db, whistle, water } = await setUp();
    await recordArrival(db, water, { arrivedAt: at(10) }, BLOWN + 60 * 60_000);
    await recordAction(db, water, '抽水');
    await closeWhistle(db, whistle.id, { outcome: '已修复', resolvedTicketIds: ['t1'] }, street);
    expect((await db.tickets.get('t1'))!.state).toBe('answered');
    const steps = await db.ticketSteps.where('ticketId').equals('t1').toArray();
    expect(steps.map((s) => s.action).sort()).toEqual(['accept', 'answer']);
  });

  it('lets only the street evaluate', async () => {
    const { db, water } = await setUp();
    const marks = { timeliness: 5, attitude: 4, result: 3 };
    expect(await problemOf(evaluate(db, water, marks, field))).toBe('errors.whistles.evaluateStreetOnly');
    await evaluate(db, water, marks, street);
    expect((await db.whistleCalls.get(water))!.evaluation).toMatchObject(marks);
  });

  it('a department answers its own evaluation through its own login, marked as its own; the street no longer speaks over it', async () => {
    const { db, water, firm, waterId } = await setUp();
    const department = { role: 'department' as const, displayName: '区水务局', responderId: waterId };
    const marks = { timeliness: 2, attitude: 4, result: 4 };
    // Nothing to answer before the street evaluates.
    expect(await problemOf(reply(db, water, '已到场', department))).toBe('errors.whistles.notEvaluated');
    await evaluate(db, water, marks, street);
    await evaluate(db, firm, marks, street);
    // Another unit's call is not its to answer.
    expect(await problemOf(reply(db, firm, '代物业回复', department))).toBe('errors.whistles.notYourCall');
    expect((await db.whistleCalls.get(firm))!.reply).toBeUndefined();
    expect(await problemOf(reply(db, water, '  ', department))).toBe('errors.whistles.replyRequired');

    // Chinese prose keeps its full-width punctuation: the answer reads as the department wrote it.
    await reply(
      db,
      water,
      ' 已调整夜间值班排班，三日内（含周末）清理完毕。',
      department,
      BLOWN + 90 * 60_000,
    );
    expect((await db.whistleCalls.get(water))!.reply).toEqual({
      text: '已调整夜间值班排班，三日内（含周末）清理完毕。',
      at: at(90),
      by: '区水务局',
      byDepartment: true,
    });
    // Its answer stands: the street may not enter another over it, nor may a community station answer.
    expect(await problemOf(reply(db, water, '街道代录', street))).toBe(
      'errors.whistles.answeredByDepartment',
    );
    expect(await problemOf(reply(db, firm, '社区代录', field))).toBe('errors.whistles.answerNotAllowed');

    // A unit without a login: the street enters its answer, marked as entered on its behalf.
    await reply(db, firm, '电话答复已加派人手', street, BLOWN + 100 * 60_000);
    const entered = (await db.whistleCalls.get(firm))!.reply!;
    expect(entered).toMatchObject({ text: '电话答复已加派人手', by: '街道值班员' });
    expect(entered.byDepartment).toBeUndefined();
  });

  it('lists a department’s own calls with their events, newest first, and lets it state what it did only on its own', async () => {
    const { db, water, firm, waterId, input } = await setUp();
    const later = await blowWhistle(
      db,
      { ...input, title: '雨水倒灌', blownAt: at(300), responderIds: [waterId] },
      street,
    );
    const rows = await departmentCalls(db, waterId);
    expect(rows.map((r) => r.whistle.title)).toEqual(['雨水倒灌', '地下室漏水']);
    expect(rows.map((r) => r.call.responderId)).toEqual([waterId, waterId]);
    expect(rows[0]!.whistle.id).toBe(later.id);
    expect(rows.some((r) => r.call.id === firm)).toBe(false);

    const department = { role: 'department' as const, responderId: waterId };
    await recordArrival(db, water, { arrivedAt: at(20) }, BLOWN + 60 * 60_000);
    await recordArrival(db, firm, { arrivedAt: at(25) }, BLOWN + 60 * 60_000);
    await recordAction(db, water, '调来两台抽水泵', department);
    expect((await db.whistleCalls.get(water))!.action).toBe('调来两台抽水泵');
    expect(await problemOf(recordAction(db, firm, '代填', department))).toBe('errors.whistles.notYourCall');
  });

  it('refuses to delete a unit that was summoned: its calls are the record', async () => {
    const { db, waterId } = await setUp();
    await expect(deleteResponder(db, street, waterId)).rejects.toBeInstanceOf(DeleteRefused);
    expect(await db.responders.get(waterId)).toBeDefined();
  });
});

describe('the overview’s facts', () => {
  it('count as the rows do, follow every arrival, evaluation and close, and keep to the scope', async () => {
    const { db, whistle, water, firm } = await setUp();
    const now = BLOWN + 3 * 3_600_000;
    const same = async (scope: string) => {
      const facts = await whistleFacts(db, scope);
      const rows = await whistleData(db, scope);
      expect(linesByMonth(facts.whistles, facts.calls, now)).toEqual(
        linesByMonth(rows.whistles, rows.calls, now),
      );
      return facts;
    };
    expect((await same(STREET)).calls).toHaveLength(2);
    await recordArrival(db, water, { arrivedAt: at(50), people: '2人' }, now);
    await evaluate(db, water, { timeliness: 2, attitude: 4, result: 3 }, street);
    const evaluated = await same(STREET);
    const lines = linesByMonth(evaluated.whistles, evaluated.calls, now).total;
    expect(lines.find((l) => l.late === 1 && l.evaluated === 1)).toBeDefined();
    await recordArrival(db, firm, { arrivedAt: at(10) }, now);
    await recordAction(db, firm, '已维修', street);
    await recordAction(db, water, '已抽水', street);
    await closeWhistle(db, whistle.id, { outcome: '已处置', resolvedTicketIds: [] }, street);
    expect((await same(STREET)).whistles[0]!.closedAt).toBeDefined();
    // Another street's scope holds none of it.
    expect(await same('110105/110105002')).toEqual({ whistles: [], calls: [] });
  });
});
