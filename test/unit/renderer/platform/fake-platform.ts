/**
 * A Platform for renderer tests: every file and clipboard call is recorded, answers
 * can be overridden, and native menu commands can be sent with `send`.
 */
import type { MenuCommand, OpenOutcome, SaveOutcome } from '../../../../shared/ipc/channels';
import { fail, ok } from '../../../../shared/ipc/result';
import type { Platform } from '../../../../renderer/src/platform';
import { collectingFolderWriter } from './collecting-folder-writer';

export interface FakePlatform {
  platform: Platform;
  /** Every call, in order, as [method, ...args]. */
  calls: unknown[][];
  send(command: MenuCommand): void;
  listenerCount(): number;
}

export function fakePlatform(overrides: Partial<Platform> = {}): FakePlatform {
  const listeners = new Set<(command: MenuCommand) => void>();
  const calls: unknown[][] = [];
  const saved = (path: string): SaveOutcome => ({ status: 'saved', path });
  const cancelled: OpenOutcome = { status: 'cancelled' };
  const platform: Platform = {
    kind: 'desktop',
    getAppInfo: () => Promise.resolve(ok({ name: 'Shortlist', version: '0', dataFolder: '/tmp' })),
    openExternal: (url) => {
      calls.push(['openExternal', url]);
      return Promise.resolve(ok(null));
    },
    copyText: (text) => {
      calls.push(['copyText', text]);
      return Promise.resolve(ok(null));
    },
    saveFile: (request) => {
      calls.push(['saveFile', request]);
      return Promise.resolve(ok(saved(`/chosen/${request.suggestedName}`)));
    },
    saveFolder: (request) => {
      calls.push(['saveFolder', request]);
      return Promise.resolve(ok(saved(`/chosen/${request.suggestedName}`)));
    },
    // Late-bound, so a test that replaces saveFolder sees the export's one request.
    openFolderWriter: (name) =>
      Promise.resolve(ok(collectingFolderWriter(name, (request) => platform.saveFolder(request)))),
    saveBlob: async ({ kind, suggestedName, content }) =>
      platform.saveFile({ kind, suggestedName, content: await content.text() }),
    openFile: (kind) => {
      calls.push(['openFile', kind]);
      return Promise.resolve(ok(cancelled));
    },
    writeAutoBackup: (reason, content) => {
      calls.push(['writeAutoBackup', reason, content]);
      return Promise.resolve(ok({ path: `/data/backups/${reason}.json` }));
    },
    getBackupInfo: () => Promise.resolve(ok({ folder: '/data/backups', count: 0, latestAt: null })),
    listAutoBackups: () => {
      calls.push(['listAutoBackups']);
      return Promise.resolve(ok([]));
    },
    readAutoBackup: (id) => {
      calls.push(['readAutoBackup', id]);
      return Promise.resolve(fail(`No automatic backup ${id}.`));
    },
    notificationAccess: () => 'granted',
    requestNotificationAccess: () => Promise.resolve('granted'),
    showNotification: (request) => {
      calls.push(['showNotification', request]);
      return Promise.resolve(ok(null));
    },
    onMenuCommand: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    ...overrides,
  };
  const send = (command: MenuCommand) => {
    for (const listener of listeners) listener(command);
  };
  return { platform, calls, send, listenerCount: () => listeners.size };
}
