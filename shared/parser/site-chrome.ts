/**
 * Lines that belong to the job board's page, not the posting: copyright footers
 * ("© 2024 Canonical Ltd. All rights reserved.") and calls to action ("CLICK TO APPLY").
 * Copied along with a posting, they would become a section or a checklist item; the
 * line reader treats them as blank. The posting text itself is kept verbatim.
 */
import { cleanInline } from './inline';

/** Footers are one short line; a long line that mentions copyright is prose. */
const MAX_CHROME_LINE = 200;
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)/iu;
const ALL_RIGHTS = /\ball rights reserved\b/iu;
const CALL_TO_ACTION =
  /^(?:click (?:here )?to apply|apply (?:now|here|today|online)|apply for this (?:job|role|position)|apply on (?:the )?company(?:['’]s)? (?:website|site))(?: (?:now|here|today))?\s*[!.…>»→]*$/iu;

/**
 * Whether a line's content is page chrome: a copyright footer or a bare call to apply.
 *
 * @param content - A line's content (markdown allowed).
 */
export function isSiteChrome(content: string): boolean {
  if (content.length > MAX_CHROME_LINE) return false;
  const text = cleanInline(content);
  return COPYRIGHT.test(text) || ALL_RIGHTS.test(text) || CALL_TO_ACTION.test(text);
}
