import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ok, type IpcResult } from '../../../../../shared/ipc/result';
import { fake, resetElectronMock, type FakeFrame } from '../../electron-mock';

vi.mock('electron', async () => (await import('../../electron-mock')).electronModule);

const {
  UNTRUSTED_SENDER_ERROR,
  dispatch,
  isTrustedSender,
  registerHandler,
  resetHandlersForTests,
} = await import('../../../../../electron/main/ipc/register');

const mainFrame = (url: string): FakeFrame => ({ url, parent: null });
const eventFrom = (frame: FakeFrame | null): IpcMainInvokeEvent =>
  ({ senderFrame: frame }) as unknown as IpcMainInvokeEvent;
const appEvent = eventFrom(mainFrame('app://shortlist/index.html#/roles/abc'));

/** Calls a registered channel the way ipcMain would. */
function invoke(channel: string, event: IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> {
  const listener = fake.handlers.get(channel);
  if (!listener) throw new Error(`no handler for ${channel}`);
  return Promise.resolve(listener(event, ...args));
}

const openExternal = vi.fn<(request: { url: string }) => IpcResult<null>>(() => ok(null));

beforeEach(() => {
  resetElectronMock();
  resetHandlersForTests();
  delete process.env.ELECTRON_RENDERER_URL;
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  registerHandler('shell:open-external', openExternal);
  registerHandler('app:get-info', () => ok({ name: 'Shortlist', version: '1', dataFolder: '/d' }));
});

afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.ELECTRON_RENDERER_URL;
});

describe('a valid call', () => {
  it('returns {ok:true,value}', async () => {
    expect(await invoke('shell:open-external', appEvent, { url: 'https://example.com' })).toEqual({
      ok: true,
      value: null,
    });
    expect(openExternal).toHaveBeenCalledWith({ url: 'https://example.com' }, appEvent);
    expect(await invoke('app:get-info', appEvent, null)).toEqual({
      ok: true,
      value: { name: 'Shortlist', version: '1', dataFolder: '/d' },
    });
  });
});

describe('unknown senders are dropped', () => {
  it.each([
    ['another origin', mainFrame('https://evil.com/')],
    ['a look-alike host', mainFrame('app://shortlist.evil.com/index.html')],
    ['another app host', mainFrame('app://evil/index.html')],
    ['a file URL', mainFrame('file:///home/user/evil.html')],
    ['a data URL', mainFrame('data:text/html,<script></script>')],
    ['about:blank', mainFrame('about:blank')],
    ['the dev server URL in production', mainFrame('http://localhost:5173/')],
    [
      'a subframe of the app',
      { url: 'app://shortlist/index.html', parent: mainFrame('app://shortlist/') },
    ],
    ['a destroyed frame', null],
  ])('%s', async (_label, frame) => {
    const result = await invoke('shell:open-external', eventFrom(frame), { url: 'https://x.com' });
    expect(result).toEqual({ ok: false, error: UNTRUSTED_SENDER_ERROR });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('accepts only the dev server origin in development', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
    const devEvent = eventFrom(mainFrame('http://localhost:5173/#/roles'));
    expect(await invoke('app:get-info', devEvent, null)).toMatchObject({ ok: true });
    for (const url of ['http://localhost:5174/', 'http://127.0.0.1:5173/', 'app://shortlist/']) {
      expect(await invoke('app:get-info', eventFrom(mainFrame(url)), null)).toEqual({
        ok: false,
        error: UNTRUSTED_SENDER_ERROR,
      });
    }
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', async () => {
    fake.app.isPackaged = true;
    process.env.ELECTRON_RENDERER_URL = 'https://evil.com';
    expect(await invoke('app:get-info', eventFrom(mainFrame('https://evil.com/')), null)).toEqual({
      ok: false,
      error: UNTRUSTED_SENDER_ERROR,
    });
    expect(await invoke('app:get-info', appEvent, null)).toMatchObject({ ok: true });
  });

  it('treats a disposed frame (Electron throws on access) as unknown', async () => {
    const disposed = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    } as unknown as IpcMainInvokeEvent;
    expect(await invoke('app:get-info', disposed, null)).toEqual({
      ok: false,
      error: UNTRUSTED_SENDER_ERROR,
    });
  });

  it('isTrustedSender checks frame, parent and URL', () => {
    expect(isTrustedSender(appEvent, null)).toBe(true);
    expect(isTrustedSender(eventFrom(null), null)).toBe(false);
    expect(isTrustedSender(eventFrom(mainFrame('app://shortlist/')), 'http://localhost:5173')).toBe(
      false,
    );
  });
});

describe('malformed payloads are refused', () => {
  it.each([
    ['a number for url', [{ url: 42 }]],
    ['a missing url', [{}]],
    ['an empty url', [{ url: '' }]],
    ['an extra key', [{ url: 'https://example.com', extra: true }]],
    ['a string instead of an object', ['https://example.com']],
    ['null', [null]],
    ['an array', [['https://example.com']]],
    ['an over-long url', [{ url: `https://example.com/${'a'.repeat(3000)}` }]],
    ['a missing payload', []],
    ['two payloads', [{ url: 'https://example.com' }, { url: 'https://example.com' }]],
  ])('shell:open-external with %s', async (_label, args) => {
    const result = await invoke('shell:open-external', appEvent, ...args);
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringContaining('Invalid request') as unknown,
    });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it.each([[[{}]], [['x']], [[]], [[undefined]]])('app:get-info with %j', async (args) => {
    expect(await invoke('app:get-info', appEvent, ...args)).toMatchObject({ ok: false });
  });
});

describe('handler failures', () => {
  it('turns a throw into {ok:false}', async () => {
    const result = await dispatch(
      'app:get-info',
      () => {
        throw new Error('boom');
      },
      appEvent,
      [null],
      null,
    );
    expect(result).toEqual({
      ok: false,
      error: expect.stringContaining('unexpected error') as unknown,
    });
  });

  it('turns a rejection into {ok:false}', async () => {
    const result = await dispatch(
      'app:get-info',
      () => Promise.reject(new Error('boom')),
      appEvent,
      [null],
      null,
    );
    expect(result).toMatchObject({ ok: false });
  });

  it('passes an expected failure through', async () => {
    const result = await dispatch(
      'shell:open-external',
      () => ({ ok: false, error: 'nope' }),
      appEvent,
      [{ url: 'https://example.com' }],
      null,
    );
    expect(result).toEqual({ ok: false, error: 'nope' });
  });
});

describe('registration', () => {
  it('refuses to register a channel twice', () => {
    expect(() => {
      registerHandler('app:get-info', () => ok({ name: '', version: '', dataFolder: '' }));
    }).toThrow(/twice/);
  });
});
