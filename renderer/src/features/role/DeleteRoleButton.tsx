/** Deletes a role after confirmation; sample roles can be restored from the Roles screen. */
import { useState } from 'react';
import type { Role } from '../../../../shared/domain/model';
import { useDb } from '../../db/db-context';
import { deleteRole } from '../../db/roles-repo';
import { navigate, ROLES_HREF } from '../../services/routes';
import { useNotify } from '../../components/notices';
import { ConfirmDialog } from '../../components/ConfirmDialog';

export function DeleteRoleButton({ role }: { role: Role }) {
  const db = useDb();
  const notify = useNotify();
  const [confirming, setConfirming] = useState(false);

  async function confirmDelete() {
    setConfirming(false);
    try {
      await deleteRole(db, role.id);
      navigate(ROLES_HREF);
      notify(`Deleted “${role.title}”.`);
    } catch (error) {
      notify(`Could not delete the role: ${String(error)}`, 'error');
    }
  }

  return (
    <>
      <button
        type="button"
        className="button button-quiet"
        onClick={() => {
          setConfirming(true);
        }}
      >
        Delete role…
      </button>
      <ConfirmDialog
        open={confirming}
        title={`Delete “${role.title}”?`}
        confirmLabel="Delete role"
        destructive
        onConfirm={() => void confirmDelete()}
        onCancel={() => {
          setConfirming(false);
        }}
      >
        <p>
          Its checklist, evidence, interviews and notes are deleted with it.
          {role.seedKey ? ' Sample roles can be restored from the Roles screen.' : ''}
        </p>
      </ConfirmDialog>
    </>
  );
}
