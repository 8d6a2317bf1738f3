/**
 * Beside the notes list: save the role's notes alone as Markdown (newest first, each
 * under its own heading). The whole role is in the role header's Export menu.
 */
import { useExportActions } from './use-export-actions';

export function NotesExportButton({ roleId }: { roleId: string }) {
  const actions = useExportActions();
  return (
    <button
      type="button"
      className="button-link notes-export"
      title="Saves this role's notes as one Markdown file"
      onClick={() => void actions.saveNotes(roleId)}
    >
      Save notes as Markdown…
    </button>
  );
}
