import { describe, expect, it } from 'vitest';
import type { Ticket } from '../model/ticket';
import { callStatus } from '../whistles/rules';
import { generateStreetWhistles } from './whistles';

const NOW = Date.parse('2026-11-25T18:00:00+08:00');
const tickets: Ticket[] = Array.from({ length: 3_000 }, (_, i) => ({
  id: `t${i}`,
  orgPath: '110105/110105001/110105001001',
  number: `G${i}`,
  source: 'hotline',
  kind: i % 2 ? 'complaint' : 'consultation',
  content: '楼道堆物',
  address: '某小区1号楼',
  receivedAt: new Date(NOW - (i % 365) * 86_400_000).toISOString(),
  urgent: false,
  state: 'closed',
  linkStatus: 'vague',
}));
let n = 0;
const newId = () => `id${n++}`;

describe('demo whistles', () => {
  it('gives about 4 events per 1,000 tickets, each led by a ticket, the newest two open and one department overdue', () => {
    const demo = generateStreetWhistles(1, '110105/110105001', tickets, NOW, newId);
    expect(demo.whistles).toHaveLength(12);
    expect(
      demo.whistles.every((w) => w.ticketIds.length === 1 && w.blownAt <= new Date(NOW).toISOString()),
    ).toBe(true);
    const open = demo.whistles.filter((w) => w.state === 'open');
    expect(open).toHaveLength(2);
    expect(open.every((w) => w.closedAt === undefined)).toBe(true);
    const statuses = demo.calls
      .filter((c) => open.some((w) => w.id === c.whistleId))
      .map((c) =>
        callStatus(
          c,
          open.find((w) => w.id === c.whistleId)!,
          NOW,
        ),
      );
    expect(statuses).toContain('overdue');
    // Closed events are evaluated; every call names a unit of the street.
    const units = new Set(demo.responders.map((r) => r.id));
    expect(demo.calls.every((c) => units.has(c.responderId))).toBe(true);
  });

  it('is the same for the same seed', () => {
    const a = generateStreetWhistles(7, '110105/110105001', tickets, NOW, () => 'x');
    const b = generateStreetWhistles(7, '110105/110105001', tickets, NOW, () => 'x');
    expect(a.whistles.map((w) => w.blownAt)).toEqual(b.whistles.map((w) => w.blownAt));
  });
});
