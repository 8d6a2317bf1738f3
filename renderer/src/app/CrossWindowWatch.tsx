/**
 * This window's side of cross-window safety (db/cross-window.ts): while another window
 * restores a backup, this one stops writing and says why; after it reloads it tells the
 * user what happened, so their view never changes silently.
 */
import { useEffect, useState } from 'react';
import { assertNever } from '../../../shared/assert-never';
import { takeReloadReason, watchOtherWindows, type DataChange } from '../db/cross-window';
import { useDb } from '../db/db-context';
import { useNotify } from '../components/notices';

function reloadedText(change: DataChange): string {
  switch (change) {
    case 'restore':
      return 'Your data was restored in another window; this window reloaded.';
    case 'upgrade':
      return 'Shortlist was updated in another window; this window reloaded.';
    case 'samples':
      return 'Sample roles were restored in another window.';
    default:
      return assertNever(change, 'data change');
  }
}

export function CrossWindowWatch() {
  const db = useDb();
  const notify = useNotify();
  const [waiting, setWaiting] = useState(false);

  useEffect(() => {
    const reason = takeReloadReason();
    if (reason) notify(reloadedText(reason));
    return watchOtherWindows(db, {
      onReplacing: () => {
        setWaiting(true);
      },
      onChanged: (change) => {
        notify(reloadedText(change));
      },
      reload: () => {
        window.location.reload();
      },
    });
  }, [db, notify]);

  if (!waiting) return null;
  return (
    <div className="cross-window-wait" role="status">
      <p>Your data is being restored in another window. This window will reload when it is done.</p>
    </div>
  );
}
