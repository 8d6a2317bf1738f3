/**
 * Contacts: the people of a role, and which of them interview in each stage. A link
 * lives on the stage (`stage.interviewerContactIds`, a multi-entry index), so "the
 * stages a contact is in" is one indexed query, and deleting a contact takes it off
 * those stages in the same transaction (Undo puts both back).
 */
import {
  checkContactFields,
  contactName,
  contactRoleLabel,
  type ContactFields,
  type ContactRow,
} from '../../../shared/domain/contact-rules';
import type { Contact, InterviewStage } from '../../../shared/domain/model';
import { fail, ok, type Result } from '../../../shared/result';
import { logActivity } from './activities-repo';
import { newId, type ShortlistDb } from './db';

const CONTACT_GONE = 'This contact no longer exists. It may have been deleted in another window.';
const ROLE_GONE = 'This role no longer exists. It may have been deleted in another window.';
const STAGE_GONE = 'This stage no longer exists (it may have been deleted in another window).';

/** The first problem with the fields, worded for a notice; or the fields as stored. */
function validated(fields: unknown): Result<ContactFields> {
  const checked = checkContactFields(fields);
  if (checked.ok) return ok(checked.value);
  return fail(`The contact cannot be saved: ${checked.problems[0]?.message ?? 'invalid fields.'}`);
}

/** A role's contacts, by name. */
export async function listRoleContacts(db: ShortlistDb, roleId: string): Promise<Contact[]> {
  const contacts = await db.contacts.where('roleId').equals(roleId).toArray();
  return contacts.sort((a, b) =>
    contactName(a).localeCompare(contactName(b), 'en', { sensitivity: 'base' }),
  );
}

/** Every contact with its role's title and company, for the Contacts screen (unsorted). */
export async function listContactRows(db: ShortlistDb): Promise<ContactRow[]> {
  return db.transaction('r', [db.contacts, db.roles], async () => {
    const contacts = await db.contacts.toArray();
    const roleIds = [...new Set(contacts.map((contact) => contact.roleId))];
    const roles = new Map(
      (await db.roles.bulkGet(roleIds)).flatMap((role) => (role ? [[role.id, role] as const] : [])),
    );
    return contacts.flatMap((contact) => {
      const role = roles.get(contact.roleId);
      return role ? [{ contact, roleTitle: role.title, company: role.company }] : [];
    });
  });
}

/** Adds a contact to a role and logs 'contact-added', in one transaction. */
export async function addContact(
  db: ShortlistDb,
  roleId: string,
  fields: unknown,
  now: number = Date.now(),
): Promise<Result<Contact>> {
  const checked = validated(fields);
  if (!checked.ok) return checked;
  return db.transaction('rw', [db.roles, db.contacts, db.activities], async () => {
    if (!(await db.roles.get(roleId))) return fail<Contact>(ROLE_GONE);
    const contact: Contact = {
      id: newId(),
      roleId,
      ...checked.value,
      createdAt: now,
      updatedAt: now,
    };
    await db.contacts.add(contact);
    await logActivity(
      db,
      {
        roleId,
        type: 'contact-added',
        summary: `Contact added: ${contactName(contact)} (${contactRoleLabel(contact.role)})`,
      },
      now,
    );
    return ok(contact);
  });
}

/** Writes a contact's fields (a no-op, keeping `updatedAt`, when nothing changed). */
export async function updateContact(
  db: ShortlistDb,
  contactId: string,
  fields: unknown,
  now: number = Date.now(),
): Promise<Result<Contact>> {
  const checked = validated(fields);
  if (!checked.ok) return checked;
  return db.transaction('rw', db.contacts, async () => {
    const contact = await db.contacts.get(contactId);
    if (!contact) return fail<Contact>(CONTACT_GONE);
    const next: Contact = { ...contact, ...checked.value };
    const same = (Object.keys(checked.value) as (keyof ContactFields)[]).every(
      (key) => contact[key] === next[key],
    );
    if (same) return ok(contact);
    next.updatedAt = now;
    await db.contacts.put(next);
    return ok(next);
  });
}

/** What Undo needs: the contact and the stages it was taken off. */
export interface DeletedContact {
  contact: Contact;
  stageIds: string[];
}

/** The stages that name this contact as an interviewer. */
export function stagesWithInterviewer(
  db: ShortlistDb,
  contactId: string,
): Promise<InterviewStage[]> {
  return db.stages.where('interviewerContactIds').equals(contactId).toArray();
}

/**
 * Deletes a contact and takes it off every stage it interviews in, in one transaction;
 * returns what {@link restoreContact} needs, or null when it was already gone. The
 * stages keep their `updatedAt`: a link is not an edit of the round, and Undo then puts
 * them back exactly.
 */
export async function deleteContact(
  db: ShortlistDb,
  contactId: string,
): Promise<DeletedContact | null> {
  return db.transaction('rw', [db.contacts, db.stages], async () => {
    const contact = await db.contacts.get(contactId);
    if (!contact) return null;
    const stages = await stagesWithInterviewer(db, contactId);
    for (const stage of stages) {
      await db.stages.update(stage.id, {
        interviewerContactIds: (stage.interviewerContactIds ?? []).filter((id) => id !== contactId),
      });
    }
    await db.contacts.delete(contactId);
    return { contact, stageIds: stages.map((stage) => stage.id) };
  });
}

/**
 * Puts a deleted contact back, unchanged, and on the stages it was taken off (those
 * that still exist). False when its role was deleted meanwhile.
 */
export async function restoreContact(db: ShortlistDb, deleted: DeletedContact): Promise<boolean> {
  const { contact, stageIds } = deleted;
  return db.transaction('rw', [db.roles, db.contacts, db.stages], async () => {
    if (!(await db.roles.get(contact.roleId))) return false;
    await db.contacts.put(contact);
    for (const stage of await db.stages.bulkGet(stageIds)) {
      const ids = stage?.interviewerContactIds ?? [];
      if (!stage || ids.includes(contact.id)) continue;
      await db.stages.update(stage.id, { interviewerContactIds: [...ids, contact.id] });
    }
    return true;
  });
}

/**
 * Sets who interviews in a stage, in the order given (duplicates dropped). Only contacts
 * of the stage's own role may be named, as backups check.
 */
export async function setStageInterviewers(
  db: ShortlistDb,
  stageId: string,
  contactIds: readonly string[],
  now: number = Date.now(),
): Promise<Result<InterviewStage>> {
  const wanted = [...new Set(contactIds)];
  return db.transaction('rw', [db.stages, db.contacts], async () => {
    const stage = await db.stages.get(stageId);
    if (!stage) return fail<InterviewStage>(STAGE_GONE);
    const found = await db.contacts.bulkGet(wanted);
    if (found.some((contact) => contact?.roleId !== stage.roleId)) {
      return fail<InterviewStage>(CONTACT_GONE);
    }
    const current = stage.interviewerContactIds ?? [];
    if (current.length === wanted.length && current.every((id, i) => id === wanted[i])) {
      return ok(stage);
    }
    const next: InterviewStage = { ...stage, interviewerContactIds: wanted, updatedAt: now };
    await db.stages.put(next);
    return ok(next);
  });
}
