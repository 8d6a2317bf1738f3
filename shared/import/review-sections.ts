/**
 * Fixing a whole section at once in the review step: a section the parser filed under
 * the wrong kind (a list under a heading it did not know, filed as "Other") is switched
 * to Requirements, Preferred, Responsibilities or Other, and its items move with it.
 */
import type { ParsedSection, RequirementKind } from '../parser';
import { normalizeItemText } from './reparse';
import { nextItemKey, type ReviewDraft, type ReviewItem } from './review';
import { KIND_OF_CHOICE, sectionChoice, type SectionChoice } from './review-kinds';

export { SECTION_CHOICES, sectionChoice, type SectionChoice } from './review-kinds';

/** The checklist kind a section's items take, or null for a section that gives none. */
function itemKind(choice: SectionChoice): RequirementKind | null {
  if (choice === 'requirements') return 'required';
  if (choice === 'preferred') return 'preferred';
  return null;
}

/** The posting's wording of an item, normalised for comparison. */
function wordingOf(item: ReviewItem): string {
  return normalizeItemText(item.originalText ?? item.text);
}

/**
 * Whether an item came from the section at `index`: the parser said so, or (when it
 * gave no section) the item's posting wording is one of the section's list items.
 */
function belongsTo(item: ReviewItem, section: ParsedSection, index: number): boolean {
  if (item.sectionIndex !== undefined) return item.sectionIndex === index;
  if (item.origin !== 'posting') return false;
  const wording = wordingOf(item);
  return section.items.some((text) => normalizeItemText(text) === wording);
}

/**
 * Whether an item holds a list item's wording: it is that item, or a merge or split of
 * it (its posting wording contains it, word for word).
 */
function holds(item: ReviewItem, text: string): boolean {
  const wording = normalizeItemText(text);
  return wording !== '' && ` ${wordingOf(item)} `.includes(` ${wording} `);
}

/** Where a section's block of items goes: before the first item of a later section. */
function insertionPoint(items: readonly ReviewItem[], index: number): number {
  const at = items.findIndex(
    (item) => item.sectionIndex !== undefined && item.sectionIndex > index,
  );
  return at === -1 ? items.length : at;
}

/**
 * Switches the section at `index` to `choice`, moving all its items with it:
 * - to Requirements or Preferred, its items already on the checklist take that kind,
 *   items parked by an earlier switch come back (with the applicant's edits), and
 *   each of its list items not on the checklist yet is added (a custom item: the
 *   parser did not take it, so a later re-parse must not remove it), in list order;
 * - to Responsibilities or Other, its items leave the checklist and are parked.
 * The section's kind is saved with the posting. Other items, and the applicant's edits
 * to them, are untouched. The same draft when the section is missing or already so.
 */
export function switchSection(draft: ReviewDraft, index: number, choice: SectionChoice) {
  const section = draft.sections[index];
  if (section === undefined || sectionChoice(section.kind) === choice) return draft;
  const sections = draft.sections.slice();
  sections[index] = { ...section, kind: KIND_OF_CHOICE[choice] };
  const parked = draft.parked ?? [];
  const mine = draft.items.filter((item) => belongsTo(item, section, index));
  const others = draft.items.filter((item) => !mine.includes(item));
  const kind = itemKind(choice);
  if (kind === null) {
    return { ...draft, sections, items: others, parked: [...parked, ...mine] };
  }
  const back = parked.filter((item) => belongsTo(item, section, index));
  const waiting = [...mine, ...back].map((item) => ({ ...item, kind }));
  const block: ReviewItem[] = [];
  let keys: Pick<ReviewDraft, 'items' | 'parked'> = draft;
  for (const text of section.items) {
    // Already there: on the checklist from elsewhere, or placed (merged items hold several).
    if ([...others, ...block].some((item) => holds(item, text))) continue;
    const found = waiting.findIndex((item) => holds(item, text));
    if (found !== -1) {
      block.push(...waiting.splice(found, 1));
      continue;
    }
    const why = section.heading ? `under “${section.heading}”` : 'before the first heading';
    const added: ReviewItem = { key: nextItemKey(keys), text, kind, origin: 'custom' };
    block.push({ ...added, originalText: text, sectionIndex: index, why });
    keys = { items: [...keys.items, added], parked: keys.parked ?? [] };
  }
  // Prose items, split halves and edited items keep their order after the list items.
  block.push(...waiting);
  const at = insertionPoint(others, index);
  const items = [...others.slice(0, at), ...block, ...others.slice(at)];
  return { ...draft, sections, items, parked: parked.filter((item) => !back.includes(item)) };
}
