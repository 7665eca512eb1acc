import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  fitBoundsToDisplays,
  parseWindowState,
  serializeWindowState,
  windowStateFile,
  type Rect,
} from './window-state';

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('fitBoundsToDisplays', () => {
  it('keeps a window that already fits', () => {
    const saved = { x: 100, y: 50, width: 1280, height: 800 };
    expect(fitBoundsToDisplays(saved, [laptop])).toEqual(saved);
  });

  it('keeps a window on the second monitor while that monitor is there', () => {
    const saved = { x: 2200, y: 100, width: 1600, height: 1000 };
    expect(fitBoundsToDisplays(saved, [laptop, rightMonitor])).toEqual(saved);
  });

  it('moves a window left on an unplugged monitor back onto the primary display', () => {
    const saved = { x: 2200, y: 100, width: 1280, height: 800 };
    const fitted = fitBoundsToDisplays(saved, [laptop]);
    expect(fitted).toEqual({ x: 320, y: 120, width: 1280, height: 800 });
  });

  it('moves a window hanging off the edge fully onto the screen', () => {
    const saved = { x: -300, y: 900, width: 1280, height: 800 };
    expect(fitBoundsToDisplays(saved, [laptop])).toEqual({ x: 0, y: 240, width: 1280, height: 800 });
  });

  it('shrinks a window larger than the screen', () => {
    const saved = { x: 0, y: 0, width: 2560, height: 1400 };
    expect(fitBoundsToDisplays(saved, [{ x: 0, y: 0, width: 1366, height: 728 }])).toEqual({
      x: 0,
      y: 0,
      width: 1366,
      height: 728,
    });
  });

  it('respects a work area that does not start at 0 (a taskbar on the left or top)', () => {
    const area = { x: 60, y: 30, width: 1860, height: 1050 };
    expect(fitBoundsToDisplays({ x: 0, y: 0, width: 800, height: 600 }, [area])).toEqual({
      x: 60,
      y: 30,
      width: 800,
      height: 600,
    });
  });

  it('centres the default size when nothing was saved', () => {
    expect(fitBoundsToDisplays(null, [laptop])).toEqual({
      x: (1920 - DEFAULT_SIZE.width) / 2,
      y: (1040 - DEFAULT_SIZE.height) / 2,
      ...DEFAULT_SIZE,
    });
  });

  it('leaves the bounds alone when no display is known', () => {
    expect(fitBoundsToDisplays(null, [])).toBeNull();
  });
});

describe('parseWindowState', () => {
  it('round-trips a saved state', () => {
    const state = { bounds: { x: 10, y: 20, width: 1200, height: 700 }, maximized: true };
    expect(parseWindowState(serializeWindowState(state))).toEqual(state);
  });

  it.each([
    null,
    '',
    '{',
    '[]',
    '{"bounds":{"x":0,"y":0,"width":-5,"height":10},"maximized":false}',
    '{"bounds":{"x":"a"}}',
  ])('ignores %j', (text) => {
    expect(parseWindowState(text)).toBeNull();
  });
});

describe('windowStateFile', () => {
  it('loads null before the first save, then what was saved, leaving no temporary file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'window-state-'));
    try {
      const file = windowStateFile(path.join(dir, 'window-state.json'));
      expect(file.load()).toBeNull();
      const state = { bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: false };
      file.save(state);
      expect(file.load()).toEqual(state);
      expect(readdirSync(dir)).toEqual(['window-state.json']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
