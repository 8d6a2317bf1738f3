/**
 * Export all, streamed: the roles are named first (names depend only on the roles), then
 * read a slice at a time; each role's file is written as soon as it is made and each
 * slice handed to the platform's folder writer before the next is read, so neither the
 * notes nor the Markdown of every role is ever held at once. index.md comes last, from
 * the few facts kept per role. Cancelling (the signal) stops between two files and
 * gives the writer up, which leaves nothing behind.
 */
import {
  INDEX_FILE_NAME,
  indexFacts,
  indexMarkdown,
  planRoleFiles,
  type IndexEntry,
} from '../../../../shared/export/all-roles';
import { exportFolderName } from '../../../../shared/export/file-names';
import { roleToMarkdown } from '../../../../shared/export/role-markdown';
import type { ExportFile, ExportOptions } from '../../../../shared/export/types';
import type { SaveOutcome } from '../../../../shared/ipc/channels';
import type { IpcResult } from '../../../../shared/ipc/result';
import type { ShortlistDb } from '../../db/db';
import { loadExportRoles, loadRoleExportSlices } from '../../db/export-repo';
import type { FolderWriter } from '../../platform/types';
import type { ExportAllReport } from './export-all-job';
import { timeSlicer, type SliceOptions } from './generate-in-slices';

export interface ExportAllRun {
  db: ShortlistDb;
  options: ExportOptions;
  /** Opens where the files go, named after the folder; null when the user cancelled. */
  openWriter(folderName: string): Promise<IpcResult<FolderWriter | null>>;
  report?: ExportAllReport;
  signal?: AbortSignal;
  slices?: SliceOptions;
  /** Roles read per slice (the repository's default unless a test sets it). */
  sliceRoles?: number;
}

/** How it ended: no roles, the user cancelled (dialog or Cancel), or the platform's answer. */
export type ExportAllOutcome =
  | { status: 'empty' }
  | { status: 'cancelled' }
  | { status: 'finished'; result: IpcResult<SaveOutcome> };

/** Thrown inside the run when the signal fires; never escapes {@link runExportAll}. */
class Cancelled extends Error {}

/** Writes every role and index.md through the writer the run opens. */
export async function runExportAll(run: ExportAllRun): Promise<ExportAllOutcome> {
  const { db, options, report, signal } = run;
  report?.('reading', 0, 0);
  const roles = await loadExportRoles(db);
  if (roles.length === 0) return { status: 'empty' };
  report?.('reading', roles.length, roles.length);
  const opened = await run.openWriter(exportFolderName(options.exportedAt, options.timeZone));
  if (!opened.ok) return { status: 'finished', result: opened };
  const writer = opened.value;
  if (writer === null) return { status: 'cancelled' };
  try {
    const result = await writeAll(run, writer, roles);
    return { status: 'finished', result };
  } catch (error) {
    await writer.abort();
    if (error instanceof Cancelled || signal?.aborted) return { status: 'cancelled' };
    throw error;
  }
}

async function writeAll(
  { db, options, report, signal, slices, sliceRoles }: ExportAllRun,
  writer: FolderWriter,
  roles: Awaited<ReturnType<typeof loadExportRoles>>,
): Promise<IpcResult<SaveOutcome>> {
  const plan = planRoleFiles(roles);
  const fileNames = new Map(plan.map(({ role, fileName }) => [role.id, fileName]));
  const entries = new Map<string, IndexEntry>();
  const total = plan.length + 1;
  const breathe = timeSlicer(slices);
  const check = () => {
    if (signal?.aborted) throw new Cancelled();
  };
  let done = 0;
  const slicesOf = loadRoleExportSlices(db, [...fileNames.keys()], sliceRoles);
  // The next slice is read while this one is written: reading waits on the disk, writing
  // on the processor, so each hides the other. At most two slices are held.
  const readNext = () => {
    const reading = slicesOf.next();
    // Awaited below; marked handled so a read left pending by a cancel never surfaces.
    reading.catch(() => undefined);
    return reading;
  };
  let next = readNext();
  for (;;) {
    const read = await next;
    if (read.done) break;
    next = readNext();
    const slice = read.value;
    check();
    const files: ExportFile[] = [];
    for (const data of slice) {
      const fileName = fileNames.get(data.role.id) ?? '';
      files.push({ name: fileName, content: roleToMarkdown(data, options) });
      entries.set(data.role.id, { role: data.role, fileName, facts: indexFacts(data) });
      done += 1;
      report?.('writing', done, total);
      await breathe();
      check();
    }
    await handOver(writer, files);
  }
  // In the index's order; a role deleted while the export ran is not listed.
  const listed = plan.flatMap(({ role }) => entries.get(role.id) ?? []);
  await handOver(writer, [{ name: INDEX_FILE_NAME, content: indexMarkdown(listed, options) }]);
  check();
  report?.('writing', total, total);
  return writer.finish();
}

async function handOver(writer: FolderWriter, files: ExportFile[]): Promise<void> {
  if (files.length === 0) return;
  const written = await writer.write(files);
  if (!written.ok) throw new Error(written.error);
}
