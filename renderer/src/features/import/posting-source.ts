/**
 * Where a posting's text comes from (a paste, a picked file, a dropped file) and the
 * checks every source shares: a known file type, a size limit, some text in it. HTML is
 * converted to text by the pure `postingTextFrom`, which never runs a script or fetches.
 */
import type { OpenedFile } from '../../../../shared/ipc/channels';
import { postingTextFrom } from '../../../../shared/import/posting-input';
import { OPEN_RULES, readPickedFile } from '../../platform/browser-files';

/** A posting ready for the paste step, or why it could not be read. */
export type LoadedPosting =
  { ok: true; text: string; fileName?: string } | { ok: false; error: string };

export const POSTING_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

const MAX_BYTES = OPEN_RULES.posting.maxBytes;

/** Whether a file name has one of the extensions a posting may have. */
export function isPostingFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return POSTING_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

function megabytes(bytes: number): string {
  return String(Math.round(bytes / (1024 * 1024)));
}

/** Why `text` cannot become a posting (empty, too large), or null when it can. */
export function postingTextProblem(text: string): string | null {
  if (text.trim() === '')
    return 'There is no posting text yet. Paste a job posting or open a file.';
  if (new TextEncoder().encode(text).length > MAX_BYTES) {
    return `This posting is too large (the limit is ${megabytes(MAX_BYTES)} MB).`;
  }
  return null;
}

function unsupported(name: string): LoadedPosting {
  return {
    ok: false,
    error: `“${name}” is not a posting file Shortlist can read. Use a .txt, .md or .html file.`,
  };
}

/** The text of an opened file, HTML converted; refuses unknown types and empty files. */
export function loadOpenedFile(file: OpenedFile): LoadedPosting {
  if (!isPostingFileName(file.name)) return unsupported(file.name);
  if (file.size > MAX_BYTES) {
    return {
      ok: false,
      error: `“${file.name}” is too large for a posting (the limit is ${megabytes(MAX_BYTES)} MB).`,
    };
  }
  const text = postingTextFrom({ text: file.content, fileName: file.name });
  if (text.trim() === '') return { ok: false, error: `“${file.name}” has no text in it.` };
  return { ok: true, text, fileName: file.name };
}

/**
 * The text the review step parses, from the paste step's text and the name of the file
 * it was read from (undefined once the user typed or pasted over it). A file's text was
 * already converted by its type when it was read ({@link loadOpenedFile}), so it is used
 * as it is: sniffing it again would turn a .md or .txt file with a few inline tags into
 * HTML, and convert an .html file's text a second time. Other text is converted here.
 */
export function postingTextToReview(text: string, fileName: string | undefined): string {
  return fileName === undefined ? postingTextFrom({ text }) : text;
}

/** Reads a file dropped on the window (checked before a byte of it is read). */
export async function loadDroppedFile(file: File): Promise<LoadedPosting> {
  if (!isPostingFileName(file.name)) return unsupported(file.name);
  const result = await readPickedFile(file, 'posting');
  if (!result.ok) return { ok: false, error: result.error };
  if (result.value.status === 'cancelled') return { ok: false, error: 'No file was read.' };
  return loadOpenedFile(result.value.file);
}

/** The posting in a clipboard: plain text when there is some, else the HTML converted. */
export function textFromClipboard(data: Pick<DataTransfer, 'getData'>): string {
  const plain = data.getData('text/plain');
  if (plain.trim() !== '') return postingTextFrom({ text: plain });
  const html = data.getData('text/html');
  return html.trim() === '' ? '' : postingTextFrom({ text: html, fileName: 'clipboard.html' });
}
