import { describe, expect, it } from 'vitest';
import { authorizeMutation, replyAuthorshipProblem, type MutationTarget } from './authorize';
import { canWriteField, canWriteTable, canUnmask, ownsRecord, ROLES, type SessionUser } from './roles';

const DISTRICT = '110105';
const STREET = '110105/110105001';
const OTHER_DISTRICT = '110108/110108001';

const street: SessionUser = { id: 's', username: 's', displayName: '街道', role: 'street', scope: STREET };
const field: SessionUser = { ...street, id: 'f', role: 'field' };
/** 区水务局 answering through its own login, for the whole district's whistles. */
const water: SessionUser = {
  id: 'd',
  username: 'water',
  displayName: '区水务局',
  role: 'department',
  scope: DISTRICT,
  responderId: 'r-water',
};

const evaluation = { timeliness: 2, attitude: 4, result: 4, at: '2026-03-02T02:00:00.000Z' };
/** A call as the server holds it: summoning the water bureau to an event of the street. */
const stored = (responderId = 'r-water', extra: Record<string, unknown> = {}) => ({
  orgPath: STREET,
  data: { id: 'c1', orgPath: STREET, whistleId: 'w1', responderId, evaluation, ...extra },
});
const update = (changedFields: Record<string, unknown>, table: MutationTarget['table'] = 'whistleCalls') => ({
  table,
  op: 'update' as const,
  changedFields,
});
const ownReply = { text: '夜间人手不足，已调整值班', at: '2026-03-02T03:00:00.000Z', byDepartment: true };
const enteredReply = { text: '电话答复：已整改', at: '2026-03-02T03:00:00.000Z' };

describe('the department role (双考核)', () => {
  it('writes only whistle calls, and of them only its action and its answer', () => {
    expect(ROLES).toContain('department');
    expect(canWriteTable('department', 'whistleCalls')).toBe(true);
    for (const table of ['whistles', 'responders', 'places', 'auditEvents', 'tickets'] as const)
      expect(canWriteTable('department', table)).toBe(false);
    expect(canWriteField('department', 'whistleCalls', 'reply')).toBe(true);
    expect(canWriteField('department', 'whistleCalls', 'action')).toBe(true);
    for (const f of ['evaluation', 'arrivedAt', 'people', 'form', 'responderId', 'whistleId', 'orgPath'])
      expect(canWriteField('department', 'whistleCalls', f)).toBe(false);
    expect(canUnmask('department')).toBe(false);
  });

  it('owns only the calls that summon its own unit, and only with a unit bound', () => {
    expect(ownsRecord(water, 'whistleCalls', { responderId: 'r-water' })).toBe(true);
    expect(ownsRecord(water, 'whistleCalls', { responderId: 'r-firm' })).toBe(false);
    expect(ownsRecord(water, 'whistleCalls', undefined)).toBe(false);
    expect(ownsRecord({ role: 'department' }, 'whistleCalls', { responderId: undefined })).toBe(false);
    expect(ownsRecord(street, 'whistleCalls', { responderId: 'r-firm' })).toBe(true);
  });

  it('answers an evaluation of its own call', () => {
    expect(authorizeMutation(water, update({ reply: ownReply }), stored())).toEqual({ ok: true });
    expect(authorizeMutation(water, update({ action: '已疏通管线' }), stored())).toEqual({ ok: true });
  });

  it('is refused, saying why, on another unit’s call, on a call the server does not hold, and on the street’s fields', () => {
    const others = authorizeMutation(water, update({ reply: ownReply }), stored('r-firm'));
    expect(others).toMatchObject({ ok: false, code: 'forbidden' });
    expect(!others.ok && others.message).toMatch(/^只能答复召集本部门的记录。（A department may answer only/);
    // Not there reads as not yours.
    const missing = authorizeMutation(water, update({ reply: ownReply }), undefined);
    expect(!missing.ok && missing.message).toBe(!others.ok && others.message);

    const scored = authorizeMutation(
      water,
      update({ evaluation: { ...evaluation, timeliness: 5 } }),
      stored(),
    );
    expect(scored).toMatchObject({ ok: false, code: 'forbidden' });
    expect(!scored.ok && scored.message).toContain('whistleCalls.evaluation');
    expect(!scored.ok && scored.message).toMatch(/^部门只能填写处置情况和对评价的答复/);
    // Its own arrival time is the street's clock for timeliness: not the department's to set.
    expect(authorizeMutation(water, update({ arrivedAt: '2026-03-02T01:10:00.000Z' }), stored()).ok).toBe(
      false,
    );
    // Even mixed with its answer, one field of the street's refuses the whole change.
    expect(authorizeMutation(water, update({ reply: ownReply, evaluation }), stored()).ok).toBe(false);
    expect(authorizeMutation(water, update({ orgPath: STREET }), stored()).ok).toBe(false);
  });

  it('is refused on every other table, and never creates or deletes a call', () => {
    const place = authorizeMutation(
      water,
      { table: 'places', op: 'create', changedFields: { orgPath: STREET } },
      undefined,
    );
    expect(!place.ok && place.message).toMatch(
      /^部门账号只能答复召集本部门的吹哨记录，不能修改此类数据（places）/,
    );
    const audit = authorizeMutation(
      water,
      { table: 'auditEvents', op: 'create', changedFields: { orgPath: STREET } },
      undefined,
    );
    expect(audit.ok).toBe(false);
    expect(
      authorizeMutation(
        water,
        { table: 'whistleCalls', op: 'create', changedFields: { orgPath: STREET, responderId: 'r-water' } },
        undefined,
      ).ok,
    ).toBe(false);
    expect(
      authorizeMutation(water, { table: 'whistleCalls', op: 'delete', changedFields: {} }, stored()).ok,
    ).toBe(false);
  });

  it('stays inside its scope even on its own unit’s calls', () => {
    const elsewhere = { ...stored(), orgPath: OTHER_DISTRICT };
    const result = authorizeMutation(water, update({ reply: ownReply }), elsewhere);
    expect(result).toMatchObject({ ok: false, code: 'forbidden' });
    expect(!result.ok && result.message).toContain(DISTRICT);
  });

  it('refuses an account bound to no unit', () => {
    const unbound = { ...water, responderId: undefined };
    const result = authorizeMutation(unbound, update({ reply: ownReply }), stored());
    expect(!result.ok && result.message).toMatch(/^此部门账号未绑定报到单位/);
  });
});

describe('who answered an evaluation', () => {
  it('keeps the street’s entry on a department’s behalf possible, marked as such', () => {
    expect(authorizeMutation(street, update({ reply: enteredReply }), stored())).toEqual({ ok: true });
    // …but it may not pass for the department's own word.
    const claimed = authorizeMutation(street, update({ reply: ownReply }), stored());
    expect(!claimed.ok && claimed.message).toMatch(/^街道代录的答复不能标为部门本人答复/);
  });

  it('never lets the street change or remove an answer the department gave itself', () => {
    const answered = stored('r-water', { reply: ownReply });
    for (const reply of [enteredReply, null]) {
      const result = authorizeMutation(street, update({ reply }), answered);
      expect(!result.ok && result.message).toMatch(/^部门已通过本部门账号答复此评价/);
    }
    // The department may replace the street's entry with its own.
    expect(
      authorizeMutation(water, update({ reply: ownReply }), stored('r-water', { reply: enteredReply })),
    ).toEqual({ ok: true });
  });

  it('asks a department’s answer to say it is its own', () => {
    const result = authorizeMutation(water, update({ reply: enteredReply }), stored());
    expect(!result.ok && result.message).toMatch(/^部门本人的答复应标明为本部门答复/);
    expect(replyAuthorshipProblem('department', undefined, null)).toBeUndefined();
  });

  it('leaves answers to the street and the department: a community station records arrivals', () => {
    const result = authorizeMutation(field, update({ reply: enteredReply }), stored());
    expect(!result.ok && result.message).toContain('whistleCalls.reply');
    expect(authorizeMutation(field, update({ arrivedAt: '2026-03-02T01:10:00.000Z' }), stored()).ok).toBe(
      true,
    );
    expect(authorizeMutation(field, update({ evaluation }), stored()).ok).toBe(false);
  });
});
