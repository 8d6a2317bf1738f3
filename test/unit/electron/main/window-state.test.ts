import type { BrowserWindow } from 'electron';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, resetElectronMock } from '../electron-mock';

vi.mock('electron', async () => (await import('../electron-mock')).electronModule);

const {
  DEFAULT_WINDOW_STATE,
  MIN_WINDOW_SIZE,
  captureWindowState,
  fitToDisplays,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  trackWindowState,
} = await import('../../../../electron/main/window-state');

const screen = { x: 0, y: 0, width: 1920, height: 1040 };
const rightScreen = { x: 1920, y: 0, width: 1280, height: 1000 };
let dir: string;
let file: string;

beforeEach(() => {
  resetElectronMock();
  dir = mkdtempSync(join(tmpdir(), 'shortlist-window-state-'));
  file = join(dir, 'window-state.json');
});

describe('load and save', () => {
  it('gives the defaults on first launch', () => {
    expect(loadWindowState(file, [screen])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('round-trips a saved state', () => {
    const state = { x: 100, y: 80, width: 1000, height: 700, isMaximized: true };
    expect(saveWindowState(file, state)).toBe(true);
    expect(loadWindowState(file, [screen])).toEqual(state);
    expect(existsSync(`${file}.tmp`)).toBe(false);
  });

  it('creates the data folder when missing', () => {
    const nested = join(dir, 'a', 'b', 'window-state.json');
    expect(saveWindowState(nested, DEFAULT_WINDOW_STATE)).toBe(true);
    expect(JSON.parse(readFileSync(nested, 'utf8'))).toEqual(DEFAULT_WINDOW_STATE);
  });

  it.each([
    ['corrupt JSON', '{"width": 1000, "height":'],
    ['an empty file', ''],
    ['binary junk', '\u0000\u0001\u0002'],
    ['JSON null', 'null'],
    ['an array', '[1,2,3]'],
    ['strings for numbers', '{"width":"1000","height":"700"}'],
    ['a negative size', '{"width":-5,"height":700}'],
    ['fractions', '{"width":1000.5,"height":700}'],
    ['NaN-like values', '{"width":1e999,"height":700}'],
    ['a missing height', '{"width":1000}'],
  ])('falls back to the defaults for %s', (_label, content) => {
    writeFileSync(file, content);
    expect(loadWindowState(file, [screen])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('falls back to the defaults when the path is a folder', () => {
    expect(loadWindowState(dir, [screen])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('reports a failed save as false', () => {
    vi.spyOn(console, 'warn').mockImplementationOnce(() => undefined);
    writeFileSync(join(dir, 'blocker'), 'a file where a folder should be');
    expect(saveWindowState(join(dir, 'blocker', 'window-state.json'), DEFAULT_WINDOW_STATE)).toBe(
      false,
    );
  });

  it('tolerates unknown keys and a missing isMaximized', () => {
    expect(parseWindowState({ width: 900, height: 600, future: 1 })).toEqual({
      width: 900,
      height: 600,
      isMaximized: false,
    });
  });
});

describe('fitToDisplays', () => {
  it('keeps a window that is fully visible', () => {
    const state = { x: 10, y: 10, width: 800, height: 600, isMaximized: false };
    expect(fitToDisplays(state, [screen])).toEqual(state);
  });

  it('centers a window whose display is gone, keeping its size', () => {
    const state = { x: 5000, y: 4000, width: 900, height: 700, isMaximized: false };
    expect(fitToDisplays(state, [screen])).toEqual({ width: 900, height: 700, isMaximized: false });
  });

  it('pulls a half-visible window fully onto its display', () => {
    const state = { x: 1500, y: 500, width: 1000, height: 800, isMaximized: false };
    expect(fitToDisplays(state, [screen])).toEqual({
      x: 920,
      y: 240,
      width: 1000,
      height: 800,
      isMaximized: false,
    });
  });

  it('chooses the display the window mostly covers', () => {
    const state = { x: 1800, y: 100, width: 1000, height: 700, isMaximized: false };
    expect(fitToDisplays(state, [screen, rightScreen])).toMatchObject({ x: 1920, y: 100 });
  });

  it('shrinks a window larger than the display and enforces the minimum size', () => {
    const huge = { x: 0, y: 0, width: 5000, height: 3000, isMaximized: false };
    expect(fitToDisplays(huge, [screen])).toMatchObject({ width: 1920, height: 1040 });
    const tiny = { width: 10, height: 10, isMaximized: false };
    expect(fitToDisplays(tiny, [screen])).toMatchObject(MIN_WINDOW_SIZE);
  });

  it('drops the position when no display is known', () => {
    const state = { x: 10, y: 10, width: 800, height: 600, isMaximized: true };
    expect(fitToDisplays(state, [])).toEqual({ width: 800, height: 600, isMaximized: true });
  });
});

describe('tracking a window', () => {
  it('saves the normal bounds and maximized flag on close', () => {
    const win = new FakeBrowserWindow({});
    win.maximized = true;
    win.normalBounds = { x: 12, y: 34, width: 1111, height: 777 };
    trackWindowState(win as unknown as BrowserWindow, file);
    win.emit('close');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      x: 12,
      y: 34,
      width: 1111,
      height: 777,
      isMaximized: true,
    });
    expect(captureWindowState(win)).toMatchObject({ isMaximized: true });
  });
});
