import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planDivision } from './plan';
import {
  baselineOf,
  changeArbitrary,
  draftFor,
  reusedCodes,
  STREET,
  streetAfter,
  streetArbitrary,
  violations,
  worldOf,
} from './generated-street';

/**
 * The plan's rules hold on any street, not only on the hand-made ones of plan.test.ts: random
 * streets (2–4 communities, grids, buildings with gates, courtyards, open and closed tickets)
 * go through one to four random splits and merges, each planned on the street the last one left.
 */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);

describe('division plan, property', () => {
  it('keeps every place in one live community, never reuses a code, conserves households, keeps gates with their building', () => {
    fc.assert(
      fc.property(
        streetArbitrary,
        fc.array(changeArbitrary, { minLength: 1, maxLength: 4 }),
        (initial, choices) => {
          const baseline = baselineOf(initial);
          let street = initial;
          choices.forEach((choice, step) => {
            const draft = draftFor(choice, street, `2027-0${step + 1}-01`);
            if (!draft) return;
            const plan = planDivision(draft, worldOf(street, draft.sources));
            expect(plan.issues).toEqual([]);
            expect(reusedCodes(plan, street)).toEqual([]);
            for (const code of plan.codes) {
              expect(code.startsWith(STREET)).toBe(true);
              const own = Number(code.slice(9));
              expect(own >= 1 && own <= 199).toBe(true);
            }
            expect(new Set(plan.codes).size).toBe(plan.codes.length);
            expect(plan.dissolved).toEqual(draft.sources.filter((s) => !plan.codes.includes(s)));

            // The results count what the sources held, no more and no less.
            const sourceHouseholds = street.units
              .filter((u) => draft.sources.includes(u.code))
              .reduce((n, u) => n + (u.households ?? 0), 0);
            expect(plan.results.reduce((n, r) => n + r.households, 0)).toBe(sourceHouseholds);

            // Each record moves at most once, from exactly where it is: undo sets it back from `from`.
            const keys = plan.moves.map((m) => `${m.table}:${m.id}`);
            expect(new Set(keys).size).toBe(keys.length);
            const rows = new Map(
              [
                ...street.units.map((r) => ['orgUnits', r] as const),
                ...street.places.map((r) => ['places', r] as const),
                ...street.tickets.map((r) => ['tickets', r] as const),
              ].map(([table, r]) => [
                `${table}:${r.id}`,
                r as { orgPath: string; code?: string; gridCode?: string },
              ]),
            );
            for (const m of plan.moves) {
              const row = rows.get(`${m.table}:${m.id}`)!;
              expect(m.from.orgPath).toBe(row.orgPath);
              expect(m.from.gridCode).toBe(row.gridCode);
              if (m.to.code !== undefined) expect(m.from.code).toBe(row.code);
            }

            street = streetAfter(street, draft, plan, `change-${step}`);
            expect(violations(street, baseline)).toEqual([]);
          });
        },
      ),
      { numRuns: RUNS },
    );
  });
});
