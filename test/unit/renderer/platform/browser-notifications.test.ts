// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  browserNotificationAccess,
  requestBrowserNotificationAccess,
  showBrowserNotification,
} from '../../../../renderer/src/platform/browser-notifications';

/** A stand-in for the browser's Notification with a settable permission. */
function stubNotification(permission: NotificationPermission, answer: NotificationPermission) {
  const made: { title: string; options?: NotificationOptions; instance: { onclick: unknown } }[] =
    [];
  class StubNotification {
    static permission = permission;
    static requestPermission = vi.fn(() => {
      StubNotification.permission = answer;
      return Promise.resolve(answer);
    });
    onclick: (() => void) | null = null;
    readonly close = vi.fn();
    constructor(title: string, options?: NotificationOptions) {
      made.push({ title, ...(options ? { options } : {}), instance: this });
    }
  }
  vi.stubGlobal('Notification', StubNotification);
  return { made, StubNotification };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const reminder = { title: 'Technical interview — Engineering Manager, LXD', body: 'In 1 hour' };

describe('browser notifications', () => {
  it('asks the browser, then shows with the reminder text', async () => {
    const { made, StubNotification } = stubNotification('default', 'granted');
    expect(browserNotificationAccess()).toBe('default');
    expect(await requestBrowserNotificationAccess()).toBe('granted');
    expect(StubNotification.requestPermission).toHaveBeenCalledOnce();
    expect(await showBrowserNotification(reminder)).toEqual({ ok: true, value: null });
    expect(made.map(({ title, options }) => [title, options?.body])).toEqual([
      [reminder.title, reminder.body],
    ]);
  });

  it('shows nothing, with a message, when the browser refuses', async () => {
    const { made } = stubNotification('default', 'denied');
    expect(await requestBrowserNotificationAccess()).toBe('denied');
    expect(await showBrowserNotification(reminder)).toMatchObject({ ok: false });
    expect(made).toEqual([]);
  });

  it('says unsupported where the browser has no Notification', async () => {
    vi.stubGlobal('Notification', undefined);
    expect(browserNotificationAccess()).toBe('unsupported');
    expect(await requestBrowserNotificationAccess()).toBe('unsupported');
    expect(await showBrowserNotification(reminder)).toMatchObject({ ok: false });
  });
});
