/**
 * `file:save`, `file:save-folder`, `file:folder-*`, `file:open`: native dialogs, then
 * reads and atomic writes in the main process. Each dialog is parented on the window
 * that asked; a folder export opened by a window is only written by that window.
 */
import type { WebContents } from 'electron';
import { Channels } from '../../../shared/ipc/channels';
import {
  abortFolder,
  abortFoldersOf,
  beginFolder,
  finishFolder,
  writeFolder,
} from '../files/folder-stream';
import { openFile } from '../files/open-file';
import { windowOf } from '../files/save-dialogs';
import { saveFile } from '../files/save-file';
import { saveFolder } from '../files/save-folder';
import { registerHandler } from './register';

/** Windows whose open folder exports are given up when they go away. */
const watched = new WeakSet<WebContents>();

/** Registers the file channels. */
export function setupFileHandlers(): void {
  registerHandler(Channels.saveFile, (request, event) => saveFile(request, windowOf(event)));
  registerHandler(Channels.saveFolder, (request, event) => saveFolder(request, windowOf(event)));
  registerHandler(Channels.beginFolder, (request, event) => {
    const owner = event.sender;
    if (!watched.has(owner)) {
      watched.add(owner);
      // A window closed mid-export leaves no staging folder behind.
      owner.once('destroyed', () => void abortFoldersOf(owner));
    }
    return beginFolder(request.suggestedName, windowOf(event), owner);
  });
  registerHandler(Channels.writeFolder, (request, event) => writeFolder(request, event.sender));
  registerHandler(Channels.finishFolder, (request, event) =>
    finishFolder(request.token, event.sender),
  );
  registerHandler(Channels.abortFolder, (request, event) =>
    abortFolder(request.token, event.sender),
  );
  registerHandler(Channels.openFile, (request, event) => openFile(request.kind, windowOf(event)));
}
