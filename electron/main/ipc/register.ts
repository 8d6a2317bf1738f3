/**
 * The only caller of `ipcMain`. Every channel goes through {@link registerHandler}, which
 * drops calls from anything but the app's own main frame, validates the payload with the
 * channel's zod schema, and always answers with an IpcResult: Electron keeps only the
 * message of a thrown error, so nothing is thrown across IPC.
 */
import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import type { ChannelName, ChannelRequests, ChannelResponses } from '../../../shared/ipc/channels';
import { fail, type IpcResult } from '../../../shared/ipc/result';
import { requestSchemas } from '../../../shared/ipc/schemas';
import { devServerUrl, isTrustedRendererUrl } from '../app-origin';

/** A channel's handler: gets the validated request, returns a result (failures as values). */
export type IpcHandler<C extends ChannelName> = (
  request: ChannelRequests[C],
  event: IpcMainInvokeEvent,
) => IpcResult<ChannelResponses[C]> | Promise<IpcResult<ChannelResponses[C]>>;

/** The message an untrusted caller gets: deliberately uninformative. */
export const UNTRUSTED_SENDER_ERROR = 'Request refused: unknown sender.';

const registered = new Set<ChannelName>();

/**
 * Whether an IPC call comes from the app's renderer: a live main frame (not an iframe)
 * whose URL is the app origin, or the dev server in development.
 */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  devUrl: string | null,
): boolean {
  try {
    const frame = event.senderFrame;
    // null when the frame navigated away or was destroyed before the call arrived.
    if (!frame) return false;
    if (frame.parent !== null) return false;
    return isTrustedRendererUrl(frame.url, devUrl);
  } catch {
    // Electron throws when a disposed frame is read: an unknown sender by definition.
    return false;
  }
}

function senderDescription(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): string {
  try {
    return event.senderFrame?.url ?? 'no frame';
  } catch {
    return 'a disposed frame';
  }
}

/**
 * Runs one call through the checks and the handler. Exported for tests; `devUrl` is the
 * dev server URL or null in production.
 */
export async function dispatch<C extends ChannelName>(
  channel: C,
  handler: IpcHandler<C>,
  event: IpcMainInvokeEvent,
  args: readonly unknown[],
  devUrl: string | null,
): Promise<IpcResult<ChannelResponses[C]>> {
  if (!isTrustedSender(event, devUrl)) {
    console.warn(`Dropped ${channel} from an unknown sender: ${senderDescription(event)}`);
    return fail(UNTRUSTED_SENDER_ERROR);
  }
  // Exactly one payload argument: a missing or extra argument is a malformed call.
  if (args.length !== 1) return fail(`Invalid request for ${channel}: expected one payload.`);
  const parsed = requestSchemas[channel].safeParse(args[0]);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => issue.message).join('; ');
    return fail(`Invalid request for ${channel}: ${issues}`);
  }
  try {
    return await handler(parsed.data, event);
  } catch (error) {
    // A throw here is a bug; the renderer still gets an answer it can show.
    console.error(`Handler for ${channel} failed:`, error);
    return fail(`Shortlist hit an unexpected error (${channel}).`);
  }
}

/**
 * Registers the handler for one channel. Registering a channel twice is a wiring bug and
 * throws at startup.
 */
export function registerHandler<C extends ChannelName>(channel: C, handler: IpcHandler<C>): void {
  if (registered.has(channel)) throw new Error(`IPC channel registered twice: ${channel}`);
  registered.add(channel);
  ipcMain.handle(channel, (event, ...args: unknown[]) =>
    dispatch(channel, handler, event, args, devServerUrl()),
  );
}

/** Forgets all handlers (tests only, between cases). */
export function resetHandlersForTests(): void {
  for (const channel of registered) ipcMain.removeHandler(channel);
  registered.clear();
}
