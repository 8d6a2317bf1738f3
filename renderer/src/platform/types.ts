/**
 * What the renderer needs from the machine it runs on. One contract, two
 * implementations: the desktop app (through the preload bridge) and a plain browser.
 */
import type { AppInfo, MenuCommand } from '../../../shared/ipc/channels';
import type { IpcResult } from '../../../shared/ipc/result';

export interface Platform {
  kind: 'desktop' | 'browser';
  getAppInfo(): Promise<IpcResult<AppInfo>>;
  /** Opens an http(s) link outside the app; anything else is refused with a message. */
  openExternal(url: string): Promise<IpcResult<null>>;
  /** Native menu commands (desktop only; the browser never sends any). */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
