/**
 * Remembers the window's size and place between runs. A saved position can be stale: a laptop
 * unplugged from its second monitor, or a projector with a smaller screen, so saved bounds are
 * fitted onto the displays that exist now.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;
export const MIN_SIZE = { width: 960, height: 600 } as const;

const int = z.number().int().finite();
const windowStateSchema = z.object({
  bounds: z.object({ x: int, y: int, width: int.positive(), height: int.positive() }),
  maximized: z.boolean(),
});

/** The saved state, or null when the file is missing, corrupt or from an incompatible version. */
export function parseWindowState(text: string | null): WindowState | null {
  if (text === null) return null;
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function serializeWindowState(state: WindowState): string {
  return JSON.stringify(state);
}

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/** Centres a window of the default size on the primary work area (shrunk if the screen is smaller). */
export function defaultBounds(primary: Rect): Rect {
  const width = Math.min(DEFAULT_SIZE.width, primary.width);
  const height = Math.min(DEFAULT_SIZE.height, primary.height);
  return {
    x: primary.x + Math.round((primary.width - width) / 2),
    y: primary.y + Math.round((primary.height - height) / 2),
    width,
    height,
  };
}

/**
 * Places `saved` on the work area it overlaps most (the primary one, `workAreas[0]`, when it
 * overlaps none), shrinking it to fit and moving it fully inside.
 */
export function fitBoundsToDisplays(saved: Rect | null, workAreas: readonly Rect[]): Rect | null {
  const primary = workAreas[0];
  if (primary === undefined) return saved;
  if (saved === null) return defaultBounds(primary);

  let area = primary;
  let best = 0;
  for (const candidate of workAreas) {
    const overlap = overlapArea(saved, candidate);
    if (overlap > best) {
      best = overlap;
      area = candidate;
    }
  }
  if (best === 0) return defaultBounds(primary);

  const width = Math.min(saved.width, area.width);
  const height = Math.min(saved.height, area.height);
  return {
    x: clamp(saved.x, area.x, area.x + area.width - width),
    y: clamp(saved.y, area.y, area.y + area.height - height),
    width,
    height,
  };
}

/**
 * The state file in userData. Written through a temporary file and a rename so a crash or power
 * cut mid-write leaves the previous state, not half a JSON document.
 */
export function windowStateFile(filePath: string) {
  return {
    load(): WindowState | null {
      try {
        return parseWindowState(readFileSync(filePath, 'utf8'));
      } catch {
        return null;
      }
    },
    save(state: WindowState): void {
      const temporary = `${filePath}.tmp`;
      writeFileSync(temporary, serializeWindowState(state));
      renameSync(temporary, filePath);
    },
  };
}
