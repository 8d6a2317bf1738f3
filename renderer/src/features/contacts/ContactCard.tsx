/**
 * One contact on a role's Contacts tab: name and part, how to reach them, the interviews
 * they are in, their notes, and Edit / Export vCard / Delete (with Undo).
 */
import { contactName, contactRoleLabel } from '../../../../shared/domain/contact-rules';
import type { Contact } from '../../../../shared/domain/model';
import { parseExternalUrl } from '../../../../shared/security/external-links';
import { Markdown } from '../../components/Markdown';
import { useNotify } from '../../components/notices';
import { usePlatform } from '../../platform';

interface ContactCardProps {
  contact: Contact;
  /** Names of the stages this contact interviews in. */
  interviews: readonly string[];
  readOnly: boolean;
  onEdit: () => void;
  onExport: () => void;
  onDelete: () => void;
}

export function ContactCard(props: ContactCardProps) {
  const { contact, interviews, readOnly } = props;
  const platform = usePlatform();
  const notify = useNotify();
  const name = contactName(contact);
  const profile = parseExternalUrl(contact.profileUrl.trim());
  const headingId = `contact-${contact.id}`;

  async function openProfile(url: string) {
    const result = await platform.openExternal(url);
    if (!result.ok) notify(`Could not open the link: ${result.error}`, 'error');
  }

  return (
    <li className="contact-card" aria-labelledby={headingId}>
      <div className="contact-card-head">
        <h3 id={headingId} className="contact-name">
          {name}
        </h3>
        <span className="contact-part">{contactRoleLabel(contact.role)}</span>
      </div>
      <dl className="contact-facts">
        {contact.email && (
          <div>
            <dt>E-mail</dt>
            <dd>{contact.email}</dd>
          </div>
        )}
        {contact.phone && (
          <div>
            <dt>Phone</dt>
            <dd>{contact.phone}</dd>
          </div>
        )}
        {contact.profileUrl && (
          <div>
            <dt>Profile</dt>
            <dd>
              {profile ? (
                <button
                  type="button"
                  className="button-link"
                  title={`Open ${name}’s profile in your browser`}
                  onClick={() => void openProfile(profile)}
                >
                  {contact.profileUrl} <span aria-hidden="true">↗</span>
                </button>
              ) : (
                contact.profileUrl
              )}
            </dd>
          </div>
        )}
        {interviews.length > 0 && (
          <div>
            <dt>Interviews</dt>
            <dd>{interviews.join(', ')}</dd>
          </div>
        )}
      </dl>
      {contact.notes.trim() && (
        <div className="contact-notes">
          <Markdown text={contact.notes} />
        </div>
      )}
      <div className="contact-actions" role="group" aria-label={`Actions for ${name}`}>
        <button
          type="button"
          className="button"
          aria-label={`Edit ${name}`}
          disabled={readOnly}
          onClick={props.onEdit}
        >
          Edit
        </button>
        <button
          type="button"
          className="button"
          aria-label={`Export vCard of ${name}`}
          onClick={props.onExport}
        >
          Export vCard
        </button>
        <button
          type="button"
          className="button button-quiet"
          aria-label={`Delete ${name}`}
          disabled={readOnly}
          onClick={props.onDelete}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
