/**
 * Turns every form control inside it off while storage is full (read-only mode), so an
 * editor never takes text it could not keep. A fieldset, because disabling one disables
 * all its controls; it is always there (only `disabled` changes), so an editor inside is
 * never remounted and loses nothing when storage fills up mid-edit. It takes no space in
 * the layout and no role in the accessibility tree.
 */
import type { ReactNode } from 'react';
import { useStorageFull } from '../db/use-storage-status';

export function ReadOnlyScope({ children }: { children: ReactNode }) {
  const full = useStorageFull();
  return (
    <fieldset className="read-only-scope" role="none" disabled={full}>
      {children}
    </fieldset>
  );
}
