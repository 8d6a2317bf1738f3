/** `app:get-info`: what the renderer's About and settings show. */
import { app } from 'electron';
import { Channels, type AppInfo } from '../../../shared/ipc/channels';
import { ok } from '../../../shared/ipc/result';
import { APP_DISPLAY_NAME } from '../app-origin';
import { registerHandler } from './register';

/** The product name, version and data folder. */
export function getAppInfo(): AppInfo {
  return {
    name: APP_DISPLAY_NAME,
    version: app.getVersion(),
    dataFolder: app.getPath('userData'),
  };
}

/** Registers the app channels. */
export function setupAppHandlers(): void {
  registerHandler(Channels.getAppInfo, () => ok(getAppInfo()));
}
