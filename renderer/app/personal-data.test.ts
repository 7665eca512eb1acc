import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '@shared/auth/roles';
import type { Place } from '@shared/model/place';
import { db } from '../db';
import { clearLocalData } from '../db/local-data';
import { personalFieldsOf } from '../features/places/personal-fields';
import { RefusedError } from './input-error';
import { recordUnmask, recordUnmaskedExport } from './personal-data';

const admin: SessionUser = { id: 'u1', username: 'a', displayName: '管理员', role: 'admin', scope: '' };
const viewer: SessionUser = { ...admin, id: 'u3', role: 'viewer' };
const PATH = '110105/110105021/110105021001';

const place: Place = {
  id: 'p1',
  orgPath: PATH,
  code: '1101050210010001',
  type: 'building',
  name: '南新园5号楼',
  address: '南新园小区5号楼',
  servicePointIds: ['s1', 's2'],
  head: { name: '张桂兰', phone: '13812345678', partyMember: true },
} as Place;

beforeEach(async () => {
  await clearLocalData(db);
});

describe('showing personal data in full: one audited path', () => {
  it('records every mobile a place card reveals — head, covering worker, service points’ mobiles — never the numbers', async () => {
    const fields = personalFieldsOf({
      place,
      worker: { id: 'w1', orgPath: PATH, name: '刘丽娟', role: 'worker', phone: '13698765432' } as never,
      points: [
        { id: 's1', orgPath: PATH, kind: 'elderlyCare', name: '驿站', phone: '01067712345' } as never,
        { id: 's2', orgPath: PATH, kind: 'police', name: '警务站', phone: '13500001111' } as never,
      ],
    });
    expect(fields.map((f) => `${f.table}:${f.recordId}:${f.field}`)).toEqual([
      'places:p1:head.phone',
      'communityWorkers:w1:phone',
      'servicePoints:s2:phone',
    ]);
    await recordUnmask(db, admin, fields);
    const events = await db.auditEvents.toArray();
    expect(events).toHaveLength(3);
    expect(events[0]).toMatchObject({
      action: 'unmask',
      by: 'u1',
      byName: '管理员',
      role: 'admin',
      orgPath: PATH,
    });
    const text = JSON.stringify(events);
    for (const n of ['12345678', '98765432', '00001111']) expect(text).not.toContain(n);
  });

  it('refuses a role that may not see numbers, and records nothing', async () => {
    const field = { table: 'places', recordId: 'p1', orgPath: PATH, field: 'head.phone' };
    await expect(recordUnmask(db, viewer, [field])).rejects.toBeInstanceOf(RefusedError);
    await expect(
      recordUnmaskedExport(db, viewer, { table: 'coordinators', orgPath: '', fields: ['residentId'] }),
    ).rejects.toBeInstanceOf(RefusedError);
    expect(await db.auditEvents.count()).toBe(0);
  });

  it('records an unmasked export once per personal column, by user id as every other event', async () => {
    await recordUnmaskedExport(db, admin, {
      table: 'coordinators',
      orgPath: PATH,
      fields: ['residentId', 'mobile'],
    });
    const events = await db.auditEvents.toArray();
    expect(events.map((e) => [e.action, e.recordId, e.field, e.by]).sort()).toEqual([
      ['exportUnmasked', '*', 'mobile', 'u1'],
      ['exportUnmasked', '*', 'residentId', 'u1'],
    ]);
  });
});
