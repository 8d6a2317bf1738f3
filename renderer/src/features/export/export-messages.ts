/** What the export actions say afterwards, and the options every export is made with. */
import { localTimeZone } from '../../../../shared/domain/stage-time';
import type { ExportOptions } from '../../../../shared/export/types';
import type { SaveOutcome } from '../../../../shared/ipc/channels';
import type { Platform } from '../../platform';

/** Now, in the user's own time zone: dates in the files read as the user saw them. */
export function currentExportOptions(now: number = Date.now()): ExportOptions {
  return { exportedAt: now, timeZone: localTimeZone() };
}

/** The last part of a path, whichever separator the system uses. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

/**
 * "Saved to /home/me/role.md" on the desktop; the browser never reveals where a download
 * went, so there the file's name is all there is to say.
 */
export function savedMessage(
  kind: Platform['kind'],
  outcome: Extract<SaveOutcome, { status: 'saved' }>,
): string {
  return kind === 'browser' ? `Downloaded ${outcome.path}` : `Saved to ${outcome.path}`;
}

export { plural } from './plural';

/** A thrown value as a sentence for an error notice. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
