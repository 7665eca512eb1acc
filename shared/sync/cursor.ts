/**
 * The pull cursor. Clients treat it as opaque and store it after every page they apply, in
 * the same transaction, so an interrupted sync resumes where it stopped. It names the server
 * and the scope it was made for: a cursor of another server or scope starts over (reset).
 *
 * - `snapshot`: the first load of a scope, in key order (orgPath, table, id) up to `seq`,
 *   the server's change counter when the snapshot began; then `changes` from `seq` on.
 * - `changes`: every row whose revision is above `seq`. Revisions come from one counter row
 *   that each push holds locked until it commits, so they appear in commit order and a
 *   cursor never passes a row that is still to commit.
 */
export type PullCursor =
  | {
      phase: 'snapshot';
      server: string;
      scope: string;
      seq: number;
      /** Key of the last row sent; null before the first page. */
      after: [orgPath: string, table: string, id: string] | null;
      done: number;
      total: number;
    }
  | { phase: 'changes'; server: string; scope: string; seq: number };

const SEP = '~';

export function encodeCursor(c: PullCursor): string {
  if (c.phase === 'changes') return ['c', c.seq, c.server, c.scope].join(SEP);
  return ['s', c.seq, c.server, c.scope, c.done, c.total, ...(c.after ?? ['', '', ''])].join(SEP);
}

const count = (text: string | undefined) => {
  const n = Number(text);
  return Number.isSafeInteger(n) && n >= 0 ? n : null;
};

/** The cursor a string holds, or null when it is not one (the server answers 400). */
export function decodeCursor(text: string): PullCursor | null {
  const parts = text.split(SEP);
  const seq = count(parts[1]);
  const server = parts[2];
  const scope = parts[3];
  if (seq === null || server === undefined || scope === undefined) return null;
  if (parts[0] === 'c' && parts.length === 4) return { phase: 'changes', server, scope, seq };
  if (parts[0] === 's' && parts.length === 9) {
    const done = count(parts[4]);
    const total = count(parts[5]);
    if (done === null || total === null) return null;
    const [orgPath, table, id] = parts.slice(6) as [string, string, string];
    return {
      phase: 'snapshot',
      server,
      scope,
      seq,
      done,
      total,
      after: table === '' ? null : [orgPath, table, id],
    };
  }
  return null;
}

/** The change counter a cursor has reached: a later bundle or pull has a higher one. */
export function cursorSeq(text: string): number {
  const c = decodeCursor(text);
  return c?.phase === 'changes' ? c.seq : 0;
}
