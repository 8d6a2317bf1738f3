/** The desktop implementation: every call goes through the preload's `window.shortlist`. */
import type { DesktopBridge } from '../../../shared/ipc/channels';
import type { Platform } from './types';

export function createDesktopPlatform(bridge: DesktopBridge): Platform {
  return {
    kind: 'desktop',
    getAppInfo: () => bridge.getAppInfo(),
    openExternal: (url) => bridge.openExternal(url),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
  };
}
