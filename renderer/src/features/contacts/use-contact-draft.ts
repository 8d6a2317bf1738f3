/**
 * Keeps what is typed in the contact dialog as a draft while it is open: written a moment
 * after each change and at once as the page goes away, so a reload or a crash loses
 * nothing. The dialog closing (saved or cancelled) drops it, after any write in flight.
 */
import { useEffect, useRef } from 'react';
import type { ContactFields } from '../../../../shared/domain/contact-rules';
import {
  discardContactDraft,
  saveContactDraft,
  saveContactDraftAtExit,
} from '../../db/contact-drafts-repo';
import { useDb } from '../../db/db-context';

/** Draft writes wait this long for a pause in typing. */
export const CONTACT_DRAFT_MS = 300;

export function useContactDraft(
  key: string,
  roleId: string,
  fields: ContactFields,
  /** Whether the fields differ from what opened the dialog (a restored draft counts). */
  changed: boolean,
) {
  const db = useDb();
  // Writes and the final drop run in order, so a drop never precedes a late write.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const latest = useRef({ fields, changed });
  useEffect(() => {
    latest.current = { fields, changed };
  }, [fields, changed]);

  useEffect(() => {
    if (!changed) return;
    const timer = setTimeout(() => {
      queue.current = queue.current
        .then(() => saveContactDraft(db, key, roleId, fields))
        .catch((error: unknown) => {
          console.warn('The contact draft could not be kept:', error);
        });
    }, CONTACT_DRAFT_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [db, key, roleId, fields, changed]);

  useEffect(() => {
    const atExit = () => {
      if (latest.current.changed) saveContactDraftAtExit(db, key, roleId, latest.current.fields);
    };
    window.addEventListener('pagehide', atExit);
    return () => {
      window.removeEventListener('pagehide', atExit);
      // The dialog closed: saved, or the user chose to leave what they typed.
      queue.current = queue.current.then(() => discardContactDraft(db, key));
    };
  }, [db, key, roleId]);
}
