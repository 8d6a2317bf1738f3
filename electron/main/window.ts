/**
 * The main window: its options (the security-relevant webPreferences live here and are
 * unit-tested), creation, and the single reference other features use to reach it.
 */
import { fileURLToPath } from 'node:url';
import { BrowserWindow, nativeTheme, screen } from 'electron';
import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_DISPLAY_NAME, rendererEntryUrl } from './app-origin';
import {
  MIN_WINDOW_SIZE,
  loadWindowState,
  trackWindowState,
  windowStateFile,
  type WindowState,
} from './window-state';

/** Painted before the first frame, so opening never flashes the wrong color. */
export const BACKGROUND_COLORS = { light: '#ffffff', dark: '#16181d' } as const;

let mainWindow: BrowserWindow | null = null;

/**
 * The built preload, next to the built main bundle: out/main/index.js →
 * out/preload/index.cjs (CommonJS, because sandboxed preloads cannot be ES modules).
 */
export function preloadPath(): string {
  return fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
}

/** The background color for the current OS theme. */
export function backgroundColor(dark: boolean): string {
  return dark ? BACKGROUND_COLORS.dark : BACKGROUND_COLORS.light;
}

/**
 * The main window's options. The renderer is untrusted web content: isolated from the
 * preload, sandboxed, without Node, without <webview>.
 */
export function mainWindowOptions(input: {
  state: WindowState;
  preload: string;
  dark: boolean;
}): BrowserWindowConstructorOptions {
  const { state } = input;
  return {
    title: APP_DISPLAY_NAME,
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    // Shown on 'ready-to-show', so the user never sees an empty window.
    show: false,
    backgroundColor: backgroundColor(input.dark),
    webPreferences: {
      preload: input.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  };
}

/** The main window, or null before it exists and after it closed. */
export function getMainWindow(): BrowserWindow | null {
  return mainWindow;
}

/** Creates the main window and loads the renderer (dev server or app://shortlist/). */
export function createMainWindow(): BrowserWindow {
  const state = loadWindowState(
    windowStateFile(),
    [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea),
  );
  const win = new BrowserWindow(
    mainWindowOptions({ state, preload: preloadPath(), dark: nativeTheme.shouldUseDarkColors }),
  );
  mainWindow = win;
  trackWindowState(win, windowStateFile());

  win.once('ready-to-show', () => {
    if (state.isMaximized) win.maximize();
    win.show();
  });
  const onThemeUpdated = (): void => {
    win.setBackgroundColor(backgroundColor(nativeTheme.shouldUseDarkColors));
  };
  nativeTheme.on('updated', onThemeUpdated);
  win.on('closed', () => {
    nativeTheme.off('updated', onThemeUpdated);
    if (mainWindow === win) mainWindow = null;
  });

  win.loadURL(rendererEntryUrl()).catch((error: unknown) => {
    // A failed load leaves a blank window; the log says why (e.g. the build is missing).
    console.error('Could not load the Shortlist window:', error);
  });
  return win;
}

/** Brings the main window to the front, creating it if it was closed (macOS dock). */
export function showMainWindow(): BrowserWindow {
  const win = mainWindow ?? createMainWindow();
  if (win.isMinimized()) win.restore();
  if (win.isVisible()) win.focus();
  return win;
}
