/**
 * `npm run --silent parse-posting -- FILE...`: parses each job-posting file and prints
 * one JSON array to stdout, one object per file in argument order:
 * `{file, title, company, location, sourceUrl, responsibilities, requirements, sections}`.
 *
 * Exit codes: 0 on success; 1 when a file cannot be read (one line per such file on
 * stderr, naming it and the reason, and nothing on stdout, so a caller never gets a
 * partial array); 2 for a usage error (no file given).
 */

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parsePosting } from '../shared/parser/index';
import type { ParsedPosting } from '../shared/parser/index';

/** One element of the printed array. */
export interface PostingReport extends Omit<ParsedPosting, 'sections'> {
  file: string;
  sections: ParsedPosting['sections'];
}

/** Where the command writes and how it reads; replaceable in tests. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => string;
}

const USAGE = 'usage: parse-posting FILE...  (prints one JSON array, one object per file)';

/** Plain-language reasons for the file-system errors a user can cause. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a parent of the path is not a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
};

/** A one-line reason for a read error, without a stack trace. */
function describeError(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && REASONS[code] !== undefined) return REASONS[code];
    if (typeof message === 'string') return message.split('\n')[0] ?? message;
  }
  return String(error);
}

const defaultIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
};

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
  const texts: string[] = [];
  let failed = false;
  for (const file of files) {
    try {
      texts.push(io.readFile(file));
    } catch (error) {
      io.stderr(`parse-posting: cannot read ${file}: ${describeError(error)}\n`);
      failed = true;
    }
  }
  if (failed) return 1;
  const reports: PostingReport[] = files.map((file, i) => {
    const parsed = parsePosting(texts[i] ?? '');
    return {
      file,
      title: parsed.title,
      company: parsed.company,
      team: parsed.team,
      location: parsed.location,
      sourceUrl: parsed.sourceUrl,
      responsibilities: parsed.responsibilities,
      requirements: parsed.requirements,
      possibleRequirements: parsed.possibleRequirements,
      sections: parsed.sections,
    };
  });
  io.stdout(`${JSON.stringify(reports, null, 2)}\n`);
  return 0;
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(invokedPath).href) {
  // exitCode, not exit(): stdout may still be flushing a large array.
  process.exitCode = main(process.argv.slice(2));
}
