import { canWriteTable, type SessionUser } from '@shared/auth/roles';
import type { AssessmentRound, AssessmentScore, RoundSnapshot, RoundStatus } from '@shared/model/assessment';
import { isInScope } from '@shared/org/codes';
import { depthOf } from '@shared/org/paths';
import { ORG_DEPTH } from '@shared/model/org';
import { isFrozen, validateRound, validateScore, type RoundInput } from '@shared/assessment/round';
import type { StreetDeskDb } from '../../db';
import { putRecord } from '../../db/records';
import { deleteRecords } from '../../db/references';
import { InputError, RefusedError } from '../../app/input-error';
import { computeRound, type Progress } from './compute-round';

type Actor = Pick<SessionUser, 'role' | 'displayName'>;

function mayWrite(actor: Actor) {
  if (!canWriteTable(actor.role, 'assessmentRounds')) throw new RefusedError('errors.assessment.notWritable');
}

function notFrozen(round: AssessmentRound) {
  if (isFrozen(round)) throw new RefusedError('errors.assessment.frozen');
}

/** Rounds run by the scope or by any unit above it (a district's round covers its streets). */
export async function roundsIn(db: StreetDeskDb, scope: string): Promise<AssessmentRound[]> {
  const rounds = await db.assessmentRounds.toArray();
  return rounds
    .filter((r) => !r.deleted && (isInScope(r.orgPath, scope) || isInScope(scope, r.orgPath)))
    .sort((a, b) => b.year - a.year || b.period.localeCompare(a.period) || a.name.localeCompare(b.name));
}

/** A street or a district runs a round over its communities. */
export const mayRunRound = (scope: string) =>
  depthOf(scope) === ORG_DEPTH.street || depthOf(scope) === ORG_DEPTH.district;

/** Creates a draft round for the scope, or changes a draft's definition. */
export async function saveRound(
  db: StreetDeskDb,
  input: RoundInput,
  scope: string,
  actor: Actor,
  existingId?: string,
): Promise<AssessmentRound> {
  mayWrite(actor);
  const checked = validateRound(input);
  if (!checked.ok) throw InputError.fromIssues(checked.issues);
  const existing = existingId ? await db.assessmentRounds.get(existingId) : undefined;
  if (existing) notFrozen(existing);
  else if (!mayRunRound(scope)) throw new RefusedError('errors.assessment.scopeStreet');
  const now = new Date().toISOString();
  return putRecord(
    db.assessmentRounds,
    {
      ...checked.value,
      orgPath: existing?.orgPath ?? scope,
      status: existing?.status ?? 'draft',
      history: existing?.history ?? [{ status: 'draft', on: now, by: actor.displayName }],
    },
    existingId,
  );
}

/**
 * Moves a round along draft ⇄ review → published. Publishing freezes `snapshot`, the results as
 * computed now: a published round shows them whatever the data does later, and changes no more.
 */
export async function moveRound(
  db: StreetDeskDb,
  id: string,
  to: RoundStatus,
  actor: Actor,
  snapshot?: RoundSnapshot,
): Promise<AssessmentRound> {
  mayWrite(actor);
  return db.transaction('rw', db.assessmentRounds, async () => {
    const round = await db.assessmentRounds.get(id);
    if (!round) throw new RefusedError('errors.assessment.notFound');
    notFrozen(round);
    if (to === 'published' && (round.status !== 'review' || !snapshot))
      throw new RefusedError('errors.assessment.notComputed');
    const moved: AssessmentRound = {
      ...round,
      status: to,
      history: [...round.history, { status: to, on: new Date().toISOString(), by: actor.displayName }],
      ...(to === 'published' ? { snapshot } : {}),
    };
    await db.assessmentRounds.put(moved);
    return moved;
  });
}

/** Computes the round afresh and publishes it with what was computed. */
export async function publishRound(
  db: StreetDeskDb,
  round: AssessmentRound,
  actor: Actor,
  progress?: Progress,
): Promise<AssessmentRound> {
  notFrozen(round);
  const computed = await computeRound(db, round, progress);
  return moveRound(db, round.id, 'published', actor, {
    computedAt: computed.computedAt,
    communities: computed.communities,
  });
}

/** A round and its entered scores go together; a published one is kept. */
export async function deleteRound(db: StreetDeskDb, round: AssessmentRound, actor: Actor): Promise<void> {
  mayWrite(actor);
  notFrozen(round);
  await deleteRecords(db, 'assessmentRounds', [round.id]);
}

/** Enters (or corrects) one community's score on an entered indicator, with its reason. */
export async function saveScore(
  db: StreetDeskDb,
  round: AssessmentRound,
  target: { communityCode: string; communityPath: string; indicatorId: string },
  input: { score: number | null | undefined; reason: string },
  actor: Actor,
): Promise<AssessmentScore> {
  if (!canWriteTable(actor.role, 'assessmentScores')) throw new RefusedError('errors.assessment.notWritable');
  const fresh = await db.assessmentRounds.get(round.id);
  notFrozen(fresh ?? round);
  const checked = validateScore(input);
  if (!checked.ok) throw InputError.fromIssues(checked.issues);
  const existing = (await db.assessmentScores.where('roundId').equals(round.id).toArray()).find(
    (s) => !s.deleted && s.communityCode === target.communityCode && s.indicatorId === target.indicatorId,
  );
  return putRecord(
    db.assessmentScores,
    {
      orgPath: target.communityPath,
      roundId: round.id,
      communityCode: target.communityCode,
      indicatorId: target.indicatorId,
      score: checked.value.score,
      reason: checked.value.reason,
      enteredAt: new Date().toISOString(),
      enteredBy: actor.displayName,
    },
    existing?.id,
  );
}
