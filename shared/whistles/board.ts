import type { Whistle, WhistleCall } from '../model/whistle';
import { boardRank, byBoardOrder, tallyOf, type EventTally } from './overview';

export interface BoardRow {
  id: string;
  whistle: Whistle;
  calls: WhistleCall[];
  tally: EventTally;
  rank: number;
}

/** The open-events board: each event with how its departments stand now, late ones first. */
export function boardRows(
  whistles: readonly Whistle[],
  calls: readonly WhistleCall[],
  now: number,
): BoardRow[] {
  const byWhistle = new Map<string, WhistleCall[]>();
  for (const call of calls) {
    const list = byWhistle.get(call.whistleId);
    if (list) list.push(call);
    else byWhistle.set(call.whistleId, [call]);
  }
  return whistles
    .filter((w) => !w.deleted)
    .map((whistle) => {
      const own = byWhistle.get(whistle.id) ?? [];
      const tally = tallyOf(whistle, own, now);
      return { id: whistle.id, whistle, calls: own, tally, rank: boardRank(whistle, tally) };
    })
    .sort(byBoardOrder);
}
