/**
 * `notification:show`: a reminder as a native desktop notification. Shown from the main
 * process because the window's own web Notification permission is denied like every
 * other permission (see security.ts); the renderer only says what to show, as checked
 * text, and clicking the notification brings the window back.
 */
import { app, Notification } from 'electron';
import type { ShowNotificationRequest } from '../../../shared/ipc/channels';
import { Channels } from '../../../shared/ipc/channels';
import { fail, ok, type IpcResult } from '../../../shared/ipc/result';
import { registerHandler } from './register';

/**
 * Windows shows an app's notifications only under an AppUserModelID that matches its
 * Start-menu shortcut, which the installer names after electron-builder.yml's appId.
 */
export const APP_USER_MODEL_ID = 'app.shortlist.desktop';

/**
 * Notifications still on screen. Electron drops a Notification's click handler when the
 * object is garbage-collected, so each is kept until it is clicked or closed.
 */
const live = new Set<Notification>();

/**
 * Shows one notification; a click calls `focusApp`. An OS with no notification support
 * is an expected failure, returned as a value.
 *
 * @param request - The validated title and body.
 * @param focusApp - Brings the app's window to the front.
 */
export function showNotification(
  request: ShowNotificationRequest,
  focusApp: () => void,
): IpcResult<null> {
  if (!Notification.isSupported()) {
    return fail('This system does not support desktop notifications.');
  }
  const notification = new Notification({ title: request.title, body: request.body });
  live.add(notification);
  notification.on('click', () => {
    live.delete(notification);
    focusApp();
  });
  notification.on('close', () => {
    live.delete(notification);
  });
  notification.show();
  return ok(null);
}

/**
 * Registers the notification channel.
 *
 * @param focusApp - Brings the app's window to the front (shows it if it was closed).
 * @param platform - The OS (a parameter for tests).
 */
export function setupNotificationHandlers(
  focusApp: () => void,
  platform: NodeJS.Platform = process.platform,
): void {
  if (platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  registerHandler(Channels.showNotification, (request) => showNotification(request, focusApp));
}
