/**
 * What is typed in the contact dialog, kept as a draft (key `contact-form:<roleId>:<id>`,
 * `new` for a contact being added) while the dialog is open, so a reload or a crash
 * loses nothing: the role's Contacts tab opens the dialog again with it. Saving or
 * cancelling the dialog drops it.
 */
import { z } from 'zod';
import type { ContactFields } from '../../../shared/domain/contact-rules';
import { draftSizeProblem } from '../../../shared/domain/field-limits';
import { CONTACT_ROLES } from '../../../shared/domain/model';
import type { ShortlistDb } from './db';
import { putDraftAtExit } from './exit-drafts';

const PREFIX = 'contact-form:';
const NEW = 'new';

const contactDraftSchema = z.object({
  name: z.string(),
  role: z.enum(CONTACT_ROLES),
  email: z.string(),
  phone: z.string(),
  profileUrl: z.string(),
  notes: z.string(),
});

/** The draft key of the dialog for one contact of a role, or for a new one. */
export function contactDraftKey(roleId: string, contactId: string | undefined): string {
  return `${PREFIX}${roleId}:${contactId ?? NEW}`;
}

/** A draft left in the role's contact dialog: whose it is (null: a new contact), and what. */
export interface ContactDraft {
  key: string;
  contactId: string | null;
  fields: ContactFields;
}

/** Keeps the dialog's fields; false (nothing written) when they are over the drafts' limit. */
export async function saveContactDraft(
  db: ShortlistDb,
  key: string,
  roleId: string,
  fields: ContactFields,
  now: number = Date.now(),
): Promise<boolean> {
  if (draftSizeProblem(fields)) return false;
  await db.drafts.put({ key, roleId, value: fields, updatedAt: now });
  return true;
}

/**
 * Keeps the fields as the page goes away (pagehide), synchronously (see exit-drafts.ts).
 */
export function saveContactDraftAtExit(
  db: ShortlistDb,
  key: string,
  roleId: string,
  fields: ContactFields,
  now: number = Date.now(),
): void {
  if (draftSizeProblem(fields)) return;
  putDraftAtExit(db, { key, roleId, value: fields, updatedAt: now });
}

/** The role's contact-dialog draft, if one was left (the newest, if several). */
export async function findContactDraft(
  db: ShortlistDb,
  roleId: string,
): Promise<ContactDraft | undefined> {
  const prefix = `${PREFIX}${roleId}:`;
  const drafts = (await db.drafts.where('roleId').equals(roleId).toArray())
    .filter((draft) => draft.key.startsWith(prefix))
    .sort((a, b) => b.updatedAt - a.updatedAt);
  for (const draft of drafts) {
    const parsed = contactDraftSchema.safeParse(draft.value);
    if (!parsed.success) continue;
    const id = draft.key.slice(prefix.length);
    return { key: draft.key, contactId: id === NEW ? null : id, fields: parsed.data };
  }
  return undefined;
}

export async function discardContactDraft(db: ShortlistDb, key: string): Promise<void> {
  await db.drafts.delete(key);
}
