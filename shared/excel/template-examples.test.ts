import { describe, expect, it } from 'vitest';
import { defaultCategories, defaultDepartments } from '../coordinators/reference';
import type { EntityName, FieldSpec, ReferenceData } from './entity';
import { ENTITY_SPECS } from './entities';
import { importWorkbook } from './import-workbook';
import { OrgDirectory } from './org-directory';
import { instructionOf } from './template';
import { counterIds, sheet } from './test-workbooks';

/**
 * A clerk copies a template's example row and changes one word: it must import clean against
 * what a client holds by default, and the examples of all templates must agree with each other
 * (an assignment's example coordinator is the coordinators template's example).
 */

const TODAY = '2026-11-01';
const STREET = '110105/110105021';
// A fresh directory per import: importing org units adds to the one it is given.
const org = () =>
  OrgDirectory.withReference([
    { code: '110105021001', name: '南新园社区', level: 'community', parentCode: '110105021' },
    { code: '110105021002', name: '双龙南里社区', level: 'community', parentCode: '110105021' },
  ]);
/** The three lists are the city's: a street clerk does not import them. */
const SCOPE: Partial<Record<EntityName, string>> = { listItems: '' };
/** The cell a clerk changes; a row equal to the example is skipped as the example. */
const CHANGED: Partial<Record<EntityName, string>> = {
  attendance: 'reports',
  accessRequests: 'matter',
  assignments: 'task',
  tickets: 'content',
};

const example = (entity: EntityName, key: string) =>
  ENTITY_SPECS[entity].fields.find((f) => f.key === key)!.example;

/** What a client holds by default, plus the records the other templates' examples create. */
function refs(): ReferenceData {
  const departments = defaultDepartments().map((d) => ({ id: d.id, code: d.code, name: d.name }));
  return {
    departments,
    coordinatorCategories: defaultCategories().map((c) => ({
      id: c.id,
      code: c.code,
      name: c.name,
      departmentId: c.departmentId,
    })),
    listEditions: [
      {
        id: 'edition-1',
        kind: 'communityTasks',
        name: example('listItems', 'edition'),
        status: 'draft',
        orgPath: '',
      },
    ],
    coordinatorsByResidentId: new Map([
      [
        example('coordinators', 'residentId'),
        { id: 'c1', orgPath: '110105/110105021', name: example('coordinators', 'name') },
      ],
    ]),
    placesByCode: new Map([
      [example('places', 'code'), { id: 'p1', orgPath: '110105/110105021/110105021001', type: 'building' }],
    ]),
    listItemsByCode: new Map([[example('listItems', 'code'), { id: 'item-1' }]]),
  };
}

/** The example row with one free-text cell changed, as a clerk fills a row from it. */
function filledFromExample(entity: EntityName, fields: readonly FieldSpec[]): string[] {
  const key = CHANGED[entity] ?? (fields.some((f) => f.key === 'title') ? 'title' : 'name');
  const changed = fields.findIndex((f) => f.key === key);
  expect(changed, `${entity} has a field ${key}`).toBeGreaterThanOrEqual(0);
  return fields.map((f, i) =>
    i !== changed ? f.example : f.kind === 'count' ? `${Number(f.example) + 1}` : `${f.example}二`,
  );
}

describe('every template, filled with its own examples, imports clean', () => {
  it.each(Object.keys(ENTITY_SPECS) as EntityName[])('%s', async (entity) => {
    const spec = ENTITY_SPECS[entity];
    const headers = spec.fields.map((f) => (f.required ? `${f.header}*` : f.header));
    const bytes = sheet([headers, filledFromExample(entity, spec.fields)]);
    const { report, plan } = await importWorkbook(entity, bytes, {
      fileName: 'x.xlsx',
      today: TODAY,
      org: org(),
      refs: refs(),
      newId: counterIds(),
      scope: SCOPE[entity] ?? STREET,
    });
    expect(report.rejected, `${entity}: ${JSON.stringify(report.rejected)}`).toEqual([]);
    expect(plan.counts.new + plan.counts.updated).toBe(1);
  });
});

describe('the instructions sheet', () => {
  const fields = Object.values(ENTITY_SPECS).flatMap((spec) =>
    spec.fields.map((f) => [`${spec.name}.${f.key}`, f] as const),
  );

  it.each(fields)('%s says each thing once', (_name, field) => {
    const sentences = instructionOf(field)
      .split(/[。；]/)
      .map((s) => s.trim())
      .filter(Boolean);
    const openings = sentences.map((s) => s.slice(0, 3));
    expect(new Set(openings).size, sentences.join(' | ')).toBe(openings.length);
  });
});
