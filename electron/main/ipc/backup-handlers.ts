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
import { writeErrorMessage } from '../files/fs-errors';
import { registerHandler } from './register';

/** Registers the backup channels. Failures come back as messages naming the folder. */
export function setupBackupHandlers(): void {
  registerHandler(Channels.writeAutoBackup, async (request) => {
    try {
      return ok({ path: await writeAutoBackup(request.reason, request.content) });
    } catch (error) {
      const where = join(backupFolder(), 'backup.json');
      return fail(writeErrorMessage(error, where, 'The automatic backup'));
    }
  });
  registerHandler(Channels.getBackupInfo, async () => ok(await getBackupInfo()));
  registerHandler(Channels.listAutoBackups, async () => ok(await listAutoBackups()));
  registerHandler(Channels.readAutoBackup, (request) => readAutoBackup(request.id));
}
