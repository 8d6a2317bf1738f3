/** What stops a reviewed draft from being saved (re-exported by ./review). */
import { parseExternalUrl } from '../security/external-links';
import { MAX_POSTING_ITEMS, REQUIREMENT_TEXT_MAX } from '../domain/checklist-rules';
import { ROLE_FIELD_LIMITS, ROLE_FIELD_LABELS, type RoleField } from '../domain/role-limits';
import type { ReviewDraft } from './review';

/**
 * What stops the draft from being saved, as messages for the user (empty when it can
 * be saved): an empty posting, checklist items left empty or longer than the checklist
 * allows, a title, company, team, location or source URL longer than
 * `ROLE_FIELD_LIMITS` allows, a source URL that is not a web address.
 */
export function validateDraft(draft: ReviewDraft): string[] {
  const messages: string[] = [];
  if (draft.text.trim() === '')
    messages.push('The posting text is empty. Paste or open a posting first.');
  if (draft.items.length > MAX_POSTING_ITEMS) {
    messages.push(
      `A role can take at most ${String(MAX_POSTING_ITEMS)} checklist items from a posting; this checklist has ${draft.items.length.toLocaleString('en')}. Remove some, or switch a long section to Other.`,
    );
  }
  const empty = draft.items.flatMap((item, index) => (item.text.trim() === '' ? [index + 1] : []));
  if (empty.length === 1) {
    messages.push(`Checklist item ${empty.join('')} has no text: type it or remove it.`);
  } else if (empty.length > 1) {
    messages.push(`Checklist items ${empty.join(', ')} have no text: type them or remove them.`);
  }
  const long = draft.items.flatMap((item, index) =>
    item.text.trim().length > REQUIREMENT_TEXT_MAX ? [index + 1] : [],
  );
  if (long.length > 0) {
    messages.push(
      `Checklist ${long.length === 1 ? 'item' : 'items'} ${long.join(', ')} ${long.length === 1 ? 'is' : 'are'} longer than ${REQUIREMENT_TEXT_MAX} characters: split or shorten ${long.length === 1 ? 'it' : 'them'}.`,
    );
  }
  for (const field of Object.keys(ROLE_FIELD_LIMITS) as RoleField[]) {
    const max = ROLE_FIELD_LIMITS[field];
    if (draft[field].trim().length > max) {
      messages.push(
        `The ${ROLE_FIELD_LABELS[field]} is longer than ${max.toLocaleString('en')} characters: shorten it.`,
      );
    }
  }
  const url = draft.sourceUrl.trim();
  if (url !== '' && parseExternalUrl(url) === null) {
    messages.push('The source URL must be a web address starting with http:// or https://.');
  }
  return messages;
}
