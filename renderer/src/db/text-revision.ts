/**
 * Revision checks for single text fields (an item's evidence, a stage's notes) edited in
 * more than one window. The editor sends the stored text its edit started from (`base`);
 * if the stored text has moved on to something else since, the save is a conflict: it
 * writes nothing and returns the stored record, so the editor can show both versions.
 */

/** A save refused because another window changed the text first; `theirs` is stored. */
export interface TextConflict<T> {
  ok: false;
  error: string;
  conflict: { theirs: T };
}

export function textConflict<T>(theirs: T): TextConflict<T> {
  return {
    ok: false,
    error: 'It was changed in another window; choose which version to keep.',
    conflict: { theirs },
  };
}

/**
 * Whether saving `next` over `stored` would drop another window's change: the stored
 * text is neither what this edit started from nor what it would write. No base: no check.
 */
export function isStaleText(stored: string, base: string | undefined, next: string): boolean {
  return base !== undefined && stored !== base && stored !== next;
}

/** Both versions one after the other (theirs first, as it was saved first), to edit into one. */
export function keepBothTexts(theirs: string, mine: string): string {
  return [theirs.trimEnd(), mine.trimEnd()].filter(Boolean).join('\n\n');
}
