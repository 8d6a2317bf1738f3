/**
 * The upgrade to schema version 3 (see schema.ts). It uses only its transaction, as
 * every Dexie upgrade must, and keeps the old free-text fields: a contact line moves
 * into a contact record but stays on the application too.
 */
import type { Transaction } from 'dexie';
import {
  contactFromFreeText,
  statusChangeFromSummary,
} from '../../../shared/domain/legacy-records';
import type { Activity, Application, Contact } from '../../../shared/domain/model';

export async function upgradeToVersion3(tx: Transaction): Promise<void> {
  const applications = (await tx.table('applications').toArray()) as Application[];
  const now = Date.now();
  const contacts: Contact[] = [];
  for (const application of applications) {
    const contact = contactFromFreeText(application.contact, {
      id: crypto.randomUUID(),
      roleId: application.roleId,
      now,
    });
    // The same person on a re-application is one contact.
    const known = contacts.some(
      (other) => other.roleId === contact?.roleId && other.name === contact.name,
    );
    if (contact && !known) contacts.push(contact);
  }
  await tx.table('contacts').bulkAdd(contacts);
  await tx
    .table('activities')
    .toCollection()
    .modify((entry: Activity) => {
      if (entry.type !== 'status-changed') return;
      Object.assign(entry, statusChangeFromSummary(entry.summary));
    });
}
