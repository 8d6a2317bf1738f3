import { readFileSync } from 'node:fs';
import type { IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeNotification, electronModule, fake, resetElectronMock } from '../../electron-mock';

vi.mock('electron', async () => (await import('../../electron-mock')).electronModule);

const { resetHandlersForTests } = await import('../../../../../electron/main/ipc/register');
const { APP_USER_MODEL_ID, setupNotificationHandlers } =
  await import('../../../../../electron/main/ipc/notification-handlers');

const appEvent = {
  senderFrame: { url: 'app://shortlist/index.html', parent: null },
} as unknown as IpcMainInvokeEvent;
const iframeEvent = {
  senderFrame: { url: 'app://shortlist/index.html', parent: { url: 'app://shortlist/' } },
} as unknown as IpcMainInvokeEvent;

const focusApp = vi.fn();

function handler() {
  const found = fake.handlers.get('notification:show');
  if (!found) throw new Error('notification:show is not registered');
  return found;
}

beforeEach(() => {
  resetElectronMock();
  resetHandlersForTests();
  focusApp.mockClear();
  setupNotificationHandlers(focusApp);
});

describe('notification:show', () => {
  const reminder = {
    title: 'Technical interview — Engineering Manager, LXD',
    body: 'Interview in 1 hour, Thu 3 Dec, 14:00.',
  };

  it('shows a native notification with the reminder text', async () => {
    expect(await handler()(appEvent, reminder)).toEqual({ ok: true, value: null });
    expect(FakeNotification.instances).toHaveLength(1);
    const [shown] = FakeNotification.instances;
    expect(shown?.options).toEqual(reminder);
    expect(shown?.show).toHaveBeenCalledOnce();
  });

  it('brings the window back when the notification is clicked', async () => {
    await handler()(appEvent, reminder);
    expect(focusApp).not.toHaveBeenCalled();
    FakeNotification.instances[0]?.emit('click');
    expect(focusApp).toHaveBeenCalledOnce();
  });

  it('answers with a message, showing nothing, where notifications are unsupported', async () => {
    FakeNotification.supported = false;
    expect(await handler()(appEvent, reminder)).toMatchObject({ ok: false });
    expect(FakeNotification.instances).toEqual([]);
  });

  it('drops calls from an unknown sender', async () => {
    expect(await handler()(iframeEvent, reminder)).toMatchObject({ ok: false });
    expect(FakeNotification.instances).toEqual([]);
  });

  it.each([
    ['no payload', undefined],
    ['an extra key', { ...reminder, icon: 'file:///etc/passwd' }],
    ['a missing body', { title: 'Hi' }],
    ['an empty title', { title: '  ', body: 'x' }],
    ['a two-line title', { title: 'a\nb', body: 'x' }],
    ['a control character', { title: 'a\u0007', body: 'x' }],
    ['a direction override', { title: 'evil\u202Etxt', body: 'x' }],
    ['an overlong body', { title: 'a', body: 'x'.repeat(1001) }],
    ['a non-string title', { title: 42, body: 'x' }],
  ])('refuses %s, showing nothing', async (_label, payload) => {
    expect(await handler()(appEvent, payload)).toMatchObject({ ok: false });
    expect(FakeNotification.instances).toEqual([]);
  });

  it('allows newlines in the body', async () => {
    const twoLines = { title: 'Reminder', body: 'Interview\nin 1 hour' };
    expect(await handler()(appEvent, twoLines)).toEqual({ ok: true, value: null });
  });

  it('names the app for Windows notifications with the installer appId', () => {
    resetHandlersForTests();
    setupNotificationHandlers(focusApp, 'win32');
    expect(electronModule.app.setAppUserModelId).toHaveBeenCalledWith(APP_USER_MODEL_ID);
    const builder = readFileSync(
      new URL('../../../../../electron-builder.yml', import.meta.url),
      'utf8',
    );
    expect(builder).toMatch(
      new RegExp(`^appId: ${APP_USER_MODEL_ID.replace(/\./gu, '\\.')}$`, 'mu'),
    );
  });
});
