import { describe, expect, it } from 'vitest';
import type { Committee, ConsultationMeeting, ConsultationTopic, DemoPoint } from '../model/governance';
import {
  checkCarryOut,
  checkEvaluation,
  checkMeeting,
  checkTopic,
  escalate,
  newTopic,
  standingDecision,
  stepAfterMeetings,
  type MeetingInput,
} from './consultation';
import { checkCommittee, committeeStandings } from './committees';
import { changeStatus, checkDemoPoint, demoPointProgress } from './demo-points';

const TODAY = '2020-06-30';
const COMMUNITY = '110105/110105021/110105021001';

function topic(over: Partial<ConsultationTopic> = {}): ConsultationTopic {
  const fields = checkTopic({ title: '加装电梯', source: 'residents', raisedOn: '2020-05-01' }, TODAY);
  if (!fields.ok) throw new Error('fixture');
  return { id: 't1', orgPath: COMMUNITY, ...newTopic(fields.value), ...over };
}

const decided: MeetingInput = {
  date: '2020-05-10',
  venue: '社区议事厅',
  participants: { residents: 12, propertyCompany: 1 },
  options: ['加装电梯', '暂缓'],
  decision: {
    text: '加装电梯',
    votesFor: 10,
    votesAgainst: 2,
    abstentions: 1,
    carriedOutBy: '物业',
    dueOn: '2020-06-10',
  },
};

function meeting(input: MeetingInput, id = 'm1'): ConsultationMeeting {
  const checked = checkMeeting(topic(), input, TODAY);
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
  return { id, orgPath: COMMUNITY, topicId: 't1', ...checked.value };
}

const codes = (r: { ok: boolean; issues?: { code: string }[] }) => (r.ok ? [] : r.issues!.map((i) => i.code));

describe('a topic (民事民提)', () => {
  it('starts raised at the community with no escalations', () => {
    expect(topic()).toMatchObject({ step: 'raise', level: 'community', escalations: [] });
  });
  it('needs a title, a day not after today, and the ticket when a ticket raised it', () => {
    expect(codes(checkTopic({ title: ' ', source: 'ticket', raisedOn: '2020-07-01' }, TODAY))).toEqual([
      'governance.titleRequired',
      'governance.dateInFuture',
      'governance.ticketRequired',
    ]);
    expect(
      checkTopic({ title: 'x', source: 'ticket', raisedOn: TODAY, ticketIds: ['k', 'k'] }, TODAY),
    ).toMatchObject({
      ok: true,
      value: { ticketIds: ['k'] },
    });
  });
});

describe('meetings (民事民议, 民事民决)', () => {
  it('a meeting that only discussed moves the topic to 民事民议; one that decided to 民事民决', () => {
    const talk = meeting({ ...decided, decision: undefined });
    expect(stepAfterMeetings(topic(), [])).toBe('raise');
    expect(stepAfterMeetings(topic(), [talk])).toBe('discuss');
    expect(stepAfterMeetings(topic(), [talk, meeting(decided, 'm2')])).toBe('decide');
    expect(stepAfterMeetings(topic({ step: 'carryOut' }), [talk])).toBe('carryOut');
  });
  it('a decision needs its vote passed, no more votes than present, who carries it out and a due day', () => {
    const bad = checkMeeting(
      topic(),
      {
        ...decided,
        participants: { residents: 5 },
        decision: {
          ...decided.decision!,
          votesFor: 4,
          votesAgainst: 1,
          abstentions: 1,
          carriedOutBy: '',
          dueOn: '2020-05-01',
        },
      },
      TODAY,
    );
    expect(codes(bad)).toEqual([
      'governance.moreVotesThanPresent',
      'governance.carrierRequired',
      'governance.dueBeforeMeeting',
    ]);
    const tie = checkMeeting(
      topic(),
      { ...decided, decision: { ...decided.decision!, votesFor: 5, votesAgainst: 5 } },
      TODAY,
    );
    expect(codes(tie)).toEqual(['governance.notPassed']);
  });
  it('needs someone present, a venue, and a day not before the topic was raised', () => {
    expect(
      codes(checkMeeting(topic(), { ...decided, date: '2020-04-30', venue: '', participants: {} }, TODAY)),
    ).toEqual([
      'governance.meetingBeforeRaised',
      'governance.venueRequired',
      'governance.participantsRequired',
    ]);
  });
  it('takes the topic’s level unless told, and none once it is being carried out', () => {
    expect(checkMeeting(topic({ level: 'street' }), decided, TODAY)).toMatchObject({
      ok: true,
      value: { level: 'street' },
    });
    expect(codes(checkMeeting(topic({ step: 'carryOut' }), decided, TODAY))).toEqual([
      'governance.topicPastMeetings',
    ]);
  });
  it('the standing decision is the latest that decided', () => {
    const later = meeting({ ...decided, date: '2020-05-20' }, 'm3');
    expect(
      standingDecision([
        meeting(decided),
        later,
        meeting({ ...decided, date: '2020-05-25', decision: undefined }, 'm4'),
      ])?.id,
    ).toBe('m3');
  });
});

describe('carrying out (民事民办) and evaluation (民事民评)', () => {
  it('cannot be carried out without a meeting that recorded a decision', () => {
    const talk = meeting({ ...decided, decision: undefined });
    expect(
      codes(checkCarryOut(topic({ step: 'discuss' }), [talk], { on: '2020-06-01', summary: '完成' }, TODAY)),
    ).toEqual(['governance.notDecided']);
    expect(
      checkCarryOut(
        topic({ step: 'decide' }),
        [talk, meeting(decided, 'm2')],
        { on: '2020-06-01', summary: '完成' },
        TODAY,
      ).ok,
    ).toBe(true);
    expect(
      codes(
        checkCarryOut(
          topic({ step: 'decide' }),
          [meeting(decided)],
          { on: '2020-05-09', summary: 'x' },
          TODAY,
        ),
      ),
    ).toEqual(['governance.carriedOutBeforeDecision']);
  });
  it('cannot be evaluated before it is carried out; the score is 1–5 whole', () => {
    expect(codes(checkEvaluation(topic({ step: 'decide' }), { on: TODAY, score: 5 }, TODAY))).toEqual([
      'governance.notCarriedOut',
    ]);
    const done = topic({ step: 'carryOut', carriedOut: { on: '2020-06-01', summary: '完成' } });
    expect(codes(checkEvaluation(done, { on: TODAY, score: 6 }, TODAY))).toEqual(['governance.scoreRange']);
    expect(codes(checkEvaluation(done, { on: TODAY, score: 0 }, TODAY))).toEqual(['governance.scoreRange']);
    expect(codes(checkEvaluation(done, { on: TODAY, score: 4.5 }, TODAY))).toEqual(['governance.scoreRange']);
    expect(codes(checkEvaluation(done, { on: '2020-05-31', score: 4 }, TODAY))).toEqual([
      'governance.evaluatedBeforeCarriedOut',
    ]);
    expect(checkEvaluation(done, { on: TODAY, score: 4, note: ' 好 ' }, TODAY)).toEqual({
      ok: true,
      value: { on: TODAY, score: 4, note: '好' },
    });
    expect(codes(checkEvaluation({ ...done, step: 'evaluate' }, { on: TODAY, score: 4 }, TODAY))).toEqual([
      'governance.topicFinished',
    ]);
  });
});

describe('escalation (three-level linkage)', () => {
  it('goes community → street → district with its reason, keeping the thread', () => {
    const up = escalate(topic(), { reason: '涉及多个社区', on: '2020-05-02' }, TODAY);
    expect(up).toMatchObject({ ok: true, value: { level: 'street' } });
    if (!up.ok) return;
    const t2 = topic(up.value);
    const up2 = escalate(t2, { reason: '需区级部门', on: '2020-05-03', by: '王' }, TODAY);
    expect(up2.ok && up2.value.escalations).toEqual([
      { from: 'community', to: 'street', on: '2020-05-02', reason: '涉及多个社区' },
      { from: 'street', to: 'district', on: '2020-05-03', reason: '需区级部门', by: '王' },
    ]);
    if (!up2.ok) return;
    expect(codes(escalate(topic(up2.value), { reason: 'x', on: TODAY }, TODAY))).toEqual([
      'governance.topLevel',
    ]);
  });
  it('needs a reason and an open topic not yet carried out', () => {
    expect(codes(escalate(topic(), { reason: ' ', on: TODAY }, TODAY))).toEqual([
      'governance.reasonRequired',
    ]);
    expect(codes(escalate(topic({ step: 'carryOut' }), { reason: 'x', on: TODAY }, TODAY))).toEqual([
      'governance.topicPastEscalation',
    ]);
  });
});

describe('committees', () => {
  const members = [
    { name: '张主任', kind: 'worker' as const, chair: true },
    { name: '李', kind: 'resident' as const },
    { name: '赵', kind: 'placeHead' as const },
  ];
  it('takes 3–9 members with exactly one chair from the residents’ committee', () => {
    expect(checkCommittee({ kind: 'publicHealth', members }, TODAY).ok).toBe(true);
    expect(codes(checkCommittee({ kind: 'publicHealth', members: members.slice(0, 2) }, TODAY))).toEqual([
      'governance.memberCount',
    ]);
    const ten = Array.from({ length: 10 }, (_, i) => ({
      name: `m${i}`,
      kind: 'resident' as const,
      chair: i === 0,
    }));
    expect(codes(checkCommittee({ kind: 'publicHealth', members: ten }, TODAY))).toEqual([
      'governance.memberCount',
      'governance.chairNotCommitteeMember',
    ]);
    const twoChairs = members.map((m) => ({ ...m, chair: true }));
    expect(codes(checkCommittee({ kind: 'publicHealth', members: twoChairs }, TODAY))).toEqual([
      'governance.oneChair',
    ]);
    const noChair = members.map((m) => ({ ...m, chair: false }));
    expect(codes(checkCommittee({ kind: 'publicHealth', members: noChair }, TODAY))).toEqual([
      'governance.oneChair',
    ]);
  });
  it('refuses a second committee of a kind, a name twice and an unnamed member', () => {
    expect(codes(checkCommittee({ kind: 'property', members }, TODAY, true))).toEqual([
      'governance.committeeExists',
    ]);
    expect(
      codes(
        checkCommittee(
          {
            kind: 'property',
            members: [...members, { name: '李', kind: 'resident' }, { name: '', kind: 'resident' }],
          },
          TODAY,
        ),
      ),
    ).toEqual(['governance.memberTwice', 'governance.memberNameRequired']);
  });
  it('flags a community missing committees unless it is exempt', () => {
    const c = (kind: Committee['kind'], code: string): Committee => ({
      id: kind + code,
      orgPath: `110105/110105021/${code}`,
      kind,
      members,
    });
    const all = (
      [
        'coGovernance',
        'securityMediation',
        'publicHealth',
        'welfare',
        'cultureEducation',
        'property',
      ] as const
    ).map((k) => c(k, '110105021001'));
    const standings = committeeStandings(
      ['110105021001', '110105021002', '110105021003'],
      [...all, c('property', '110105021002')],
      [{ id: 'e', orgPath: '110105/110105021/110105021003', reason: '小社区', since: '2020-01-01' }],
    );
    expect(standings.map((s) => [s.missing.length, s.flagged])).toEqual([
      [0, false],
      [5, true],
      [6, false],
    ]);
    expect(standings[2]!.exemption?.reason).toBe('小社区');
  });
});

describe('demonstration points', () => {
  const point = (over: Partial<DemoPoint> = {}): DemoPoint => {
    const checked = checkDemoPoint(
      { kind: 'consultation', year: 2020, criteria: '有议事厅', appliedOn: '2020-03-01' },
      TODAY,
    );
    if (!checked.ok) throw new Error('fixture');
    return { id: 'p', orgPath: COMMUNITY, ...checked.value, ...over };
  };
  it('a 楼门院 point names its place', () => {
    expect(
      codes(checkDemoPoint({ kind: 'placeGovernance', year: 2020, criteria: 'x', appliedOn: TODAY }, TODAY)),
    ).toEqual(['governance.placeRequired']);
  });
  it('moves applied → building → accepted, keeps each change, and a revoked point stays revoked', () => {
    const b = changeStatus(point(), { to: 'building', on: '2020-04-01' }, TODAY);
    expect(b.ok).toBe(true);
    if (!b.ok) return;
    const a = changeStatus(point(b.value), { to: 'accepted', on: '2020-06-01', note: '验收' }, TODAY);
    expect(a.ok && a.value.history.map((h) => h.status)).toEqual(['applied', 'building', 'accepted']);
    expect(codes(changeStatus(point(), { to: 'accepted', on: TODAY }, TODAY))).toEqual([
      'governance.statusNotAllowed',
    ]);
    expect(codes(changeStatus(point(b.value), { to: 'accepted', on: '2020-03-31' }, TODAY))).toEqual([
      'governance.beforeLastChange',
    ]);
    expect(codes(changeStatus(point(), { to: 'revoked', on: TODAY }, TODAY))).toEqual([
      'governance.reasonRequired',
    ]);
    expect(codes(changeStatus(point({ status: 'revoked' }), { to: 'building', on: TODAY }, TODAY))).toEqual([
      'governance.statusNotAllowed',
    ]);
  });
  it('counts accepted points of the target year against the city target; revoked ones do not count', () => {
    const points = [
      point({ id: '1', status: 'accepted' }),
      point({ id: '2', status: 'building' }),
      point({ id: '3', status: 'revoked' }),
      point({ id: '4', status: 'accepted', year: 2019 }),
      point({ id: '5', status: 'accepted', kind: 'placeGovernance', placeId: 'x' }),
      point({ id: '6', status: 'accepted', deleted: true }),
    ];
    expect(demoPointProgress(points, 'consultation')).toEqual({
      kind: 'consultation',
      year: 2020,
      target: 100,
      accepted: 1,
      underway: 1,
      ratio: 0.01,
    });
    expect(demoPointProgress(points, 'placeGovernance')).toMatchObject({ target: 300, accepted: 1 });
  });
});
