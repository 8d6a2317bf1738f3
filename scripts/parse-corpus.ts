/**
 * `npm run parse-corpus [path]`: runs the posting parser over every posting of a JSONL
 * corpus (gzipped or not) and reports how many parsed, how many threw, how many gave no
 * requirement, the slowest parse, total time and throughput. Exits 1 if any posting made
 * the parser throw, 2 if the corpus cannot be read.
 *
 * The corpus is streamed (file → gunzip → lines) so memory stays flat; only parse time is
 * measured for throughput, not decompression or JSON decoding.
 *
 * With `--all-forms`, each posting is also parsed as copy-paste degrades it (plain lines,
 * glued items, lost punctuation; see parse-eval/degrade.ts), and a throw in any form
 * counts.
 */

import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createGunzip } from 'node:zlib';
import { parsePostingStrict } from '../shared/parser/index';
import { degrade, FORMS } from './parse-eval/degrade';
import type { Form } from './parse-eval/degrade';

/** The corpus shared by all engineers, relative to the repository root. */
const DEFAULT_CORPUS = '../shared/corpus/remotewlb-postings.jsonl.gz';

/** Figures reported for one corpus run. */
export interface CorpusStats {
  parsed: number;
  threw: number;
  invalidLines: number;
  noRequirement: number;
  noResponsibility: number;
  requirements: number;
  slowestId: string;
  slowestMs: number;
  parseMs: number;
  bytes: number;
  firstErrors: string[];
}

/** Reads `{id, text}` from one JSONL line, or undefined when the line is not that shape. */
function readPosting(line: string): { id: string; text: string } | undefined {
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value !== 'object' || value === null) return undefined;
    const { id, text } = value as { id?: unknown; text?: unknown };
    if (typeof text !== 'string') return undefined;
    return { id: typeof id === 'string' ? id : '?', text };
  } catch {
    return undefined;
  }
}

/**
 * Parses every posting of the corpus at `path`.
 *
 * @param path - A `.jsonl` or `.jsonl.gz` file of `{id, text}` objects.
 * @param forms - The forms to parse each posting in (the original markdown by default);
 *   the requirement figures count the first form only.
 * @returns The run's figures.
 */
export async function parseCorpus(
  path: string,
  forms: readonly Form[] = ['markdown'],
): Promise<CorpusStats> {
  const stats: CorpusStats = {
    parsed: 0,
    threw: 0,
    invalidLines: 0,
    noRequirement: 0,
    noResponsibility: 0,
    requirements: 0,
    slowestId: '',
    slowestMs: 0,
    parseMs: 0,
    bytes: 0,
    firstErrors: [],
  };
  const file = createReadStream(path);
  const input = path.endsWith('.gz') ? file.pipe(createGunzip()) : file;
  // Stream errors (missing file, corrupt gzip) must reject, not crash the process.
  const failed = new Promise<never>((_, reject) => {
    file.on('error', reject);
    input.on('error', reject);
  });
  const lines = createInterface({ input, crlfDelay: Infinity });
  const consume = (async () => {
    for await (const line of lines) {
      if (line.trim() === '') continue;
      const posting = readPosting(line);
      if (posting === undefined) {
        stats.invalidLines++;
        continue;
      }
      forms.forEach((form, index) => {
        const text = degrade(posting.text, form);
        stats.bytes += Buffer.byteLength(text, 'utf8');
        const start = performance.now();
        try {
          const parsed = parsePostingStrict(text);
          stats.parsed++;
          if (index === 0) {
            stats.requirements += parsed.requirements.length;
            if (parsed.requirements.length === 0) stats.noRequirement++;
            if (parsed.responsibilities.length === 0) stats.noResponsibility++;
          }
        } catch (error) {
          stats.threw++;
          if (stats.firstErrors.length < 5) {
            stats.firstErrors.push(`${posting.id} (${form}): ${String(error)}`);
          }
        }
        const ms = performance.now() - start;
        stats.parseMs += ms;
        if (ms > stats.slowestMs) {
          stats.slowestMs = ms;
          stats.slowestId = `${posting.id} (${form})`;
        }
      });
    }
  })();
  await Promise.race([consume, failed]);
  return stats;
}

/** Formats the figures as the report printed to stdout. */
export function formatStats(stats: CorpusStats, wallMs: number, forms = 1): string {
  const total = stats.parsed + stats.threw;
  const postings = total / forms;
  const mb = stats.bytes / 1e6;
  const seconds = stats.parseMs / 1000;
  return [
    `postings:          ${postings}${stats.invalidLines > 0 ? ` (+${stats.invalidLines} invalid lines skipped)` : ''}${forms > 1 ? `, each in ${forms} forms` : ''}`,
    `parsed:            ${stats.parsed}`,
    `threw:             ${stats.threw}`,
    `no requirement:    ${stats.noRequirement}`,
    `no responsibility: ${stats.noResponsibility}`,
    `requirements:      ${stats.requirements} (${postings > 0 ? (stats.requirements / postings).toFixed(1) : '0'} per posting)`,
    `slowest parse:     ${stats.slowestId} (${stats.slowestMs.toFixed(2)} ms)`,
    `parse time:        ${seconds.toFixed(2)} s for ${mb.toFixed(1)} MB (${seconds > 0 ? (mb / seconds).toFixed(1) : '∞'} MB/s)`,
    `total time:        ${(wallMs / 1000).toFixed(2)} s (including gunzip and JSON)`,
    ...stats.firstErrors.map((error) => `error: ${error}`),
  ].join('\n');
}

/**
 * Command-line entry point.
 *
 * @param argv - Arguments after the script name: an optional corpus path, `--all-forms`.
 * @returns The exit code.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const repoRoot = fileURLToPath(new URL('..', import.meta.url));
  const allForms = argv.includes('--all-forms');
  const forms: readonly Form[] = allForms ? FORMS : ['markdown'];
  const file = argv.find((arg) => arg !== '--all-forms');
  const path = file !== undefined ? resolve(file) : resolve(repoRoot, DEFAULT_CORPUS);
  const start = performance.now();
  let stats: CorpusStats;
  try {
    stats = await parseCorpus(path, forms);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`parse-corpus: cannot read ${path}: ${reason}\n`);
    return 2;
  }
  process.stdout.write(`${formatStats(stats, performance.now() - start, forms.length)}\n`);
  return stats.threw > 0 ? 1 : 0;
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(invokedPath).href) {
  process.exitCode = await main(process.argv.slice(2));
}
