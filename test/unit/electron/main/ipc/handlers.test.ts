import type { IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronModule, fake, resetElectronMock } from '../../electron-mock';

vi.mock('electron', async () => (await import('../../electron-mock')).electronModule);

const { resetHandlersForTests } = await import('../../../../../electron/main/ipc/register');
const { getAppInfo, setupAppHandlers } =
  await import('../../../../../electron/main/ipc/app-handlers');
const { openExternal, setupShellHandlers } =
  await import('../../../../../electron/main/ipc/shell-handlers');

const appEvent = {
  senderFrame: { url: 'app://shortlist/index.html', parent: null },
} as unknown as IpcMainInvokeEvent;

beforeEach(() => {
  resetElectronMock();
  resetHandlersForTests();
});

describe('app:get-info', () => {
  it('reports the name, version and data folder', async () => {
    const info = { name: 'Shortlist', version: '0.1.0', dataFolder: fake.app.getPath('userData') };
    expect(getAppInfo()).toEqual(info);
    setupAppHandlers();
    expect(await fake.handlers.get('app:get-info')?.(appEvent, null)).toEqual({
      ok: true,
      value: info,
    });
  });
});

describe('shell:open-external', () => {
  it('opens a validated link', async () => {
    const url = 'https://www.linkedin.com/jobs/search/?currentJobId=4125010828';
    expect(await openExternal({ url })).toEqual({ ok: true, value: null });
    expect(electronModule.shell.openExternal).toHaveBeenCalledWith(url);
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', '\\\\evil\\share', '//evil.com'])(
    'refuses %j as a value, opening nothing',
    async (url) => {
      expect(await openExternal({ url })).toMatchObject({ ok: false });
      expect(electronModule.shell.openExternal).not.toHaveBeenCalled();
    },
  );

  it('reports an OS failure as a value', async () => {
    electronModule.shell.openExternal.mockImplementationOnce(() =>
      Promise.reject(new Error('no browser')),
    );
    expect(await openExternal({ url: 'https://example.com' })).toMatchObject({ ok: false });
  });

  it('is wired through the checked IPC handler', async () => {
    setupShellHandlers();
    const handler = fake.handlers.get('shell:open-external');
    expect(await handler?.(appEvent, { url: 'https://example.com/' })).toEqual({
      ok: true,
      value: null,
    });
    expect(await handler?.(appEvent, { url: 'javascript:alert(1)' })).toMatchObject({
      ok: false,
    });
    expect(electronModule.shell.openExternal).toHaveBeenCalledTimes(1);
  });
});
