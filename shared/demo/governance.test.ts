import { describe, expect, it } from 'vitest';
import {
  checkCarryOut,
  checkEvaluation,
  checkMeeting,
  checkTopic,
  escalate,
  stepAfterMeetings,
} from '../governance/consultation';
import { checkCommittee, checkExemption, checkLog } from '../governance/committees';
import { changeStatus, checkDemoPoint } from '../governance/demo-points';
import type { ConsultationTopic, DemoPoint } from '../model/governance';
import { generateCommunityGovernance, type DemoGovernance } from './governance';

const TODAY = '2026-11-25';
let n = 0;
const newId = () => `id${n++}`;
const inputs = {
  workers: [
    { id: 'w1', name: '王红', role: 'director' },
    { id: 'w2', name: '李明', role: 'member' },
  ],
  tickets: [{ id: 'k1', content: '3号楼楼道堆满杂物，影响通行，请社区协调清理', placeId: 'p1' }],
  placeIds: ['p1', 'p2', 'p3'],
};

/** Many communities, so every shape (exempt, partial, every step) is drawn at least once. */
const all: DemoGovernance[] = Array.from({ length: 60 }, (_, i) =>
  generateCommunityGovernance(
    7,
    `110105/110105001/110105001${String(i).padStart(3, '0')}`,
    '南新园社区',
    TODAY,
    inputs,
    newId,
  ),
);
const flat = <K extends keyof DemoGovernance>(k: K): DemoGovernance[K] =>
  all.flatMap((d) => d[k] as unknown[]) as DemoGovernance[K];

/** Replays a topic through the rules, step by step, as the screens would record it. */
function replay(topic: ConsultationTopic, meetings: DemoGovernance['meetings']): string[] {
  const problems: string[] = [];
  const fields = checkTopic(topic, TODAY);
  if (!fields.ok) problems.push(...fields.issues.map((i) => i.code));
  let state: ConsultationTopic = { ...topic, step: 'raise', level: 'community', escalations: [] };
  delete state.carriedOut;
  delete state.evaluation;
  delete state.closed;
  for (const e of topic.escalations) {
    const up = escalate(state, e, TODAY);
    if (!up.ok) problems.push(...up.issues.map((i) => i.code));
    else state = { ...state, ...up.value };
  }
  const held: DemoGovernance['meetings'] = [];
  for (const m of meetings) {
    const checked = checkMeeting(state, m, TODAY);
    if (!checked.ok) problems.push(...checked.issues.map((i) => i.code));
    held.push(m);
    state = { ...state, step: stepAfterMeetings(state, held) };
  }
  if (topic.carriedOut) {
    const c = checkCarryOut(state, held, topic.carriedOut, TODAY);
    if (!c.ok) problems.push(...c.issues.map((i) => i.code));
    state = { ...state, carriedOut: topic.carriedOut, step: 'carryOut' };
  }
  if (topic.evaluation) {
    const e = checkEvaluation(state, topic.evaluation, TODAY);
    if (!e.ok) problems.push(...e.issues.map((i) => i.code));
    state = { ...state, evaluation: topic.evaluation, step: 'evaluate' };
  }
  if (state.step !== topic.step) problems.push(`step ${state.step} ≠ ${topic.step}`);
  return problems;
}

describe('demo governance', () => {
  it('has committees that pass the rules, with logs, and exemptions for the communities without', () => {
    const committees = flat('committees');
    expect(committees.length).toBeGreaterThan(200);
    expect(committees.filter((c) => !checkCommittee(c, TODAY).ok)).toEqual([]);
    expect(flat('logs').every((l) => checkLog(l, TODAY).ok)).toBe(true);
    const exemptions = flat('exemptions');
    expect(exemptions.length).toBeGreaterThan(0);
    expect(exemptions.every((e) => checkExemption(e, TODAY).ok)).toBe(true);
    // An exempt community has no committees; the others have at least three.
    for (const d of all)
      expect(d.exemptions.length > 0 ? d.committees.length === 0 : d.committees.length >= 3).toBe(true);
    expect(committees.every((c) => c.members.filter((m) => m.chair).length === 1)).toBe(true);
  });

  it('has topics at every step, each replaying through the five-step rules', () => {
    const topics = flat('topics');
    const meetings = flat('meetings');
    expect(new Set(topics.map((t) => t.step))).toEqual(
      new Set(['raise', 'discuss', 'decide', 'carryOut', 'evaluate']),
    );
    expect(topics.some((t) => t.closed)).toBe(true);
    expect(topics.some((t) => t.level === 'street' && t.escalations.length === 1)).toBe(true);
    expect(topics.some((t) => t.source === 'ticket' && t.ticketIds[0] === 'k1')).toBe(true);
    for (const topic of topics) {
      const own = meetings.filter((m) => m.topicId === topic.id).sort((a, b) => a.date.localeCompare(b.date));
      expect(replay(topic, own), topic.title).toEqual([]);
    }
  });

  it('has demonstration points whose history replays through the status rules', () => {
    const points = flat('demoPoints');
    expect(points.length).toBeGreaterThan(5);
    for (const p of points) {
      const applied = checkDemoPoint({ ...p, appliedOn: p.history[0]!.on }, TODAY);
      expect(applied.ok).toBe(true);
      let state: Pick<DemoPoint, 'status' | 'history'> = { status: 'applied', history: [p.history[0]!] };
      for (const h of p.history.slice(1)) {
        const next = changeStatus(state, { to: h.status, on: h.on, note: h.note }, TODAY);
        expect(next.ok, JSON.stringify(p.history)).toBe(true);
        if (next.ok) state = next.value;
      }
      expect(state.status).toBe(p.status);
    }
  });

  it('is the same for the same seed', () => {
    const a = generateCommunityGovernance(
      3,
      '110105/110105001/110105001001',
      '南新园社区',
      TODAY,
      inputs,
      () => 'x',
    );
    const b = generateCommunityGovernance(
      3,
      '110105/110105001/110105001001',
      '南新园社区',
      TODAY,
      inputs,
      () => 'x',
    );
    expect(a).toEqual(b);
  });
});
