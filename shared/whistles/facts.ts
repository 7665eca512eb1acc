import type { Whistle, WhistleCall } from '../model/whistle';

/**
 * What the 吹哨报到 overview and the 吹哨率 need of an event and of a call (overview.ts). The
 * local catalog keeps exactly this per record, so a district-year's overview (5,000 events,
 * 15,000 calls) reads no rows; a figure that needs more must add it here.
 */
export type WhistleFacts = Pick<
  Whistle,
  'id' | 'orgPath' | 'blownAt' | 'reportWithinMin' | 'closedAt' | 'deleted'
>;

export type CallFacts = Pick<
  WhistleCall,
  'id' | 'orgPath' | 'whistleId' | 'responderId' | 'arrivedAt' | 'deleted'
> & {
  evaluation?: Pick<NonNullable<WhistleCall['evaluation']>, 'timeliness' | 'attitude' | 'result'>;
};

/** The facts of an event row, with no key for what it lacks. */
export function whistleFactsOf(w: WhistleFacts): WhistleFacts {
  const facts: WhistleFacts = {
    id: w.id,
    orgPath: w.orgPath,
    blownAt: w.blownAt,
    reportWithinMin: w.reportWithinMin,
  };
  if (w.closedAt) facts.closedAt = w.closedAt;
  if (w.deleted) facts.deleted = true;
  return facts;
}

export function callFactsOf(c: CallFacts): CallFacts {
  const facts: CallFacts = {
    id: c.id,
    orgPath: c.orgPath,
    whistleId: c.whistleId,
    responderId: c.responderId,
  };
  if (c.arrivedAt) facts.arrivedAt = c.arrivedAt;
  if (c.evaluation) {
    const { timeliness, attitude, result } = c.evaluation;
    facts.evaluation = { timeliness, attitude, result };
  }
  if (c.deleted) facts.deleted = true;
  return facts;
}
