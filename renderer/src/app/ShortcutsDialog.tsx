/** Help → Keyboard Shortcuts: the list, from the same table the menu and keys use. */
import { useState } from 'react';
import { FOCUS_KEYS, formatAccelerator, SHORTCUTS } from '../../../shared/domain/shortcuts';
import { ModalDialog } from '../components/ModalDialog';
import { useAppCommand } from '../services/commands';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

export function ShortcutsDialog() {
  const [open, setOpen] = useState(false);
  useAppCommand('show-shortcuts', () => {
    setOpen(true);
  });
  const close = () => {
    setOpen(false);
  };

  return (
    <ModalDialog
      open={open}
      title="Keyboard shortcuts"
      onClose={close}
      className="shortcuts-dialog"
      actions={
        <button type="button" className="button button-primary" autoFocus onClick={close}>
          Close
        </button>
      }
    >
      <table className="shortcuts-table" aria-label="Anywhere in the app">
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
      <h3 className="shortcuts-heading">Where the focus is</h3>
      <table className="shortcuts-table" aria-label="Where the focus is">
        <tbody>
          {FOCUS_KEYS.map((entry) => (
            <tr key={entry.label}>
              <td>{entry.label}</td>
              <td>
                <kbd>{entry.keys}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        In a web browser, a few of these may belong to the browser itself (such as{' '}
        {formatAccelerator('CmdOrCtrl+N', isMac)}); the desktop app has them all.
      </p>
    </ModalDialog>
  );
}
