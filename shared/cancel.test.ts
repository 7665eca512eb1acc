import { describe, expect, it } from 'vitest';
import { isCancelled } from './cancel';

// shared/ compiles without DOM types: the real AbortSignal is tested where it is used
// (renderer/features/excel/batches.test.ts, export-records.test.ts, the demo loaders).
const named = (name: string) => Object.assign(new Error('stopped'), { name });

describe('isCancelled', () => {
  it('knows an abort by its name, whatever made it', () => {
    expect(isCancelled(named('AbortError'))).toBe(true);
    expect(isCancelled({ name: 'AbortError', message: 'a copy from a worker' })).toBe(true);
  });

  it('takes no other error for a cancel', () => {
    expect(isCancelled(new Error('cancelled'))).toBe(false);
    expect(isCancelled(named('TimeoutError'))).toBe(false);
    expect(isCancelled('AbortError')).toBe(false);
    expect(isCancelled(undefined)).toBe(false);
    expect(isCancelled(null)).toBe(false);
  });
});
