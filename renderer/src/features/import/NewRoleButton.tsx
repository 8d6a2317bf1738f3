/** "New role": opens the dialog to paste or open a posting. */
import { useImport } from './import-context';

export function NewRoleButton() {
  const { openNewRole } = useImport();
  return (
    <button
      type="button"
      className="button button-primary"
      title="Paste a posting, or open a .txt, .md or .html file"
      onClick={() => {
        openNewRole();
      }}
    >
      New role
    </button>
  );
}
