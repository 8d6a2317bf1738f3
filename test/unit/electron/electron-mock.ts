/**
 * A hand-written stand-in for the `electron` module, in the spirit of Electron Fiddle's
 * tests: just enough of each API for the main process and preload to run under Node.
 * Use it with
 *   vi.mock('electron', async () => (await import('../electron-mock')).electronModule);
 * and call resetElectronMock() in beforeEach. State lives on singletons because the
 * modules under test bind to them once, at import.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

/** An Electron event: records preventDefault. */
export class FakeEvent {
  defaultPrevented = false;
  readonly preventDefault = vi.fn(() => {
    this.defaultPrevented = true;
  });
}

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: unknown,
) => void;
type PermissionCheckHandler = (
  contents: unknown,
  permission: string,
  origin: string,
  details: unknown,
) => boolean;

/** A session: keeps the permission handlers it was given. */
export class FakeSession {
  requestHandler: PermissionRequestHandler | null = null;
  checkHandler: PermissionCheckHandler | null = null;
  readonly setPermissionRequestHandler = vi.fn((handler: PermissionRequestHandler | null) => {
    this.requestHandler = handler;
  });
  readonly setPermissionCheckHandler = vi.fn((handler: PermissionCheckHandler | null) => {
    this.checkHandler = handler;
  });
  readonly setSpellCheckerDictionaryDownloadURL = vi.fn();
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

/** A web contents: an EventEmitter plus the window-open handler and `send`. */
export class FakeWebContents extends EventEmitter {
  session = new FakeSession();
  windowOpenHandler: WindowOpenHandler | null = null;
  readonly send = vi.fn();
  readonly setWindowOpenHandler = vi.fn((handler: WindowOpenHandler) => {
    this.windowOpenHandler = handler;
  });

  /** Emits `name` the way Electron does (event first) and returns the event. */
  fire(name: string, ...args: unknown[]): FakeEvent {
    const event = new FakeEvent();
    this.emit(name, event, ...args);
    return event;
  }
}

/** A BrowserWindow that records its options and what was done to it. */
export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | null = null;
  /** When set, the next window's loadURL rejects with it (a page that fails to load). */
  static nextLoadError: Error | null = null;
  static readonly getAllWindows = vi.fn(() => [...FakeBrowserWindow.instances]);
  static readonly getFocusedWindow = vi.fn(() => FakeBrowserWindow.focused);
  static readonly fromWebContents = vi.fn(
    (contents: unknown) =>
      FakeBrowserWindow.instances.find((win) => win.webContents === contents) ?? null,
  );

  readonly webContents = new FakeWebContents();
  minimized = false;
  visible = true;
  maximized = false;
  normalBounds = { x: 40, y: 30, width: 1100, height: 760 };
  readonly loadURL = vi.fn<(url: string) => Promise<void>>(() => {
    const error = FakeBrowserWindow.nextLoadError;
    FakeBrowserWindow.nextLoadError = null;
    return error ? Promise.reject(error) : Promise.resolve();
  });
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  readonly maximize = vi.fn();
  readonly setBackgroundColor = vi.fn();
  readonly isMinimized = vi.fn(() => this.minimized);
  readonly isVisible = vi.fn(() => this.visible);
  readonly isMaximized = vi.fn(() => this.maximized);
  readonly isDestroyed = vi.fn(() => false);
  readonly getNormalBounds = vi.fn(() => ({ ...this.normalBounds }));

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }

  /** The webPreferences the window was created with. */
  get webPreferences(): Record<string, unknown> {
    return (this.options.webPreferences ?? {}) as Record<string, unknown>;
  }
}

/** A native notification: records what it was made with and whether it was shown. */
export class FakeNotification extends EventEmitter {
  static instances: FakeNotification[] = [];
  static supported = true;
  static readonly isSupported = vi.fn(() => FakeNotification.supported);
  readonly show = vi.fn();

  constructor(readonly options: { title: string; body: string }) {
    super();
    FakeNotification.instances.push(this);
  }
}

/** A frame as seen by IPC: a URL and a parent (null for a main frame). */
export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

function freshUserData(): string {
  return mkdtempSync(join(tmpdir(), 'shortlist-electron-mock-'));
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  lockAvailable = true;
  private readonly paths = new Map<string, string>();
  readonly getName = vi.fn(() => 'shortlist');
  readonly getVersion = vi.fn(() => '0.1.0');
  readonly getPath = vi.fn((name: string) => {
    const path = this.paths.get(name);
    if (path === undefined) throw new Error(`No fake path for ${name}`);
    return path;
  });
  readonly setPath = vi.fn((name: string, path: string) => {
    this.paths.set(name, path);
  });
  readonly requestSingleInstanceLock = vi.fn(() => this.lockAvailable);
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly enableSandbox = vi.fn();
  readonly setAppUserModelId = vi.fn();
  readonly whenReady = vi.fn(() => Promise.resolve());

  reset(): void {
    this.removeAllListeners();
    this.isPackaged = false;
    this.lockAvailable = true;
    this.paths.clear();
    this.paths.set('userData', freshUserData());
    this.paths.set('documents', freshUserData());
    this.paths.set('home', tmpdir());
  }
}

const app = new FakeApp();
const handlers = new Map<string, Listener>();
const rendererListeners = new Map<string, Set<Listener>>();
const nativeTheme = Object.assign(new EventEmitter(), { shouldUseDarkColors: false });
const display = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };

/** Test helpers that are not part of Electron's API. */
export const fake = {
  app,
  nativeTheme,
  /** What `ipcMain.handle` registered, by channel. */
  handlers,
  /** What the preload subscribed with `ipcRenderer.on`, by channel. */
  rendererListeners,
  defaultSession: new FakeSession(),
  /** The displays `screen` reports (primary first). */
  displays: [display],
  /** Delivers a main → renderer event to the preload's listeners. */
  emitToRenderer(channel: string, ...args: unknown[]): void {
    for (const listener of rendererListeners.get(channel) ?? []) listener({}, ...args);
  },
};

/** The module `vi.mock('electron')` returns. */
export const electronModule = {
  app,
  BrowserWindow: FakeBrowserWindow,
  nativeTheme,
  Notification: FakeNotification,
  Menu: {
    buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
    setApplicationMenu: vi.fn(),
  },
  dialog: {
    showMessageBox: vi.fn<
      (...args: unknown[]) => Promise<{ response: number; checkboxChecked: boolean }>
    >(() => Promise.resolve({ response: 0, checkboxChecked: false })),
    showErrorBox: vi.fn(),
    // Cancelled unless a test says otherwise (mockResolvedValueOnce).
    showSaveDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePath: string }>>(
      () => Promise.resolve({ canceled: true, filePath: '' }),
    ),
    showOpenDialog: vi.fn<
      (...args: unknown[]) => Promise<{ canceled: boolean; filePaths: string[] }>
    >(() => Promise.resolve({ canceled: true, filePaths: [] })),
  },
  clipboard: {
    writeText: vi.fn<(text: string) => Promise<void>>(() => Promise.resolve()),
  },
  shell: { openExternal: vi.fn<(url: string) => Promise<void>>(() => Promise.resolve()) },
  ipcMain: {
    handle: vi.fn((channel: string, listener: Listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    }),
    removeHandler: vi.fn((channel: string) => {
      handlers.delete(channel);
    }),
  },
  protocol: { handle: vi.fn(), registerSchemesAsPrivileged: vi.fn() },
  get session() {
    return { defaultSession: fake.defaultSession };
  },
  screen: {
    getAllDisplays: vi.fn(() => fake.displays),
    getPrimaryDisplay: vi.fn(() => fake.displays[0]),
  },
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(() =>
      Promise.resolve(),
    ),
    on: vi.fn((channel: string, listener: Listener) => {
      const set = rendererListeners.get(channel) ?? new Set<Listener>();
      set.add(listener);
      rendererListeners.set(channel, set);
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      rendererListeners.get(channel)?.delete(listener);
    }),
  },
};

/** Puts every fake back to a first-launch state and clears recorded calls. */
export function resetElectronMock(): void {
  vi.clearAllMocks();
  app.reset();
  handlers.clear();
  rendererListeners.clear();
  nativeTheme.removeAllListeners();
  nativeTheme.shouldUseDarkColors = false;
  fake.defaultSession = new FakeSession();
  fake.displays = [display];
  FakeBrowserWindow.instances = [];
  FakeBrowserWindow.focused = null;
  FakeBrowserWindow.nextLoadError = null;
  FakeNotification.instances = [];
  FakeNotification.supported = true;
}
