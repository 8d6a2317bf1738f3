/** `clipboard:write-text`: the system clipboard, which the sandboxed renderer lacks. */
import { clipboard } from 'electron';
import { Channels } from '../../../shared/ipc/channels';
import { fail, ok, type IpcResult } from '../../../shared/ipc/result';
import { registerHandler } from './register';

/** Puts plain text on the clipboard. */
export async function copyText(request: { text: string }): Promise<IpcResult<null>> {
  try {
    await clipboard.writeText(request.text);
    return ok(null);
  } catch {
    return fail('The text could not be copied to the clipboard.');
  }
}

/** Registers the clipboard channel. */
export function setupClipboardHandlers(): void {
  registerHandler(Channels.copyText, copyText);
}
