/**
 * The keyboard shortcuts, defined once: the native menu shows them as accelerators, the
 * renderer handles them where no native menu exists (the browser build), and Help →
 * Keyboard Shortcuts lists them.
 */
import type { MenuCommand } from '../ipc/channels';

/** A command a shortcut triggers (every one is also a menu command). */
export type ShortcutCommand = Extract<
  MenuCommand,
  | 'focus-search'
  | 'new-note'
  | 'next-tab'
  | 'previous-tab'
  | 'show-roles'
  | 'show-agenda'
  | 'show-board'
  | 'show-stories'
  | 'show-contacts'
  | 'show-insights'
  | 'show-shortcuts'
>;

export interface Shortcut {
  command: ShortcutCommand;
  label: string;
  /** Electron accelerator syntax: `CmdOrCtrl+K`. */
  accelerator: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  {
    command: 'focus-search',
    label: 'Search roles, requirements, evidence, notes and stories',
    accelerator: 'CmdOrCtrl+K',
  },
  { command: 'new-note', label: 'New note for the open role', accelerator: 'CmdOrCtrl+N' },
  { command: 'next-tab', label: 'Next tab of a role', accelerator: 'CmdOrCtrl+]' },
  { command: 'previous-tab', label: 'Previous tab of a role', accelerator: 'CmdOrCtrl+[' },
  { command: 'show-roles', label: 'Go to Roles', accelerator: 'CmdOrCtrl+1' },
  { command: 'show-agenda', label: 'Go to Agenda', accelerator: 'CmdOrCtrl+2' },
  { command: 'show-board', label: 'Go to Board', accelerator: 'CmdOrCtrl+3' },
  { command: 'show-stories', label: 'Go to Stories', accelerator: 'CmdOrCtrl+4' },
  { command: 'show-insights', label: 'Go to Insights', accelerator: 'CmdOrCtrl+5' },
  { command: 'show-contacts', label: 'Go to Contacts', accelerator: 'CmdOrCtrl+6' },
  { command: 'show-shortcuts', label: 'Show keyboard shortcuts', accelerator: 'CmdOrCtrl+/' },
];

/** The accelerator of a command, for the native menu. */
export function acceleratorOf(command: ShortcutCommand): string {
  const shortcut = SHORTCUTS.find((s) => s.command === command);
  if (!shortcut) throw new Error(`No shortcut for ${command}`);
  return shortcut.accelerator;
}

/** The parts of a KeyboardEvent a shortcut is matched on. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * The command a key press triggers, if any. CmdOrCtrl is ⌘ on macOS and Ctrl
 * elsewhere; the other modifier, Alt and Shift must be up.
 */
export function matchShortcut(press: KeyPress, isMac: boolean): ShortcutCommand | null {
  const mod = isMac ? press.metaKey : press.ctrlKey;
  const other = isMac ? press.ctrlKey : press.metaKey;
  if (!mod || other || press.altKey || press.shiftKey) return null;
  const key = press.key.toLowerCase();
  const shortcut = SHORTCUTS.find(
    (s) => s.accelerator.slice('CmdOrCtrl+'.length).toLowerCase() === key,
  );
  return shortcut?.command ?? null;
}

/** How to show an accelerator to the user: "Ctrl+K", or "⌘K" on macOS. */
export function formatAccelerator(accelerator: string, isMac: boolean): string {
  const key = accelerator.replace(/^CmdOrCtrl\+/, '');
  return isMac ? `⌘${key}` : `Ctrl+${key}`;
}

/**
 * Keys that act on what has focus rather than on the whole app, listed in the same
 * dialog so they can be found: they have no menu item to show them.
 */
export const FOCUS_KEYS: readonly { label: string; keys: string }[] = [
  { label: 'Move a focused Board card to the next or previous column', keys: 'Alt+→ / Alt+←' },
  {
    label: 'Reorder a checklist item or interview stage: pick it up by its handle, move, drop',
    keys: 'Space, ↑ ↓, Space',
  },
  { label: 'Cancel a move you picked up, or close a dialog or menu', keys: 'Escape' },
  { label: 'Choose in the search palette, then open the result', keys: '↑ ↓, Enter' },
];
