import { describe, expect, it } from 'vitest';
import { normaliseAddress } from '../tickets/address';
import { ratesOf } from '../tickets/rates';
import { generateStreetTickets, type DemoTicketPlace } from './tickets';

const STREET = '110105/110105021';
function places(): DemoTicketPlace[] {
  const out: DemoTicketPlace[] = [];
  for (const compound of ['南新园', '双龙南里', '东四三条']) {
    for (let b = 1; b <= 30; b++) {
      const id = `${compound}-${b}`;
      const address = `朝阳区${compound}${b}号楼`;
      const orgPath = `${STREET}/110105021001`;
      out.push({ id, name: `${compound}${b}号楼`, address, orgPath, type: 'building', residents: 120 });
      for (let u = 1; u <= 3; u++)
        out.push({
          id: `${id}-${u}`,
          name: `${compound}${b}号楼${u}单元`,
          address: `${address}${u}单元`,
          orgPath,
          type: 'gate',
          residents: 40,
        });
    }
  }
  return out;
}

describe('demo tickets', () => {
  let n = 0;
  const tickets = generateStreetTickets(7, STREET, places(), '2026-11-01', () => `t${n++}`);
  const byId = new Map(places().map((p) => [p.id, p]));

  it('gives a street about a quarter of a ticket per resident a year, over the past year', () => {
    expect(tickets.length).toBe(Math.round(90 * 120 * 0.25));
    const times = tickets.map((t) => Date.parse(t.receivedAt));
    expect(Math.min(...times)).toBeGreaterThanOrEqual(Date.parse('2025-11-01T00:00:00+08:00'));
    expect(Math.max(...times)).toBeLessThan(Date.parse('2026-11-01T00:00:00+08:00'));
  });

  it('locates most addresses, and each one where its words say', () => {
    const linked = tickets.filter((t) => t.placeId);
    expect(linked.length / tickets.length).toBeGreaterThan(0.85);
    for (const t of linked) {
      const place = byId.get(t.placeId!)!;
      expect(normaliseAddress(t.address).key.startsWith(normaliseAddress(place.address).key), t.address).toBe(
        true,
      );
      expect(t.orgPath).toBe(place.orgPath);
    }
    expect(
      tickets.filter((t) => t.linkStatus === 'vague' || t.linkStatus === 'unregistered').length,
    ).toBeGreaterThan(0);
  });

  it('resolves and satisfies more as the year goes on', () => {
    const sorted = [...tickets].sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : 1));
    const first = ratesOf(sorted.slice(0, sorted.length / 4));
    const last = ratesOf(sorted.slice((sorted.length * 3) / 4));
    expect(first.resolutionRate!).toBeGreaterThan(0.45);
    expect(last.resolutionRate!).toBeGreaterThan(first.resolutionRate! + 0.1);
    expect(last.satisfactionRate!).toBeGreaterThan(first.satisfactionRate!);
  });
});
