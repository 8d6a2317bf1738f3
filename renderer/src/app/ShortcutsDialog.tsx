/** Help → Keyboard Shortcuts: the list, from the same table the menu and keys use. */
import { useEffect, useRef, useState } from 'react';
import { formatAccelerator, SHORTCUTS } from '../../../shared/domain/shortcuts';
import { useAppCommand } from './commands';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

export function ShortcutsDialog() {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDialogElement>(null);
  useAppCommand('show-shortcuts', () => {
    setOpen(true);
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      onClose={() => {
        setOpen(false);
      }}
    >
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table className="shortcuts-table">
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.command}>
              <td>{shortcut.label}</td>
              <td>
                <kbd>{formatAccelerator(shortcut.accelerator, isMac)}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        In a web browser, a few of these may belong to the browser itself (such as{' '}
        {formatAccelerator('CmdOrCtrl+N', isMac)}); the desktop app has them all.
      </p>
      <div className="dialog-actions">
        <button
          type="button"
          className="button button-primary"
          autoFocus
          onClick={() => {
            setOpen(false);
          }}
        >
          Close
        </button>
      </div>
    </dialog>
  );
}
