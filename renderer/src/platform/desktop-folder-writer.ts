/**
 * Export all on the desktop: the folder dialog first, then each batch of files written
 * by the main process as it comes (atomically, into a staging folder that becomes the
 * export only when finished), so the renderer never holds every file. Given up, the
 * main process removes what was written.
 */
import type { DesktopBridge } from '../../../shared/ipc/channels';
import { ok, type IpcResult } from '../../../shared/ipc/result';
import type { FolderWriter } from './types';

/** Asks where the folder goes; a writer for it, or null when the user cancelled. */
export async function openDesktopFolder(
  bridge: DesktopBridge,
  suggestedName: string,
): Promise<IpcResult<FolderWriter | null>> {
  const begun = await bridge.beginFolder(suggestedName);
  if (!begun.ok) return begun;
  if (begun.value.status === 'cancelled') return ok(null);
  const { token } = begun.value;
  return ok({
    write: (files) => bridge.writeFolder({ token, files: [...files] }),
    finish: () => bridge.finishFolder(token),
    abort: async () => {
      await bridge.abortFolder(token);
    },
  });
}
