/**
 * Beside the notes list: save the role as Markdown, whose last section holds every note
 * (newest first, each under its own heading), so notes travel with their context.
 */
import { useExportActions } from './use-export-actions';

export function NotesExportButton({ roleId }: { roleId: string }) {
  const actions = useExportActions();
  return (
    <button
      type="button"
      className="button-link notes-export"
      title="Saves the role as Markdown; the notes are its last section"
      onClick={() => void actions.saveRole(roleId)}
    >
      Save notes as Markdown…
    </button>
  );
}
