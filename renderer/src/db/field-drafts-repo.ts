/**
 * Text typed into a self-saving field (a stage's interviewers, an application's contact…)
 * that cannot be saved as it is, because it is over the field's limit. It is kept as a
 * draft (key `field:<record>:<id>:<field>`) so closing the card, switching tab or
 * reloading loses nothing; the field shows it again until it is shortened and saved.
 */
import { z } from 'zod';
import { draftSizeProblem } from '../../../shared/domain/field-limits';
import { fail, ok, type Result } from '../../../shared/result';
import type { ShortlistDb } from './db';

const fieldDraftSchema = z.object({ text: z.string() });

/** The draft key of one field of one record, e.g. `field:stage:<id>:interviewers`. */
export function fieldDraftKey(record: 'stage' | 'application', id: string, field: string): string {
  return `field:${record}:${id}:${field}`;
}

/** Keeps the field's text; a value over the drafts' size limit is refused, nothing written. */
export async function saveFieldDraft(
  db: ShortlistDb,
  key: string,
  roleId: string,
  text: string,
  now: number = Date.now(),
): Promise<Result<void>> {
  const value = { text };
  const tooLarge = draftSizeProblem(value);
  if (tooLarge) return fail(tooLarge);
  await db.drafts.put({ key, roleId, value, updatedAt: now });
  return ok(undefined);
}

/** The kept text of a field, or undefined when there is none or it is unreadable. */
export async function loadFieldDraft(db: ShortlistDb, key: string): Promise<string | undefined> {
  const draft = await db.drafts.get(key);
  return fieldDraftSchema.safeParse(draft?.value).data?.text;
}

/** Drops a field's kept text (it was saved, or the user went back to the stored value). */
export async function discardFieldDraft(db: ShortlistDb, key: string): Promise<void> {
  await db.drafts.delete(key);
}
