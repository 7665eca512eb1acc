import { describe, expect, it } from 'vitest';
import { inLoadOrder, type DemoExtra } from './demo-loader';

const extra = (name: string, after?: string[]): DemoExtra => ({
  name,
  after,
  load: () => Promise.resolve({}),
});

describe('demo extras load order', () => {
  it('keeps folder order, but an extra naming another in `after` loads after it', () => {
    const order = inLoadOrder([
      extra('coordinators'),
      extra('governance', ['tickets']),
      extra('lists'),
      extra('tickets'),
      extra('whistles'),
    ]).map((e) => e.name);
    expect(order).toEqual(['coordinators', 'lists', 'tickets', 'governance', 'whistles']);
  });
  it('ignores a name that is not there, and does not loop on a cycle', () => {
    expect(inLoadOrder([extra('a', ['missing']), extra('b')]).map((e) => e.name)).toEqual(['a', 'b']);
    expect(inLoadOrder([extra('a', ['b']), extra('b', ['a'])]).map((e) => e.name)).toEqual(['a', 'b']);
  });
});
