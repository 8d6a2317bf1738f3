/**
 * Adds or edits one contact in a modal form. Every problem is shown beside its field
 * (checked with the same rules the save applies) and focus goes to the first one; a
 * refused save changes nothing.
 */
import { useId, useState, type SubmitEvent } from 'react';
import {
  BLANK_CONTACT,
  checkContactFields,
  contactRoleLabel,
  type ContactFields,
  type ContactProblem,
} from '../../../../shared/domain/contact-rules';
import { FIELD_LIMITS } from '../../../../shared/domain/field-limits';
import { CONTACT_ROLES, type Contact, type ContactRole } from '../../../../shared/domain/model';
import { ModalDialog } from '../../components/ModalDialog';
import { useNotify } from '../../components/notices';
import { contactDraftKey } from '../../db/contact-drafts-repo';
import { addContact, updateContact } from '../../db/contacts-repo';
import { useDb } from '../../db/db-context';
import { ContactField } from './ContactField';
import { useContactDraft } from './use-contact-draft';

interface ContactDialogProps {
  open: boolean;
  roleId: string;
  /** The contact to edit; a new one when absent. */
  contact?: Contact | undefined;
  /** What was typed before a reload or crash, to go on with. */
  restored?: ContactFields | undefined;
  onClose: () => void;
}

const fieldsOf = (contact: Contact | undefined): ContactFields =>
  contact
    ? {
        name: contact.name,
        role: contact.role,
        email: contact.email,
        phone: contact.phone,
        profileUrl: contact.profileUrl,
        notes: contact.notes,
      }
    : BLANK_CONTACT;

export function ContactDialog({ open, roleId, contact, restored, onClose }: ContactDialogProps) {
  const title = contact ? `Edit ${contact.name}` : 'Add a contact';
  return (
    <ModalDialog
      open={open}
      title={title}
      onClose={onClose}
      className="contact-dialog"
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="contact-form" className="button button-primary">
            {contact ? 'Save contact' : 'Add contact'}
          </button>
        </>
      }
    >
      {/* Remounted for each contact, so the form starts from its saved fields. */}
      <ContactForm
        key={contact?.id ?? 'new'}
        roleId={roleId}
        contact={contact}
        restored={restored}
        onDone={onClose}
      />
    </ModalDialog>
  );
}

function ContactForm({
  roleId,
  contact,
  restored,
  onDone,
}: {
  roleId: string;
  contact: Contact | undefined;
  restored: ContactFields | undefined;
  onDone: () => void;
}) {
  const db = useDb();
  const notify = useNotify();
  const [opening] = useState<ContactFields>(() => restored ?? fieldsOf(contact));
  const [fields, setFields] = useState<ContactFields>(opening);
  useContactDraft(
    contactDraftKey(roleId, contact?.id),
    roleId,
    fields,
    restored !== undefined || fields !== opening,
  );
  const [problems, setProblems] = useState<ContactProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const partId = useId();
  const errorOf = (field: keyof ContactFields) =>
    problems.find((problem) => problem.field === field)?.message;
  const set = (field: keyof ContactFields) => (value: string) => {
    setFields((current) => ({ ...current, [field]: value }));
    setProblems((current) => current.filter((problem) => problem.field !== field));
  };

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const checked = checkContactFields(fields);
    if (!checked.ok) {
      setProblems(checked.problems);
      // Focus the first field with a problem, once React has marked it.
      requestAnimationFrame(() => {
        form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      });
      return;
    }
    setSaving(true);
    const result = contact
      ? await updateContact(db, contact.id, checked.value)
      : await addContact(db, roleId, checked.value);
    setSaving(false);
    if (!result.ok) {
      notify(result.error, 'error');
      return;
    }
    notify(contact ? `Saved ${result.value.name}` : `Added ${result.value.name}`);
    onDone();
  }

  return (
    <form id="contact-form" className="contact-form" noValidate onSubmit={(e) => void submit(e)}>
      {restored && (
        <p className="note-restored contact-restored" role="status">
          Restored what you typed before the app closed.
        </p>
      )}
      <ContactField
        label="Name"
        value={fields.name}
        limit={FIELD_LIMITS.contactName}
        onChange={set('name')}
        error={errorOf('name')}
        required
        autoFocus
      />
      <div className="field">
        <label htmlFor={partId}>Part they play</label>
        <select
          id={partId}
          value={fields.role}
          onChange={(event) => {
            setFields((current) => ({ ...current, role: event.target.value as ContactRole }));
          }}
        >
          {CONTACT_ROLES.map((role) => (
            <option key={role} value={role}>
              {contactRoleLabel(role)}
            </option>
          ))}
        </select>
      </div>
      <ContactField
        label="E-mail"
        type="email"
        value={fields.email}
        limit={FIELD_LIMITS.contactEmail}
        onChange={set('email')}
        error={errorOf('email')}
        placeholder="name@example.com"
      />
      <ContactField
        label="Phone"
        type="tel"
        value={fields.phone}
        limit={FIELD_LIMITS.contactPhone}
        onChange={set('phone')}
        error={errorOf('phone')}
      />
      <ContactField
        label="Profile link"
        type="url"
        value={fields.profileUrl}
        limit={FIELD_LIMITS.contactProfileUrl}
        onChange={set('profileUrl')}
        error={errorOf('profileUrl')}
        placeholder="https://"
        className="contact-field-wide"
      />
      <ContactField
        label="Notes"
        multiline
        value={fields.notes}
        limit={FIELD_LIMITS.contactNotes}
        onChange={set('notes')}
        error={errorOf('notes')}
        placeholder="How you met, what they care about (Markdown)"
        className="contact-field-wide"
      />
      {saving && <p className="muted">Saving…</p>}
    </form>
  );
}
