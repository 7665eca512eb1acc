import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  baselineOf,
  changeArbitrary,
  draftFor,
  placementsOf,
  streetAfter,
  streetArbitrary,
  violations,
  type Street,
} from '@shared/divisions/generated-street';
import { createTestDb } from '../../db/test-db';
import type { StreetDeskDb } from '../../db';
import { applyDivision, previewDivision, undoDivision } from './divisions-repository';

/**
 * The repository writes what the plan says and undo takes it all back: random streets go through
 * one to three random splits and merges applied through IndexedDB with capture on, some undone
 * at once, the rest at the end, newest first. After each apply the street keeps the rules of a division change
 * and holds exactly the placements the plan gave; after each undo, exactly what it held before.
 * A code given once — even by a change undone since — is never given again.
 */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 30);
const street = { role: 'street' as const, displayName: '街道民政科' };

async function read(db: StreetDeskDb): Promise<Street> {
  return {
    units: (await db.orgUnits.toArray()).filter((u) => !u.deleted),
    places: await db.places.toArray(),
    tickets: await db.tickets.toArray(),
  };
}

describe('division apply and undo, property', () => {
  it('keeps the rules after each apply and sets back every path on undo', async () => {
    await fc.assert(
      fc.asyncProperty(
        streetArbitrary,
        fc.array(fc.record({ choice: changeArbitrary, undoAtOnce: fc.boolean() }), {
          minLength: 1,
          maxLength: 3,
        }),
        async (initial, steps) => {
          const db = createTestDb();
          await db.orgUnits.bulkAdd(initial.units);
          await db.places.bulkAdd(initial.places);
          await db.tickets.bulkAdd(initial.tickets);
          const baseline = baselineOf(initial);
          const applied: { id: string; before: ReturnType<typeof placementsOf> }[] = [];
          // Every community code ever held or given, undone changes' included: none is given twice.
          const issued = new Set(initial.units.filter((u) => u.level !== 'grid').map((u) => u.code));
          for (const [step, { choice, undoAtOnce }] of steps.entries()) {
            const before = await read(db);
            const draft = draftFor(choice, before, `2027-0${step + 1}-01`);
            if (!draft) continue;
            const plan = await previewDivision(db, draft);
            // Times are fixed and increasing: undo orders changes by them, never by today.
            const change = await applyDivision(db, draft, street, {
              now: `2027-0${step + 1}-01T09:00:00+08:00`,
            });
            const given = change.result!.codes.filter((_, i) => !draft.targets[i]!.code);
            expect(given.filter((code) => issued.has(code))).toEqual([]);
            given.forEach((code) => issued.add(code));
            const after = await read(db);
            expect(violations(after, baseline)).toEqual([]);
            const expected = placementsOf(streetAfter(before, draft, plan, change.id));
            const got = placementsOf(after);
            expect(got.places).toEqual(expected.places);
            expect(got.tickets).toEqual(expected.tickets);
            if (undoAtOnce) {
              // Undone by mistake and the street changed again after: nothing of it may linger.
              await undoDivision(db, change.id, street, { now: `2027-0${step + 1}-02T09:00:00+08:00` });
              expect(placementsOf(await read(db))).toEqual(placementsOf(before));
            } else applied.push({ id: change.id, before: placementsOf(before) });
          }
          for (const { id, before } of applied.reverse()) {
            await undoDivision(db, id, street, { now: '2027-12-01T09:00:00+08:00' });
            expect(placementsOf(await read(db))).toEqual(before);
          }
          db.close();
        },
      ),
      { numRuns: RUNS },
    );
  }, 120_000);
});
