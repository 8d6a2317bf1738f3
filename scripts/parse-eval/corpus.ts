/**
 * Streaming the shared JSONL corpus (`{id, text}` per line, gzipped or not).
 */

import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

/** One posting of the corpus. */
export interface CorpusPosting {
  id: string;
  text: string;
}

/** Reads `{id, text}` from a JSONL line, or undefined for any other shape. */
function readPosting(line: string): CorpusPosting | undefined {
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value !== 'object' || value === null) return undefined;
    const { id, text } = value as { id?: unknown; text?: unknown };
    return typeof id === 'string' && typeof text === 'string' ? { id, text } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Calls `visit` for every posting of the corpus, in file order.
 *
 * @param path - A `.jsonl` or `.jsonl.gz` file.
 * @param visit - Called once per valid posting.
 */
export async function forEachPosting(
  path: string,
  visit: (posting: CorpusPosting) => void,
): Promise<void> {
  const file = createReadStream(path);
  const input = path.endsWith('.gz') ? file.pipe(createGunzip()) : file;
  const failed = new Promise<never>((_, reject) => {
    file.on('error', reject);
    input.on('error', reject);
  });
  const consume = (async () => {
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      const posting = line.trim() === '' ? undefined : readPosting(line);
      if (posting !== undefined) visit(posting);
    }
  })();
  await Promise.race([consume, failed]);
}
