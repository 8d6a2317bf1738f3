/**
 * JSON parsing for files from outside: keys that could reach an object's prototype
 * anywhere in the document refuse the whole file, before any of it is used.
 */

/** Keys that have no business in a backup and could pollute prototypes if copied. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

class ForbiddenKeyError extends Error {
  constructor(readonly key: string) {
    super(`forbidden key “${key}”`);
  }
}

export type JsonParse = { ok: true; value: unknown } | { ok: false; error: string };

/** Characters that cannot be shown: controls, format marks, and U+FFFD (bytes that were not UTF-8). */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\uFFFD]/gu;
/** How much of the start of a file is looked at to tell text from binary. */
const SNIFF_CHARS = 4096;

/** Whether the text is a decoded binary file (an image, an archive…), not text. */
function looksBinary(text: string): boolean {
  const start = text.slice(0, SNIFF_CHARS);
  if (start.includes('\0')) return true;
  const unprintable = start.replace(/[\t\n\r]/gu, '').match(UNPRINTABLE)?.length ?? 0;
  return unprintable > Math.max(2, start.length / 100);
}

/** Parses `text`, describing in plain words why it is not usable JSON. */
export function parseUntrustedJson(text: string): JsonParse {
  if (looksBinary(text)) {
    return { ok: false, error: 'it is not a text file (a Shortlist backup is a JSON text file)' };
  }
  try {
    const value: unknown = JSON.parse(text, (key, child: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(key);
      return child;
    });
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ForbiddenKeyError) {
      return { ok: false, error: `it contains the key “${error.key}”, which Shortlist refuses` };
    }
    // The parser's message quotes the file; quote only what can be shown.
    const message = error instanceof Error ? error.message : String(error);
    const detail = message.replace(UNPRINTABLE, '').slice(0, 160);
    if (/end of (JSON|data)|Unterminated/i.test(detail)) {
      return { ok: false, error: `it ends too early; the file may be incomplete (${detail})` };
    }
    if (error instanceof RangeError) {
      return { ok: false, error: 'it is nested too deeply to read' };
    }
    return { ok: false, error: `it is not valid JSON (${detail})` };
  }
}

/** Whether a value is a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
