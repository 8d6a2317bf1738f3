/**
 * The Contacts tab of a role: everyone the applicant deals with about it (recruiters,
 * hiring managers, interviewers), each exportable as a vCard, all of them at once too.
 * Interviewers are linked to rounds from each stage on the Interviews tab.
 */
import { useEffect, useRef, useState } from 'react';
import type { ContactFields } from '../../../../shared/domain/contact-rules';
import type { Contact } from '../../../../shared/domain/model';
import { findContactDraft } from '../../db/contact-drafts-repo';
import { useDb } from '../../db/db-context';
import { useRole } from '../../db/hooks';
import { useStorageFull } from '../../db/use-storage-status';
import { useRoleStages } from '../interviews/use-stages';
import { ContactCard } from './ContactCard';
import { ContactDialog } from './ContactDialog';
import { useContactCommands, useRoleContacts } from './use-contacts';

/** What the dialog is open for: a new contact, or the one being edited (and a draft left). */
type Editing = { contact?: Contact; restored?: ContactFields } | null;

export function ContactsPanel({ roleId }: { roleId: string }) {
  const contacts = useRoleContacts(roleId);
  const role = useRole(roleId);
  const stages = useRoleStages(roleId)?.stages;
  const commands = useContactCommands();
  const full = useStorageFull();
  const [editing, setEditing] = useState<Editing>(null);
  useLeftDraft(roleId, contacts, (found) => {
    setEditing((current) => current ?? found);
  });

  if (contacts === undefined || !role) return <div className="screen-loading" aria-busy="true" />;
  const interviewsOf = (contact: Contact) =>
    (stages ?? [])
      .filter((stage) => (stage.interviewerContactIds ?? []).includes(contact.id))
      .map((stage) => stage.name);
  const add = (
    <button
      type="button"
      className="button button-primary"
      disabled={full}
      onClick={() => {
        setEditing({});
      }}
    >
      Add contact
    </button>
  );

  return (
    <div className="contacts-panel">
      <div className="contacts-toolbar">
        <p className="muted">
          {contacts.length === 0
            ? 'No contacts yet.'
            : `${String(contacts.length)} ${contacts.length === 1 ? 'contact' : 'contacts'}`}
        </p>
        <div className="contacts-toolbar-actions">
          {contacts.length > 1 && (
            <button
              type="button"
              className="button"
              onClick={() =>
                void commands.exportVCard(contacts, role.company, [
                  'contacts',
                  role.title,
                  role.company,
                ])
              }
            >
              Export all as vCard
            </button>
          )}
          {add}
        </div>
      </div>
      {contacts.length === 0 ? (
        <div className="empty-state contacts-empty">
          <h2>Keep the people of this role</h2>
          <p>
            Add the recruiter, the hiring manager and your interviewers: how to reach them and what
            you learned. Link interviewers to their rounds on the Interviews tab; they appear in the
            interview brief and the role’s Markdown, and export as vCards.
          </p>
        </div>
      ) : (
        <ul className="contacts-list" aria-label="Contacts">
          {contacts.map((contact) => (
            <ContactCard
              key={contact.id}
              contact={contact}
              interviews={interviewsOf(contact)}
              readOnly={full}
              onEdit={() => {
                setEditing({ contact });
              }}
              onExport={() =>
                void commands.exportVCard([contact], role.company, [contact.name, role.company])
              }
              onDelete={() => void commands.remove(contact)}
            />
          ))}
        </ul>
      )}
      <ContactDialog
        open={editing !== null}
        roleId={roleId}
        contact={editing?.contact}
        restored={editing?.restored}
        onClose={() => {
          setEditing(null);
        }}
      />
    </div>
  );
}

/**
 * Text left in the contact dialog by a reload or a crash: once the role's contacts are
 * read, the dialog opens again with it (for a contact deleted since, the draft stays).
 */
function useLeftDraft(
  roleId: string,
  contacts: readonly Contact[] | undefined,
  open: (editing: NonNullable<Editing>) => void,
) {
  const db = useDb();
  const looked = useRef(false);
  useEffect(() => {
    if (looked.current || contacts === undefined) return;
    looked.current = true;
    void findContactDraft(db, roleId).then((draft) => {
      if (!draft) return;
      if (draft.contactId === null) {
        open({ restored: draft.fields });
        return;
      }
      const contact = contacts.find((candidate) => candidate.id === draft.contactId);
      if (contact) open({ contact, restored: draft.fields });
    });
  }, [db, roleId, contacts, open]);
}
