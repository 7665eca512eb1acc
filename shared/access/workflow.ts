import type { AccessRequest, AccessStatus, AccessStep } from '../model/lists';
import { cleanProse } from '../validation/text';
import type { Checked } from '../validation/issue';
import { beijingDate } from './dates';

/**
 * The 准入 procedure as Xicheng practises it (DOMAIN.md): 申请 → 审批 → 准入 → 撤销, here
 * 草稿 → 已提交 → 准入 / 不予准入 / 退回补充 → 撤销. Every step records who, when and why.
 */
export type AccessAction = 'submit' | 'admit' | 'refuse' | 'return' | 'revoke';

interface Transition {
  from: readonly AccessStatus[];
  to: AccessStatus;
  /** A refusal, a return or a revocation must say why: the requester acts on it. */
  reasonRequired: boolean;
}

const TRANSITIONS: Record<AccessAction, Transition> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', reasonRequired: false },
  admit: { from: ['submitted'], to: 'admitted', reasonRequired: false },
  refuse: { from: ['submitted'], to: 'refused', reasonRequired: true },
  return: { from: ['submitted'], to: 'returned', reasonRequired: true },
  revoke: { from: ['admitted'], to: 'revoked', reasonRequired: true },
};

export const ACCESS_ACTIONS = Object.keys(TRANSITIONS) as AccessAction[];

export function availableActions(status: AccessStatus): AccessAction[] {
  return ACCESS_ACTIONS.filter((a) => TRANSITIONS[a].from.includes(status));
}

/** The requester may change a request only before review or when it came back for more. */
export const isEditableRequest = (status: AccessStatus) => status === 'draft' || status === 'returned';

export interface Actor {
  /** ISO timestamp. */
  at: string;
  by: string;
  byId?: string;
}

/**
 * Applies one step. Admitting a request that fails automatic checks is the reviewer's call,
 * but it must then say why (the reason goes into the 决定书), so `failedChecks` makes the
 * reason required.
 */
export function applyAction(
  request: AccessRequest,
  action: AccessAction,
  actor: Actor,
  reason?: string,
  failedChecks = 0,
): Checked<AccessRequest> {
  const t = TRANSITIONS[action];
  if (!t.from.includes(request.status))
    return { ok: false, issues: [{ field: 'status', code: 'access.workflow.notAllowed' }] };
  const why = cleanProse(reason);
  if (why === '' && t.reasonRequired)
    return { ok: false, issues: [{ field: 'reason', code: 'access.workflow.reasonRequired' }] };
  if (why === '' && action === 'admit' && failedChecks > 0)
    return {
      ok: false,
      issues: [{ field: 'reason', code: 'access.workflow.overrideReason', values: { count: failedChecks } }],
    };
  const step: AccessStep = { status: t.to, at: actor.at, by: actor.by };
  if (actor.byId) step.byId = actor.byId;
  if (why) step.reason = why;
  return { ok: true, value: { ...request, status: t.to, history: [...request.history, step] } };
}

export interface RedirectInput {
  kind: 'coordinators' | 'thirdParty';
  receiver: string;
  note?: string;
}

/**
 * Sends refused (or revoked) work to the coordinators moved down to the street or to a
 * purchased third-party service (seed), keeping the link on the request.
 */
export function redirectRequest(
  request: AccessRequest,
  input: RedirectInput,
  actor: Actor,
): Checked<AccessRequest> {
  if (request.status !== 'refused' && request.status !== 'revoked')
    return { ok: false, issues: [{ field: 'status', code: 'access.redirect.notRefused' }] };
  const receiver = cleanProse(input.receiver);
  if (receiver === '')
    return { ok: false, issues: [{ field: 'receiver', code: 'access.redirect.receiverRequired' }] };
  const note = cleanProse(input.note);
  const redirectedTo: NonNullable<AccessRequest['redirectedTo']> = {
    kind: input.kind,
    receiver,
    at: actor.at,
    by: actor.by,
    assignmentIds: request.redirectedTo?.assignmentIds ?? [],
  };
  if (note) redirectedTo.note = note;
  return { ok: true, value: { ...request, redirectedTo } };
}

/** The date (Beijing) of the step a status was last entered, if ever. */
export function lastStepDate(
  request: Pick<AccessRequest, 'history'>,
  status: AccessStatus,
): string | undefined {
  const step = [...request.history].reverse().find((s) => s.status === status);
  return step && beijingDate(step.at);
}

/** The step that closed the latest review (准入, 不予准入 or 退回补充), if it is closed. */
export function reviewDecision(request: Pick<AccessRequest, 'history'>): AccessStep | undefined {
  const submitted = request.history.findLastIndex((s) => s.status === 'submitted');
  return submitted < 0 ? undefined : request.history[submitted + 1];
}
