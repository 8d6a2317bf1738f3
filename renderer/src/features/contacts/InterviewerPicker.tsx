/**
 * Who interviews in a round, chosen from the role's contacts: a checkbox each, saved on
 * every tick. The round's free-text "Interviewers" field stays for people not kept as
 * contacts.
 */
import { useState } from 'react';
import { contactName, contactRoleLabel } from '../../../../shared/domain/contact-rules';
import type { InterviewStage } from '../../../../shared/domain/model';
import { sameOrder } from '../../../../shared/domain/reorder';
import { useNotify } from '../../components/notices';
import { setStageInterviewers } from '../../db/contacts-repo';
import { useDb } from '../../db/db-context';
import { useRoleContacts } from './use-contacts';

export function InterviewerPicker({ stage }: { stage: InterviewStage }) {
  const db = useDb();
  const notify = useNotify();
  const contacts = useRoleContacts(stage.roleId);
  const stored = stage.interviewerContactIds ?? [];
  // A tick shows at once; the live query confirms it (then the optimistic value goes).
  const [pending, setPending] = useState<string[] | null>(null);
  if (pending && sameOrder(pending, stored)) setPending(null);
  const chosen = new Set(pending ?? stored);
  if (contacts === undefined) return null;

  function toggle(contactId: string, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(contactId);
    else next.delete(contactId);
    // The contacts' order (by name), and only contacts that still exist.
    const ids = (contacts ?? []).filter((c) => next.has(c.id)).map((c) => c.id);
    setPending(ids);
    void setStageInterviewers(db, stage.id, ids).then((result) => {
      if (result.ok) return;
      setPending(null);
      notify(result.error, 'error');
    });
  }

  return (
    <fieldset className="interviewer-picker">
      <legend>Interviewers from this role’s contacts</legend>
      {contacts.length === 0 ? (
        <p className="muted">
          No contacts yet: add them on the Contacts tab to link them to this round.
        </p>
      ) : (
        <ul className="interviewer-list">
          {contacts.map((contact) => (
            <li key={contact.id}>
              <label className="probe-item">
                <input
                  type="checkbox"
                  checked={chosen.has(contact.id)}
                  onChange={(event) => {
                    toggle(contact.id, event.target.checked);
                  }}
                />
                <span>{contactName(contact)}</span>
                <span className="probe-kind">{contactRoleLabel(contact.role)}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
