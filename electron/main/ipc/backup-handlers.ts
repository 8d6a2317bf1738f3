/**
 * `backup:write-auto`, `backup:get-info`, `backup:list-auto` and `backup:read-auto`:
 * automatic backups in the data folder.
 */
import { join } from 'node:path';
import { Channels } from '../../../shared/ipc/channels';
import { fail, ok } from '../../../shared/ipc/result';
import {
  backupFolder,
  getBackupInfo,
  listAutoBackups,
  readAutoBackup,
  writeAutoBackup,
} from '../files/auto-backups';
import { isDiskFull, writeErrorMessage } from '../files/fs-errors';
import { registerHandler } from './register';

/**
 * Registers the backup channels. Failures come back as messages naming the folder; a
 * full disk is an answer like any other, never a crash.
 */
export function setupBackupHandlers(): void {
  registerHandler(Channels.writeAutoBackup, async (request) => {
    try {
      return ok({ path: await writeAutoBackup(request.reason, request.content) });
    } catch (error) {
      const folder = backupFolder();
      // No other disk to choose here: say where space can be found instead.
      if (isDiskFull(error)) {
        return fail(
          `The automatic backup was not kept: the disk is full. Free some space on it (older automatic backups are in “${folder}”), then try again.`,
        );
      }
      return fail(writeErrorMessage(error, join(folder, 'backup.json'), 'The automatic backup'));
    }
  });
  registerHandler(Channels.getBackupInfo, async () => ok(await getBackupInfo()));
  registerHandler(Channels.listAutoBackups, async () => ok(await listAutoBackups()));
  registerHandler(Channels.readAutoBackup, (request) => readAutoBackup(request.id));
}
