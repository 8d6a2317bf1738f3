/**
 * Where the renderer comes from. In production it is served only from
 * `app://shortlist/`, which is also the origin IndexedDB stores the user's data under, so
 * these values must never change. In development electron-vite serves it over HTTP.
 */
import { app } from 'electron';

/** The custom scheme the production renderer is served from. */
export const APP_SCHEME = 'app';
/** The one host of that scheme. */
export const APP_HOST = 'shortlist';
/** The production renderer's entry page. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;
/** The user-facing product name (the package name, `shortlist`, names the data folder). */
export const APP_DISPLAY_NAME = 'Shortlist';

/**
 * The electron-vite dev server URL, or null in production. Ignored in a packaged app so
 * an environment variable can never point a release build at another origin.
 */
export function devServerUrl(): string | null {
  if (app.isPackaged) return null;
  const value = process.env.ELECTRON_RENDERER_URL;
  return value ? value : null;
}

/** The URL the main window loads. */
export function rendererEntryUrl(): string {
  return devServerUrl() ?? APP_ENTRY_URL;
}

/**
 * Whether a frame URL belongs to the app's own renderer: the dev server's origin when
 * one is given, otherwise exactly `app://shortlist`. Pure.
 */
export function isTrustedRendererUrl(frameUrl: string, devUrl: string | null): boolean {
  const url = URL.parse(frameUrl);
  if (!url || url.username !== '' || url.password !== '') return false;
  if (devUrl !== null) {
    const dev = URL.parse(devUrl);
    // Opaque origins serialize as "null" and would all compare equal.
    return dev !== null && dev.origin !== 'null' && url.origin === dev.origin;
  }
  // Node's URL gives non-special schemes an opaque origin, so compare the parts.
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
}
