/**
 * Live contact data, and the contact commands wrapped with what the user sees: errors as
 * messages, a delete with Undo, a vCard saved through the platform and logged.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { ContactRow } from '../../../../shared/domain/contact-rules';
import type { Contact } from '../../../../shared/domain/model';
import { vcardFileName } from '../../../../shared/export/file-names';
import { contactsVCard } from '../../../../shared/export/vcard';
import { useNotify } from '../../components/notices';
import {
  deleteContact,
  listContactRows,
  listRoleContacts,
  restoreContact,
} from '../../db/contacts-repo';
import { useDb } from '../../db/db-context';
import { logExport } from '../../db/export-activity';
import { usePlatform } from '../../platform';
import { baseName, errorText, savedMessage } from '../export/export-messages';

export function useRoleContacts(roleId: string): Contact[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listRoleContacts(db, roleId), [db, roleId]);
}

export function useContactRows(): ContactRow[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listContactRows(db), [db]);
}

export interface ContactCommands {
  /** Deletes the contact (and its interviewer links), offering Undo. */
  remove(contact: Contact): Promise<void>;
  /** Saves these contacts of one role as one vCard file; `label` names the file. */
  exportVCard(contacts: readonly Contact[], company: string, label: string[]): Promise<void>;
}

export function useContactCommands(): ContactCommands {
  const db = useDb();
  const notify = useNotify();
  const platform = usePlatform();
  return useMemo(
    () => ({
      async remove(contact) {
        try {
          const deleted = await deleteContact(db, contact.id);
          if (!deleted) return;
          notify(`Deleted ${contact.name}`, 'info', {
            label: 'Undo',
            run: async () => {
              if (!(await restoreContact(db, deleted))) {
                notify('The contact could not be put back: its role was deleted.', 'error');
              }
            },
          });
        } catch (error) {
          notify(`Could not delete the contact: ${errorText(error)}`, 'error');
        }
      },
      async exportVCard(contacts, company, label) {
        const roleId = contacts[0]?.roleId;
        if (roleId === undefined) return;
        try {
          const result = await platform.saveFile({
            kind: 'vcard',
            suggestedName: vcardFileName(label),
            content: contactsVCard(contacts, company),
          });
          if (!result.ok) throw new Error(result.error);
          if (result.value.status === 'cancelled') return;
          notify(savedMessage(platform.kind, result.value));
          const what = contacts.length === 1 ? (contacts[0]?.name ?? '') : 'the contacts';
          await logExport(db, roleId, `Saved ${what} as a vCard (${baseName(result.value.path)})`);
        } catch (error) {
          notify(`Could not save the vCard: ${errorText(error)}`, 'error');
        }
      },
    }),
    [db, notify, platform],
  );
}
