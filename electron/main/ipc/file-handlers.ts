/**
 * `file:save`, `file:save-folder`, `file:open`: native dialogs, then reads and atomic
 * writes in the main process. Each dialog is parented on the window that asked.
 */
import { Channels } from '../../../shared/ipc/channels';
import { openFile } from '../files/open-file';
import { windowOf } from '../files/save-dialogs';
import { saveFile } from '../files/save-file';
import { saveFolder } from '../files/save-folder';
import { registerHandler } from './register';

/** Registers the file channels. */
export function setupFileHandlers(): void {
  registerHandler(Channels.saveFile, (request, event) => saveFile(request, windowOf(event)));
  registerHandler(Channels.saveFolder, (request, event) => saveFolder(request, windowOf(event)));
  registerHandler(Channels.openFile, (request, event) => openFile(request.kind, windowOf(event)));
}
