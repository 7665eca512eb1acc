import 'fake-indexeddb/auto';
import { renderToString } from 'react-dom/server.node';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from 'antd';
import { MemoryRouter } from 'react-router';
// The app modules reach for the host bridge on `window` when loaded; there is none here.
vi.hoisted(() => vi.stubGlobal('window', {}));

import { planDivision, type DivisionWorld, type WorldRow, type WorldUnit } from '@shared/divisions/plan';
import { orgPathOfCode } from '@shared/org/codes';
import { i18next, initI18n } from '../../app/i18n';
import { useVillageDraft } from './divisions-ui-store';
import { suggestedCommunityName, villageCandidates, villageDraft, type VillageChoice } from './village-draft';
import { VillagePlan } from './VillagePlanner';

/**
 * The 撤村建居 planner (区划调整 → 撤村建居): which villages it offers, the draft it hands the plan,
 * and what the screen shows of a plan. Rendered to a string with the plan given, as the live page
 * gives it (the unit tests run without a DOM).
 */
const STREET = '110105001';
const COMMUNITY = `${STREET}001`;
const GONE = `${STREET}002`;
const NORTH = `${STREET}201`;
const EAST = `${STREET}202`;
const MERGED_VILLAGE = `${STREET}203`;
const OTHER_STREET = '110105002201';

const unit = (code: string, name: string, level: WorldUnit['level'], households?: number): WorldUnit => ({
  id: `u-${code}`,
  code,
  name,
  level,
  parentCode: code.slice(0, code.length - 3),
  orgPath: orgPathOfCode(code),
  households,
});

const place = (id: string, village: string, households: number, grid?: string): WorldRow => ({
  id,
  orgPath: orgPathOfCode(grid ?? village),
  code: `${village}000${id.slice(-1)}`,
  type: 'bungalowYard',
  households,
  ...(grid ? { gridCode: grid } : {}),
});

const world: DivisionWorld = {
  units: [
    unit(COMMUNITY, '北苑社区', 'community', 2000),
    { ...unit(GONE, '已并入社区', 'community', 0), dissolvedBy: 'earlier' },
    unit(NORTH, '北苑村', 'village', 1800),
    unit(`${NORTH}001`, '北苑村第一网格', 'grid'),
    unit(EAST, '东村', 'village', 1500),
    { ...unit(MERGED_VILLAGE, '已撤销村', 'village', 0), dissolvedBy: 'earlier' },
    unit(OTHER_STREET, '别街村', 'village', 900),
  ],
  records: {
    places: [place('n1', NORTH, 1000, `${NORTH}001`), place('n2', NORTH, 800), place('e1', EAST, 1500)],
  },
  // 003 was given by a change since undone: it is never given again.
  changes: [
    { result: { codes: [`${STREET}003`], dissolved: [], moved: {}, appliedAt: '2027-01-01T09:00:00+08:00' } },
  ],
};

/** The world as the page loads it: the street's units, and the records of the villages chosen only. */
const worldFor = (sources: string[]): DivisionWorld => ({
  ...world,
  records: {
    places: (world.records.places ?? []).filter((p) => sources.some((s) => p.code!.startsWith(s))),
  },
});

const choice = (extra: Partial<VillageChoice> = {}): VillageChoice => ({
  sources: [NORTH],
  name: '北苑社区',
  effectiveOn: '2027-03-01',
  ...extra,
});

describe('village planner: candidates, name and draft', () => {
  it('offers the live villages of the street only', () => {
    expect(villageCandidates(world, STREET).map((u) => u.code)).toEqual([NORTH, EAST]);
  });

  it('offers the village’s name with 社区 for 村, keeping 村 where the stem is one character', () => {
    expect(suggestedCommunityName('北苑村')).toBe('北苑社区');
    expect(suggestedCommunityName('大望京村村委会')).toBe('大望京村社区');
    expect(suggestedCommunityName('东村')).toBe('东村社区');
    expect(suggestedCommunityName('来广营')).toBe('来广营社区');
  });

  it('turns the village into a community with a code never issued, keeping its grids and places numbered', () => {
    const draft = villageDraft(choice());
    expect(draft).toMatchObject({ kind: 'villageToCommunity', sources: [NORTH] });
    const plan = planDivision(draft, worldFor(draft.sources));
    expect(plan.issues).toEqual([]);
    // 001 is held, 002 was merged away, 003 given by an undone change: 004.
    expect(plan.codes).toEqual([`${STREET}004`]);
    expect(plan.dissolved).toEqual([NORTH]);
    expect(plan.results).toMatchObject([{ isNew: true, households: 1800, sizeClass: 'normal', grids: 1 }]);
    expect(plan.moves.find((m) => m.id === 'n1')!.to).toEqual({
      orgPath: orgPathOfCode(`${STREET}004001`),
      code: `${STREET}0040001`,
      gridCode: `${STREET}004001`,
    });
  });

  it('makes one community of several villages, counted against 3,000 households', () => {
    const plan = planDivision(
      villageDraft(choice({ sources: [NORTH, EAST], name: '北苑东社区' })),
      worldFor([NORTH, EAST]),
    );
    expect(plan.issues).toEqual([]);
    expect(plan.dissolved).toEqual([NORTH, EAST]);
    expect(plan.results).toMatchObject([{ households: 3300, sizeClass: 'split' }]);
  });

  it('refuses a community as a source, and a nameless community', () => {
    const plan = planDivision(
      villageDraft(choice({ sources: [NORTH, COMMUNITY], name: '' })),
      worldFor([NORTH, COMMUNITY]),
    );
    expect(plan.issues.map((i) => i.code).sort()).toEqual(['division.sourceLevel', 'division.targetName']);
  });
});

describe('village planner: choices', () => {
  beforeEach(() => useVillageDraft.getState().begin(NORTH, '北苑社区', '2027-03-01'));

  it('starts from the village it was opened for, with the suggested name', () => {
    expect(useVillageDraft.getState()).toMatchObject({ start: NORTH, others: [], name: '北苑社区' });
  });

  it('never lists the starting village among the others', () => {
    useVillageDraft.getState().setOthers([EAST, NORTH]);
    expect(useVillageDraft.getState().others).toEqual([EAST]);
  });
});

describe('village planner: the screen', () => {
  beforeAll(async () => {
    await initI18n('zh-CN');
  });
  afterAll(() => vi.unstubAllGlobals());

  function render(c: VillageChoice): string {
    const draft = villageDraft(c);
    const plan = planDivision(draft, worldFor(c.sources));
    const noop = () => {};
    return renderToString(
      <MemoryRouter>
        <App>
          <VillagePlan
            world={worldFor(c.sources)}
            start={world.units.find((u) => u.code === NORTH)!}
            choice={c}
            draft={draft}
            plan={plan}
            onOthers={noop}
            onName={noop}
            onEffectiveOn={noop}
            apply={<button>apply</button>}
          />
        </App>
      </MemoryRouter>,
    );
  }

  it('lists the villages, the new community’s code, and the result against the standard', async () => {
    await i18next.changeLanguage('zh-CN');
    const html = render(choice({ sources: [NORTH, EAST], name: '北苑东社区' }));
    expect(html).toContain('data-testid="division-village-sources"');
    expect(html).toContain('东村');
    expect(html).not.toContain('已撤销村');
    expect(html).toContain('社区代码：110105001004');
    // 3,300 households: over the 3,000 cap, said as the size view says it.
    expect(html).toMatch(/data-testid="division-results"[\s\S]*3300[\s\S]*拆分候选/);
    expect(html).toMatch(/data-testid="division-moves"[\s\S]*网格 1[\s\S]*楼门院 3/);
    expect(html).not.toContain('data-testid="division-issues"');
  });

  it('says what is missing, in English too', async () => {
    await i18next.changeLanguage('en');
    const html = render(choice({ name: ' ' }));
    expect(html).toContain('Villages converted');
    expect(html).toContain('Community code: 110105001004');
    expect(html).toContain('data-testid="division-issues"');
    expect(html).toContain('Name the community');
  });
});
