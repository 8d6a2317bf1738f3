/**
 * Remembers the main window's size, position and maximized state between launches, in
 * `window-state.json` in the data folder. The file is untrusted input (hand edits, a
 * crash mid-write, a display that is gone): it is validated with zod and the result is
 * fitted onto a display that exists now; anything wrong falls back to the defaults.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { app } from 'electron';
import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';

/** The smallest window the layout is designed for. */
export const MIN_WINDOW_SIZE = { width: 720, height: 480 } as const;

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);

const windowStateSchema = z.object({
  x: coordinate.optional(),
  y: coordinate.optional(),
  width: length,
  height: length,
  isMaximized: z.boolean().default(false),
});

/** Size and place of the main window; no x/y means "let Electron center it". */
export type WindowState = z.infer<typeof windowStateSchema>;

/** First launch, or a state file that could not be used. */
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, isMaximized: false };

/** Validates parsed JSON; null when it is not a window state. */
export function parseWindowState(input: unknown): WindowState | null {
  const result = windowStateSchema.safeParse(input);
  return result.success ? result.data : null;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function fitSize(state: WindowState, area: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(Math.max(state.width, MIN_WINDOW_SIZE.width), area.width),
    height: Math.min(Math.max(state.height, MIN_WINDOW_SIZE.height), area.height),
  };
}

/**
 * Fits a state onto the current displays' work areas (primary first): a window that
 * still overlaps a display is moved and shrunk to lie fully inside it; one that
 * overlaps none (a monitor was unplugged) keeps its size, fitted to the primary
 * display, and is centered. Pure.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  const primary = workAreas[0];
  if (!primary) return { width: state.width, height: state.height, isMaximized: state.isMaximized };
  if (state.x !== undefined && state.y !== undefined) {
    const bounds = { x: state.x, y: state.y, width: state.width, height: state.height };
    let best: Rectangle | undefined;
    let bestArea = 0;
    for (const area of workAreas) {
      const overlap = overlapArea(bounds, area);
      if (overlap > bestArea) {
        best = area;
        bestArea = overlap;
      }
    }
    if (best) {
      const size = fitSize(state, best);
      return {
        x: clamp(state.x, best.x, best.x + best.width - size.width),
        y: clamp(state.y, best.y, best.y + best.height - size.height),
        ...size,
        isMaximized: state.isMaximized,
      };
    }
  }
  return { ...fitSize(state, primary), isMaximized: state.isMaximized };
}

/**
 * Reads the saved state and fits it onto the displays. A missing, unreadable, corrupt
 * or invalid file gives the defaults: losing window geometry must never stop the app.
 */
export function loadWindowState(file: string, workAreas: readonly Rectangle[]): WindowState {
  let parsed: WindowState | null;
  try {
    parsed = parseWindowState(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    parsed = null;
  }
  return fitToDisplays(parsed ?? DEFAULT_WINDOW_STATE, workAreas);
}

/**
 * Writes the state atomically (temp file, then rename) so a crash mid-write leaves the
 * previous file. Returns false, after logging, when the disk refuses (full, read-only).
 */
export function saveWindowState(file: string, state: WindowState): boolean {
  const temp = `${file}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temp, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
    renameSync(temp, file);
    return true;
  } catch (error) {
    // A full disk can leave half a temp file: remove it, the old state stays in place.
    try {
      rmSync(temp, { force: true });
    } catch {
      // Nothing more to do: the next save overwrites it.
    }
    console.warn('Could not save the window state:', error);
    return false;
  }
}

/** The state to save for a window: its normal (unmaximized) bounds plus the flag. */
export function captureWindowState(
  win: Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized'>,
): WindowState {
  const { x, y, width, height } = win.getNormalBounds();
  return { x, y, width, height, isMaximized: win.isMaximized() };
}

/** Saves the window's state when it closes. */
export function trackWindowState(win: BrowserWindow, file: string): void {
  win.on('close', () => {
    saveWindowState(file, captureWindowState(win));
  });
}

/** Where the state lives: the app's data folder. */
export function windowStateFile(): string {
  return join(app.getPath('userData'), 'window-state.json');
}
