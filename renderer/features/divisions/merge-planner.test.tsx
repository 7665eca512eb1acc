import 'fake-indexeddb/auto';
import { renderToString } from 'react-dom/server.node';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from 'antd';
import { MemoryRouter } from 'react-router';
// The app modules reach for the host bridge on `window` when loaded; there is none here.
vi.hoisted(() => vi.stubGlobal('window', {}));

import { planDivision, type DivisionWorld, type WorldUnit } from '@shared/divisions/plan';
import { orgPathOfCode } from '@shared/org/codes';
import { i18next, initI18n } from '../../app/i18n';
import { useMergeDraft } from './divisions-ui-store';
import { mergeCandidates, mergeDraft, type MergeChoice } from './merge-draft';
import { MergePlan } from './MergePlanner';

/**
 * The merge planner (区划调整 → 规划合并): which communities it offers, the draft it hands the
 * plan, and what the screen shows of a plan. The unit tests run without a DOM, so the screen is
 * rendered to a string with the plan given, as the live page gives it.
 */
const STREET = '110105001';
const A = `${STREET}001`;
const B = `${STREET}002`;
const GONE = `${STREET}003`;
const BIG = `${STREET}004`;
const VILLAGE = `${STREET}201`;
const OTHER_STREET = '110105002001';

const unit = (code: string, name: string, level: WorldUnit['level'], households?: number): WorldUnit => ({
  id: `u-${code}`,
  code,
  name,
  level,
  parentCode: code.slice(0, code.length - 3),
  orgPath: orgPathOfCode(code),
  households,
});

const world: DivisionWorld = {
  units: [
    unit(A, '小井社区', 'community', 300),
    unit(`${A}001`, '小井第一网格', 'grid'),
    unit(B, '沿村社区', 'community', 78),
    { ...unit(GONE, '已并入社区', 'community', 120), dissolvedBy: 'earlier-change' },
    unit(BIG, '南新园社区', 'community', 8500),
    unit(VILLAGE, '东村', 'village', 150),
    unit(OTHER_STREET, '别街社区', 'community', 90),
  ],
  records: {},
};

const choice = (extra: Partial<MergeChoice> = {}): MergeChoice => ({
  sources: [A, B],
  into: A,
  name: '',
  effectiveOn: '2027-01-01',
  ...extra,
});

describe('merge planner: candidates and draft', () => {
  it('offers the live communities and villages of the street, smallest first', () => {
    expect(mergeCandidates(world, STREET).map((u) => u.code)).toEqual([B, VILLAGE, A, BIG]);
  });

  it('keeps the chosen community: the others are dissolved into it and their households counted there', () => {
    const draft = mergeDraft(choice(), world);
    expect(draft).toMatchObject({ kind: 'merge', sources: [A, B] });
    expect(draft.targets).toEqual([
      { code: A, name: '小井社区', gridCodes: [], placeIds: [], remainder: true },
    ]);
    const plan = planDivision(draft, world);
    expect(plan.issues).toEqual([]);
    expect(plan.dissolved).toEqual([B]);
    expect(plan.results).toMatchObject([{ code: A, isNew: false, households: 378, sizeClass: 'merge' }]);
  });

  it('makes a new community when none stays, and asks for its name', () => {
    const unnamed = planDivision(mergeDraft(choice({ into: '' }), world), world);
    expect(unnamed.issues.map((i) => i.code)).toEqual(['division.targetName']);
    const plan = planDivision(mergeDraft(choice({ into: '', name: '井村社区' }), world), world);
    expect(plan.issues).toEqual([]);
    expect(plan.dissolved).toEqual([A, B]);
    // The lowest code never used: 003 was merged away before and is not given again.
    expect(plan.results).toMatchObject([{ code: `${STREET}005`, isNew: true, households: 378 }]);
  });

  it('needs a second community before it can be applied', () => {
    const plan = planDivision(mergeDraft(choice({ sources: [A] }), world), world);
    expect(plan.issues.map((i) => i.code)).toContain('division.sources');
  });
});

describe('merge planner: choices', () => {
  beforeEach(() => useMergeDraft.getState().begin(A, '2027-01-01'));

  it('starts from the community it was opened for, which stays by default', () => {
    expect(useMergeDraft.getState()).toMatchObject({ start: A, others: [], into: A });
  });

  it('falls back to the first community when the one chosen to stay leaves the merge', () => {
    const s = useMergeDraft.getState();
    s.setOthers([B, BIG]);
    s.setInto(BIG);
    useMergeDraft.getState().setOthers([B]);
    expect(useMergeDraft.getState().into).toBe(A);
    // A new community is not one of the sources: it stays chosen.
    useMergeDraft.getState().setInto('');
    useMergeDraft.getState().setOthers([]);
    expect(useMergeDraft.getState().into).toBe('');
  });
});

describe('merge planner: the screen', () => {
  beforeAll(async () => {
    await initI18n('zh-CN');
  });
  afterAll(() => vi.unstubAllGlobals());

  function render(c: MergeChoice): string {
    const draft = mergeDraft(c, world);
    const plan = planDivision(draft, world);
    const noop = () => {};
    return renderToString(
      <MemoryRouter>
        <App>
          <MergePlan
            world={world}
            start={world.units[0]!}
            choice={c}
            draft={draft}
            plan={plan}
            onOthers={noop}
            onInto={noop}
            onName={noop}
            onEffectiveOn={noop}
            apply={<button>apply</button>}
          />
        </App>
      </MemoryRouter>,
    );
  }

  it('lists the communities merged with their size, offers which one stays, and shows the result', async () => {
    await i18next.changeLanguage('zh-CN');
    const html = render(choice());
    expect(html).toContain('data-testid="division-merge-sources"');
    expect(html).toContain('沿村社区');
    expect(html).not.toContain('已并入社区');
    expect(html).toContain('保留小井社区（110105001001），其余社区并入');
    expect(html).toContain('保留沿村社区（110105001002），其余社区并入');
    expect(html).toContain('新建一个社区，全部并入');
    // Result: one community of 378 households, still under 500 — said as the size view says it.
    expect(html).toMatch(/data-testid="division-results"[\s\S]*378[\s\S]*合并候选/);
    expect(html).not.toContain('data-testid="division-issues"');
  });

  it('says what is missing, in English too', async () => {
    await i18next.changeLanguage('en');
    const html = render(choice({ sources: [A], into: '' }));
    expect(html).toContain('Make a new community; all of them join it');
    expect(html).toContain('data-testid="division-issues"');
    expect(html).toContain('a merge needs at least two');
    expect(html).toContain('Name the community');
  });
});
