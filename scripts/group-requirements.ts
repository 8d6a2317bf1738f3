/**
 * `npm run --silent group-requirements -- FILE...`: parses each job-posting file the way
 * the app does and prints one JSON array of "same ask" groups, each an array of
 * `{ "file", "text" }` items from at least two different files (items that match
 * nothing are left out). It uses the app's own grouping (shared/similarity), so it shows
 * what the Compare screen shows for the same postings.
 *
 * Exit codes: 0 on success; 1 when a file cannot be read (one line per such file on
 * stderr, nothing on stdout); 2 for a usage error (no file given).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parsePosting } from '../shared/parser/index';
import { groupSimilarAsks } from '../shared/similarity/index';

/** One item of a printed group. */
export interface GroupedItem {
  file: string;
  text: string;
}

/** Where the command writes and how it reads; replaceable in tests. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => string;
}

const USAGE = 'usage: group-requirements FILE...  (prints one JSON array of groups of items)';

const defaultIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
};

function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}

/**
 * The groups for postings already read: one role per file (by position, so one file
 * named twice counts twice), its checklist as the app would seed it.
 *
 * @param postings - Each file's name and text.
 */
export function groupPostings(
  postings: readonly { file: string; text: string }[],
): GroupedItem[][] {
  const items = postings.flatMap((posting, at) =>
    parsePosting(posting.text).requirements.map((item, order) => ({
      id: `${String(at)}#${String(order)}`,
      roleId: String(at),
      file: posting.file,
      text: item.text,
    })),
  );
  return groupSimilarAsks(items).map((group) =>
    group.items.map((item) => ({ file: item.file, text: item.text })),
  );
}

/**
 * Runs the command.
 *
 * @param argv - The file paths (arguments after the script name).
 * @param io - Output and file access; defaults to the process's.
 * @returns The exit code: 0 success, 1 unreadable file, 2 usage error.
 */
export function main(argv: readonly string[], io: CliIo = defaultIo): number {
  const files = argv[0] === '--' ? argv.slice(1) : argv;
  if (files.length === 0) {
    io.stderr(`${USAGE}\n`);
    return 2;
  }
  const postings: { file: string; text: string }[] = [];
  let failed = false;
  for (const file of files) {
    try {
      postings.push({ file, text: io.readFile(file) });
    } catch (error) {
      io.stderr(`group-requirements: cannot read ${file}: ${reason(error)}\n`);
      failed = true;
    }
  }
  if (failed) return 1;
  io.stdout(`${JSON.stringify(groupPostings(postings), null, 2)}\n`);
  return 0;
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(invokedPath).href) {
  // exitCode, not exit(): stdout may still be flushing a large array.
  process.exitCode = main(process.argv.slice(2));
}
