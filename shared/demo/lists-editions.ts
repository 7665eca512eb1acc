import type { ListEdition, ListItem, ListKind } from '../model/lists';
import { idFromParts } from '../ids';
import { rngFor, type Rng } from './rng';
import {
  ASSISTANCE_DEPARTMENTS,
  COMMUNITY_ASSISTANCE,
  COMMUNITY_DUTIES,
  DUTY_REVISIONS,
  ENFORCEMENT,
  ENFORCEMENT_SPLITS,
  JOINT_SHARE,
  STREET_DUTIES,
  type DemoDuty,
} from './lists-content';

/**
 * The three lists as a new user should find them: the street duty list in its 2020 edition
 * (retired) and the 2023 edition in force, the enforcement list of 2020 (431 powers) and the
 * community task list of 2020 (19 + 15). City-level reference documents, so orgPath '' and
 * the same rows — ids included — for every scope and every load.
 */

export interface DemoLists {
  editions: ListEdition[];
  items: ListItem[];
}

/** Demo list ids sit in a block of milliseconds of their own (units use 2026 onwards). */
const LISTS_BASE_MS = Date.UTC(2025, 5, 1);

class ListIds {
  private next = 0;
  private readonly random = new Uint8Array(16);
  constructor(private readonly rng: Rng) {}
  id(): string {
    return idFromParts(LISTS_BASE_MS + this.next++, this.rng.fillBytes(this.random));
  }
}

const SEED_AT = (date: string) => `${date}T01:00:00.000Z`;
/**
 * Who issues each list (our reading of the reform: duties by the city's staffing office, the
 * enforcement transfer by the city government's decision, the task list by the social work
 * committee and civil affairs bureau that drafted the access rules).
 */
const PUBLISHER: Record<ListKind, string> = {
  streetDuties: '北京市委机构编制委员会办公室',
  enforcement: '北京市人民政府',
  communityTasks: '北京市委社会工委 市民政局',
};
const COMMUNITY_BASIS = '《北京市社区工作准入管理办法（试行）》';

function edition(
  ids: ListIds,
  kind: ListKind,
  name: string,
  status: ListEdition['status'],
  from: string,
  extra: Partial<ListEdition> = {},
): ListEdition {
  return {
    id: ids.id(),
    orgPath: '',
    kind,
    name,
    status,
    effectiveFrom: from,
    publishedAt: SEED_AT(from),
    publishedBy: PUBLISHER[kind],
    ...extra,
  };
}

type ItemDraft = Omit<ListItem, 'id' | 'orgPath' | 'editionId' | 'code' | 'order'>;

function numbered(ids: ListIds, editionId: string, prefix: string, drafts: readonly ItemDraft[]): ListItem[] {
  return drafts.map((d, i) => ({
    ...d,
    id: ids.id(),
    orgPath: '',
    editionId,
    code: `${prefix}-${String(i + 1).padStart(3, '0')}`,
    order: i + 1,
  }));
}

/**
 * The duty list, 2020 or as revised in 2023. Codes stay with their duty across editions, as
 * in the printed lists; new duties take the next free codes and sit at the end of their
 * section.
 */
function dutyItems(ids: ListIds, editionId: string, revised: boolean): ListItem[] {
  const rows: { section: string; office: string; duty: DemoDuty; number: number; order: number }[] = [];
  let number = 0;
  STREET_DUTIES.forEach(({ section, office, duties }, s) =>
    duties.forEach((duty, i) => {
      number++;
      if (!(revised && DUTY_REVISIONS.removed.includes(duty.title)))
        rows.push({ section, office, duty, number, order: s * 100 + i + 1 });
    }),
  );
  if (revised)
    DUTY_REVISIONS.added.forEach(({ section, duty }, i) => {
      const s = STREET_DUTIES.findIndex((d) => d.section === section);
      rows.push({
        section,
        office: STREET_DUTIES[s]!.office,
        duty,
        number: ++number,
        order: s * 100 + 90 + i,
      });
    });
  return rows.map(({ section, office, duty, number: n, order }) => {
    const retitled = revised ? DUTY_REVISIONS.retitled.find(([old]) => old === duty.title)?.[1] : undefined;
    const item: ListItem = {
      id: ids.id(),
      orgPath: '',
      editionId,
      code: `JD-${String(n).padStart(3, '0')}`,
      section,
      title: retitled ?? duty.title,
      kind: duty.kind,
      leadUnit: office,
      order,
    };
    if (duty.basis) item.legalBasis = duty.basis;
    return item;
  });
}

/**
 * Enforcement items: each department's stems in turn, first as they are, then split by party
 * or circumstance, then the seizure of the tools used, until the department's count is met.
 */
function enforcementDrafts(rng: Rng): ItemDraft[] {
  const drafts: ItemDraft[] = [];
  for (const { department, count, matters } of ENFORCEMENT) {
    const stems = matters.flatMap((m) => m.stems.map((stem) => ({ stem, basis: m.basis })));
    const variants = [
      (s: string) => `对${s}的处罚`,
      ...ENFORCEMENT_SPLITS.map((split) => (s: string) => `对${s}的处罚（${split}）`),
      (s: string) => `对${s}所用工具、物品的扣押`,
    ];
    const made: ItemDraft[] = [];
    for (const variant of variants) {
      for (const { stem, basis } of stems) {
        if (made.length === count) break;
        made.push({
          section: department,
          title: variant(stem),
          kind: rng.chance(JOINT_SHARE) ? 'joint' : 'comprehensive',
          leadUnit: department === '城管执法' ? '区城管执法局' : `区${department}部门`,
          legalBasis: basis,
        });
      }
    }
    if (made.length < count) throw new Error(`not enough enforcement stems for ${department}`);
    drafts.push(...made);
  }
  return drafts;
}

function taskDrafts(): ItemDraft[] {
  const performed = COMMUNITY_DUTIES.map((t): ItemDraft => ({
    section: '社区依法履行职责',
    title: t.title,
    kind: 'perform',
    leadUnit: '社区居民委员会',
    legalBasis: '《中华人民共和国城市居民委员会组织法》',
  }));
  const assisting = COMMUNITY_ASSISTANCE.map((t, i): ItemDraft => ({
    section: '社区依法协助政府工作',
    title: t.title,
    kind: 'assist',
    leadUnit: ASSISTANCE_DEPARTMENTS[i],
    legalBasis: COMMUNITY_BASIS,
    assistanceModes: [...(t.modes ?? [])],
  }));
  return [...performed, ...assisting];
}

export function generateDemoLists(seed: number): DemoLists {
  const rng = rngFor(seed, 'lists');
  const ids = new ListIds(rng);
  const duties2020 = edition(ids, 'streetDuties', '2020版', 'retired', '2020-01-01', {
    effectiveTo: '2022-12-31',
    retiredAt: SEED_AT('2022-12-20'),
  });
  const duties2023 = edition(ids, 'streetDuties', '2023版', 'published', '2023-01-01', {
    basedOnId: duties2020.id,
  });
  const enforcement = edition(ids, 'enforcement', '2020版', 'published', '2020-07-01');
  const tasks = edition(ids, 'communityTasks', '2020版', 'published', '2020-05-01');
  return {
    editions: [duties2020, duties2023, enforcement, tasks],
    items: [
      ...dutyItems(ids, duties2020.id, false),
      ...dutyItems(ids, duties2023.id, true),
      ...numbered(ids, enforcement.id, 'ZF', enforcementDrafts(rng)),
      ...numbered(ids, tasks.id, 'SQ', taskDrafts()),
    ],
  };
}
