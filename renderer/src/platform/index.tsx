/** Picks the platform once at startup; only this folder reads `window.shortlist`. */
import { createContext, useContext, type ReactNode } from 'react';
import type { DesktopBridge } from '../../../shared/ipc/channels';
import { createBrowserPlatform } from './browser';
import { createDesktopPlatform } from './desktop';
import type { Platform } from './types';

export type { Platform } from './types';

declare global {
  interface Window {
    shortlist?: DesktopBridge;
  }
}

/** The desktop bridge when the preload exposed one, else the browser implementation. */
export function detectPlatform(): Platform {
  return window.shortlist
    ? createDesktopPlatform(window.shortlist)
    : createBrowserPlatform(import.meta.env.VITE_APP_VERSION ?? '');
}

const PlatformContext = createContext<Platform | null>(null);

export function PlatformProvider({
  platform,
  children,
}: {
  platform: Platform;
  children: ReactNode;
}) {
  return <PlatformContext value={platform}>{children}</PlatformContext>;
}

export function usePlatform(): Platform {
  const platform = useContext(PlatformContext);
  if (!platform) throw new Error('usePlatform() outside <PlatformProvider>');
  return platform;
}
