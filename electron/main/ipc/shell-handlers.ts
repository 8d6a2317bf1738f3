/** `shell:open-external`: opens a link in the system browser, http(s) only. */
import { shell } from 'electron';
import { Channels } from '../../../shared/ipc/channels';
import { fail, ok, type IpcResult } from '../../../shared/ipc/result';
import { parseExternalUrl } from '../../../shared/security/external-links';
import { registerHandler } from './register';

/**
 * Validates the URL again (the renderer is not trusted) and opens it. A refused URL or an
 * OS without a browser is an expected failure, returned as a value.
 */
export async function openExternal(request: { url: string }): Promise<IpcResult<null>> {
  const url = parseExternalUrl(request.url);
  if (url === null) return fail('Only web links (http or https) can be opened.');
  try {
    await shell.openExternal(url);
    return ok(null);
  } catch {
    return fail('The link could not be opened in your browser.');
  }
}

/** Registers the shell channels. */
export function setupShellHandlers(): void {
  registerHandler(Channels.openExternal, openExternal);
}
