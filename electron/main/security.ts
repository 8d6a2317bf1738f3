/**
 * Deny-by-default rules for every web page Electron creates: no navigation away from the
 * loaded app, no new windows, no <webview>, no permissions. Links meant for the user's
 * browser leave through `window.open` (or the bridge's openExternal) and only after the
 * link validator accepts them.
 */
import { app, session, shell } from 'electron';
import type {
  Event,
  HandlerDetails,
  Session,
  WebContents,
  WindowOpenHandlerResponse,
} from 'electron';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { parseExternalUrl } from '../../shared/security/external-links';

/**
 * Where Chromium looks for Hunspell dictionaries (Windows/Linux; macOS uses the OS
 * spellchecker). By default it downloads them from Google's CDN, which would break
 * "no network request, ever"; pointing it at the app's own origin keeps spellcheck
 * offline: it works with dictionaries the OS or the build provides, and never fetches.
 */
export const DICTIONARY_BASE_URL = `${APP_SCHEME}://${APP_HOST}/dictionaries/`;

/** Sessions already locked down, so hardening many web contents sets each only once. */
const lockedSessions = new WeakSet<Session>();

function preventDefault(event: Event): void {
  event.preventDefault();
}

/**
 * Opens a validated http(s) link in the system browser, logging (not throwing) when the
 * OS has no handler: the user clicked a link, and nothing in the app depends on it.
 */
export function openExternalSafely(url: unknown): Promise<boolean> {
  const safe = parseExternalUrl(url);
  if (safe === null) return Promise.resolve(false);
  return shell.openExternal(safe).then(
    () => true,
    (error: unknown) => {
      console.warn('Could not open a link in the system browser:', error);
      return false;
    },
  );
}

/**
 * `setWindowOpenHandler`: never opens an Electron window. An http(s) link that passes
 * the validator goes to the system browser; anything else is dropped.
 */
export function handleWindowOpen(details: Pick<HandlerDetails, 'url'>): WindowOpenHandlerResponse {
  void openExternalSafely(details.url);
  return { action: 'deny' };
}

/**
 * Denies every permission request and check (camera, notifications, clipboard…) and
 * keeps the spellchecker from downloading dictionaries.
 */
export function lockDownSession(ses: Session): void {
  if (lockedSessions.has(ses)) return;
  lockedSessions.add(ses);
  ses.setSpellCheckerDictionaryDownloadURL(DICTIONARY_BASE_URL);
  ses.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  ses.setPermissionCheckHandler(() => false);
}

/**
 * Applies the rules to one web contents. Navigation is denied for every URL, even one
 * that looks like the app's own origin: the app routes by hash, which does not navigate,
 * and `loadURL`/reload from the main process do not emit these events.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', preventDefault);
  contents.on('will-redirect', preventDefault);
  contents.on('will-attach-webview', preventDefault);
  contents.setWindowOpenHandler(handleWindowOpen);
  lockDownSession(contents.session);
}

/**
 * Turns the renderer sandbox on for every page and hardens each web contents as it is
 * created. Call before the app is ready.
 */
export function setupSecurity(): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents);
  });
}

/** Locks down the default session. Call once the app is ready. */
export function setupSessionSecurity(): void {
  lockDownSession(session.defaultSession);
}
