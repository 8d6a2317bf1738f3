/**
 * Contacts: everyone the applicant keeps, across roles, in one searchable, sortable
 * table. A name opens its role on the Contacts tab, where it is edited.
 */
import { useState } from 'react';
import {
  CONTACT_SORTS,
  CONTACT_SORT_LABELS,
  contactName,
  contactRoleLabel,
  filterContacts,
  sortContacts,
  type ContactSort,
} from '../../../../shared/domain/contact-rules';
import { openRoleAt } from '../../services/role-target';
import { useContactRows } from './use-contacts';

export function ContactsScreen() {
  const rows = useContactRows();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<ContactSort>('name');

  if (rows === undefined) return <div className="screen-loading" aria-busy="true" />;
  const shown = sortContacts(filterContacts(rows, query), sort);

  return (
    <section className="screen contacts-screen" aria-labelledby="contacts-heading">
      <header className="screen-header">
        <div>
          <h1 id="contacts-heading">Contacts</h1>
          <p className="screen-subtitle">
            The people of every role: recruiters, managers, interviewers
          </p>
        </div>
      </header>
      {rows.length === 0 ? (
        <div className="empty-state">
          <h2>No contacts yet</h2>
          <p>
            Open a role and add its people on the Contacts tab. They all show here, whichever role
            they belong to.
          </p>
        </div>
      ) : (
        <>
          <div className="stories-toolbar">
            <input
              type="search"
              className="search-input"
              aria-label="Search contacts"
              placeholder="Search names, roles, e-mail, notes"
              value={query}
              onChange={(event) => {
                setQuery(event.target.value);
              }}
            />
            <label className="stories-sort">
              <span>Sort</span>
              <select
                className="select"
                value={sort}
                onChange={(event) => {
                  setSort(event.target.value as ContactSort);
                }}
              >
                {CONTACT_SORTS.map((option) => (
                  <option key={option} value={option}>
                    {CONTACT_SORT_LABELS[option]}
                  </option>
                ))}
              </select>
            </label>
            <span className="stories-count" aria-live="polite">
              {shown.length === rows.length
                ? `${String(rows.length)} ${rows.length === 1 ? 'contact' : 'contacts'}`
                : `${String(shown.length)} of ${String(rows.length)}`}
            </span>
          </div>
          {shown.length === 0 ? (
            <p className="stories-none">No contact matches “{query.trim()}”.</p>
          ) : (
            <div className="contacts-table-wrap">
              <table className="contacts-table" aria-label="Contacts">
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Part</th>
                    <th scope="col">Role</th>
                    <th scope="col">E-mail</th>
                    <th scope="col">Phone</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map(({ contact, roleTitle, company }) => (
                    <tr key={contact.id}>
                      <td>
                        <button
                          type="button"
                          className="button-link contacts-open"
                          onClick={() => {
                            openRoleAt({ roleId: contact.roleId, tab: 'contacts' });
                          }}
                        >
                          {contactName(contact)}
                        </button>
                      </td>
                      <td>{contactRoleLabel(contact.role)}</td>
                      <td>
                        {roleTitle}
                        {company && <span className="muted"> · {company}</span>}
                      </td>
                      <td className="contacts-wrap">{contact.email}</td>
                      <td>{contact.phone}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
