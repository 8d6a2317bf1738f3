/**
 * `npm run bench:parse [corpus]`: how fast the posting parser is. Prints (never asserts,
 * since timings depend on the machine):
 * - the whole corpus parsed posting by posting: total parse time, time per MB, the
 *   median and slowest posting;
 * - one document of about 1, 2, 4 and 8 MB made of corpus postings laid end to end,
 *   parsed in one call: time per MB at each size, which stays flat when parse time grows
 *   linearly with input size.
 * Only parsing is timed, not decompression or JSON decoding.
 */

import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parsePostingStrict } from '../shared/parser/index';
import { forEachPosting } from './parse-eval/corpus';

const root = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_CORPUS = resolve(root, '../shared/corpus/remotewlb-postings.jsonl.gz');
const MB = 1e6;

function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Builds a document of at least `bytes` UTF-8 bytes from the postings, in order. */
function document(texts: readonly string[], bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes && texts.length > 0; i++) {
    const text = texts[i % texts.length] ?? '';
    parts.push(text);
    size += Buffer.byteLength(text, 'utf8') + 2;
  }
  return parts.join('\n\n');
}

/**
 * Command-line entry point.
 *
 * @param argv - Arguments after the script name: an optional corpus path.
 * @returns The exit code.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const path = argv[0] !== undefined ? resolve(argv[0]) : DEFAULT_CORPUS;
  const texts: string[] = [];
  try {
    await forEachPosting(path, (posting) => texts.push(posting.text));
  } catch (error) {
    process.stderr.write(`bench:parse: cannot read ${path}: ${String(error)}\n`);
    return 2;
  }
  // Warm up the JIT so the first postings are not measured cold.
  for (const text of texts.slice(0, 200)) parsePostingStrict(text);
  const times: number[] = [];
  let bytes = 0;
  for (const text of texts) {
    bytes += Buffer.byteLength(text, 'utf8');
    times.push(timed(() => parsePostingStrict(text)));
  }
  const total = times.reduce((a, b) => a + b, 0);
  const sorted = [...times].sort((a, b) => a - b);
  const out = [
    `whole corpus: ${String(texts.length)} postings, ${(bytes / MB).toFixed(1)} MB`,
    `  parse time:       ${(total / 1000).toFixed(2)} s`,
    `  per MB:           ${(total / (bytes / MB)).toFixed(1)} ms/MB (${(bytes / MB / (total / 1000)).toFixed(1)} MB/s)`,
    `  median posting:   ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(3)} ms`,
    `  slowest posting:  ${(sorted[sorted.length - 1] ?? 0).toFixed(2)} ms`,
    'one large document:',
  ];
  for (const size of [1, 2, 4, 8]) {
    const doc = document(texts, size * MB);
    const docBytes = Buffer.byteLength(doc, 'utf8');
    const ms = timed(() => parsePostingStrict(doc));
    out.push(
      `  ${(docBytes / MB).toFixed(1).padStart(4)} MB: ${ms.toFixed(0).padStart(6)} ms, ${(ms / (docBytes / MB)).toFixed(1)} ms/MB`,
    );
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(invokedPath).href) {
  process.exitCode = await main(process.argv.slice(2));
}
