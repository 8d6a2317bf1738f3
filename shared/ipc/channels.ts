/**
 * The IPC contract between the renderer (through the preload bridge) and the main
 * process. Channel names live only here. This file has no imports so the sandboxed
 * preload can bundle it without pulling in any library; payload schemas are in
 * `schemas.ts`, used by the main process. (The one import below is type-only and
 * disappears when compiled.)
 */
import type { IpcResult } from './result';

/** invoke/handle channels, `domain:verb`. */
export const Channels = {
  getAppInfo: 'app:get-info',
  openExternal: 'shell:open-external',
} as const;

/** Main → renderer events. */
export const Events = {
  menuCommand: 'menu:command',
} as const;

/** Commands the native menu sends to the renderer, which owns the data. */
export const MENU_COMMANDS = [
  'restore-sample-roles',
  'show-roles',
  'show-agenda',
  'focus-search',
  'new-note',
  'next-tab',
  'previous-tab',
  'show-shortcuts',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/**
 * Whether a value received over IPC is a known menu command. A plain check rather than
 * zod, because the sandboxed preload must bundle without any library.
 */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** What Help → About and the renderer's settings show. */
export interface AppInfo {
  name: string;
  version: string;
  /** The folder holding the app's data (IndexedDB, window state). */
  dataFolder: string;
}

/** Request payloads by channel. */
export interface ChannelRequests {
  'app:get-info': null;
  'shell:open-external': { url: string };
}

/** Response values by channel (wrapped in an IpcResult on the wire). */
export interface ChannelResponses {
  'app:get-info': AppInfo;
  'shell:open-external': null;
}

export type ChannelName = keyof ChannelRequests;

/**
 * `window.shortlist`, exposed by the preload in the desktop app. Domain methods only:
 * the renderer never sees ipcRenderer.
 */
export interface DesktopBridge {
  getAppInfo(): Promise<IpcResult<AppInfo>>;
  /** Opens an http(s) URL in the system browser after the main process validates it. */
  openExternal(url: string): Promise<IpcResult<null>>;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
