/**
 * Reminders in the browser build: the Web Notification API, after the browser's own
 * permission prompt. A click brings the app's tab to the front.
 */
import type { ShowNotificationRequest } from '../../../shared/ipc/channels';
import { fail, ok, type IpcResult } from '../../../shared/ipc/result';
import type { NotificationAccess } from './types';

function api(): typeof Notification | undefined {
  // Absent in some browsers and in insecure contexts.
  return typeof Notification === 'function' ? Notification : undefined;
}

/** What the browser currently allows. */
export function browserNotificationAccess(): NotificationAccess {
  return api()?.permission ?? 'unsupported';
}

/** Shows the browser's permission prompt (if it has not been answered) and its answer. */
export async function requestBrowserNotificationAccess(): Promise<NotificationAccess> {
  const notifications = api();
  if (!notifications) return 'unsupported';
  try {
    return await notifications.requestPermission();
  } catch {
    // Old browsers only take a callback and may throw on a promise call.
    return notifications.permission;
  }
}

/** Shows one notification, if the browser allows it. */
export function showBrowserNotification(
  request: ShowNotificationRequest,
): Promise<IpcResult<null>> {
  const notifications = api();
  if (!notifications) {
    return Promise.resolve(fail('This browser cannot show notifications.'));
  }
  if (notifications.permission !== 'granted') {
    return Promise.resolve(
      fail('The browser blocks notifications from Shortlist: allow them in its site settings.'),
    );
  }
  try {
    const notification = new notifications(request.title, { body: request.body });
    notification.onclick = () => {
      window.focus();
      notification.close();
    };
    return Promise.resolve(ok(null));
  } catch {
    return Promise.resolve(fail('The browser could not show the reminder.'));
  }
}
