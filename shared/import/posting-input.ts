/**
 * The one way pasted or opened text becomes posting text, so a paste, an opened file
 * and a dropped file give the same result for the same content.
 */
import { htmlToText, looksLikeHtml } from './html-to-text';

const HTML_FILE = /\.(?:html?|xhtml)$/i;
const TEXT_FILE = /\.(?:txt|md|markdown|text)$/i;

/**
 * The posting text to parse and store, from a file or a paste. HTML (by extension
 * `.html`/`.htm`, or sniffed with {@link looksLikeHtml} for pastes and files of other
 * types) is converted with {@link htmlToText}; `.txt` and `.md` files are never
 * converted, since markdown may hold a little inline HTML. CRLF and CR become LF, a
 * byte-order mark is removed and trailing blank space is trimmed.
 *
 * @param input - The text, and the file's name when it came from a file.
 * @returns The text to show in the review step (and store verbatim when saved).
 */
export function postingTextFrom(input: { text: string; fileName?: string }): string {
  const text = input.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const name = input.fileName ?? '';
  const isHtml = HTML_FILE.test(name) || (!TEXT_FILE.test(name) && looksLikeHtml(text));
  return (isHtml ? htmlToText(text) : text).trimEnd();
}
