import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, fake, resetElectronMock } from '../electron-mock';

vi.mock('electron', async () => (await import('../electron-mock')).electronModule);

const {
  BACKGROUND_COLORS,
  createMainWindow,
  getMainWindow,
  mainWindowOptions,
  preloadPath,
  showMainWindow,
} = await import('../../../../electron/main/window');
const { DEFAULT_WINDOW_STATE } = await import('../../../../electron/main/window-state');

function onlyWindow(): FakeBrowserWindow {
  expect(FakeBrowserWindow.instances).toHaveLength(1);
  const [win] = FakeBrowserWindow.instances;
  if (!win) throw new Error('no window');
  return win;
}

beforeEach(() => {
  resetElectronMock();
  delete process.env.ELECTRON_RENDERER_URL;
});

afterEach(() => {
  // window.ts keeps the main window until it closes; close them all between cases.
  for (const win of FakeBrowserWindow.instances) win.emit('closed');
  delete process.env.ELECTRON_RENDERER_URL;
});

describe('mainWindowOptions', () => {
  const options = mainWindowOptions({
    state: DEFAULT_WINDOW_STATE,
    preload: '/app/out/preload/index.cjs',
    dark: false,
  });

  it('isolates and sandboxes the renderer', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: true,
    });
  });

  it('is titled Shortlist, hidden until ready, with a minimum size', () => {
    expect(options).toMatchObject({ title: 'Shortlist', show: false });
    expect(options.minWidth).toBeGreaterThanOrEqual(640);
    expect(options.minHeight).toBeGreaterThanOrEqual(400);
    expect(options).not.toHaveProperty('x');
  });

  it('matches the background to the OS theme', () => {
    expect(options.backgroundColor).toBe(BACKGROUND_COLORS.light);
    const dark = mainWindowOptions({ state: DEFAULT_WINDOW_STATE, preload: 'p', dark: true });
    expect(dark.backgroundColor).toBe(BACKGROUND_COLORS.dark);
  });

  it('places the window where it was', () => {
    const state = { x: 5, y: 6, width: 900, height: 700, isMaximized: false };
    expect(mainWindowOptions({ state, preload: 'p', dark: false })).toMatchObject({
      x: 5,
      y: 6,
      width: 900,
      height: 700,
    });
  });
});

describe('preloadPath', () => {
  it('points at the CommonJS preload next to the main bundle', () => {
    expect(preloadPath()).toMatch(/[/\\]preload[/\\]index\.cjs$/);
  });
});

describe('createMainWindow', () => {
  it('creates a secure window with the preload and loads app://shortlist/', () => {
    const created = createMainWindow();
    const win = onlyWindow();
    expect(win).toBe(created);
    expect(win.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      preload: expect.stringMatching(/index\.cjs$/) as unknown,
    });
    expect(win.loadURL).toHaveBeenCalledWith('app://shortlist/index.html');
    expect(getMainWindow()).toBe(win);
  });

  it('loads the dev server in development', () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
    createMainWindow();
    expect(onlyWindow().loadURL).toHaveBeenCalledWith('http://localhost:5173');
  });

  it('never loads the dev server URL in a packaged app', () => {
    process.env.ELECTRON_RENDERER_URL = 'https://evil.com';
    fake.app.isPackaged = true;
    createMainWindow();
    expect(onlyWindow().loadURL).toHaveBeenCalledWith('app://shortlist/index.html');
  });

  it('shows the window on ready-to-show, maximized when it was', () => {
    writeFileSync(
      join(fake.app.getPath('userData'), 'window-state.json'),
      JSON.stringify({ x: 10, y: 10, width: 1000, height: 700, isMaximized: true }),
    );
    createMainWindow();
    const win = onlyWindow();
    expect(win.options).toMatchObject({ x: 10, y: 10, width: 1000, height: 700 });
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.maximize).toHaveBeenCalled();
    expect(win.show).toHaveBeenCalled();
  });

  it('saves its state on close and forgets the window once closed', () => {
    createMainWindow();
    const win = onlyWindow();
    win.emit('close');
    win.emit('closed');
    expect(getMainWindow()).toBeNull();
    expect(fake.app.getPath).toHaveBeenCalledWith('userData');
  });

  it('follows the OS theme while open', () => {
    createMainWindow();
    const win = onlyWindow();
    fake.nativeTheme.shouldUseDarkColors = true;
    fake.nativeTheme.emit('updated');
    expect(win.setBackgroundColor).toHaveBeenCalledWith(BACKGROUND_COLORS.dark);
    win.emit('closed');
    expect(fake.nativeTheme.listenerCount('updated')).toBe(0);
  });

  it('logs, rather than crashes, when the page fails to load', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    FakeBrowserWindow.nextLoadError = new Error('ERR_FILE_NOT_FOUND');
    createMainWindow();
    await vi.waitFor(() => {
      expect(error).toHaveBeenCalledWith('Could not load the Shortlist window:', expect.any(Error));
    });
    error.mockRestore();
  });
});

describe('showMainWindow', () => {
  it('creates the window once, then restores and focuses it', () => {
    const shown = showMainWindow();
    expect(showMainWindow()).toBe(shown);
    const win = onlyWindow();
    win.minimized = true;
    showMainWindow();
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });
});
