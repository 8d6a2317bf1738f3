/**
 * A folder writer for renderer tests over the fake platform's one-shot `saveFolder`:
 * files are kept until the end, then saved in one request, so a test sees the whole
 * export as one call. Given up, nothing is sent.
 */
import type { SaveFolderRequest, SaveOutcome } from '../../../../shared/ipc/channels';
import { fail, ok, type IpcResult } from '../../../../shared/ipc/result';
import type { FolderWriter } from '../../../../renderer/src/platform/types';

export function collectingFolderWriter(
  suggestedName: string,
  saveFolder: (request: SaveFolderRequest) => Promise<IpcResult<SaveOutcome>>,
): FolderWriter {
  let files: SaveFolderRequest['files'] = [];
  let closed = false;
  return {
    write(batch) {
      if (closed) return Promise.resolve(fail('The export was already finished.'));
      files.push(...batch);
      return Promise.resolve(ok(null));
    },
    finish() {
      if (closed) return Promise.resolve(fail('The export was already finished.'));
      closed = true;
      const request = { suggestedName, files };
      files = [];
      return saveFolder(request);
    },
    abort() {
      closed = true;
      files = [];
      return Promise.resolve();
    },
  };
}
