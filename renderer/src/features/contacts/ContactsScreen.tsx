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
import { ListToolbar } from '../../components/ListToolbar';
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
          <ListToolbar
            searchLabel="Search contacts"
            placeholder="Search names, roles, e-mail, notes"
            query={query}
            onQuery={setQuery}
            sort={sort}
            sorts={CONTACT_SORTS}
            sortLabels={CONTACT_SORT_LABELS}
            onSort={setSort}
            shown={shown.length}
            total={rows.length}
            noun={['contact', 'contacts']}
          />
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
