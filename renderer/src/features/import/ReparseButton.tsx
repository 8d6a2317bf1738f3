/** "Re-parse posting" on the Posting tab: opens the preview of what would change. */
import { useState } from 'react';
import { ReparseDialog } from './ReparseDialog';

export function ReparseButton({ roleId }: { roleId: string }) {
  const [open, setOpen] = useState(false);
  // A new dialog per opening: the preview is read afresh every time.
  const [opening, setOpening] = useState(0);
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          setOpening((count) => count + 1);
          setOpen(true);
        }}
      >
        Re-parse posting
      </button>
      <ReparseDialog
        key={opening}
        roleId={roleId}
        open={open}
        onClose={() => {
          setOpen(false);
        }}
      />
    </>
  );
}
