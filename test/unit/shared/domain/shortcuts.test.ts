import { describe, expect, it } from 'vitest';
import {
  acceleratorOf,
  formatAccelerator,
  matchShortcut,
  SHORTCUTS,
} from '../../../../shared/domain/shortcuts';
import { MENU_COMMANDS } from '../../../../shared/ipc/channels';

const press = (
  key: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('keyboard shortcuts', () => {
  it('covers search, new note, next/previous tab, Roles, Agenda, Board and Stories, each a menu command', () => {
    expect(SHORTCUTS.map((s) => s.command).sort()).toEqual([
      'focus-search',
      'new-note',
      'next-tab',
      'previous-tab',
      'show-agenda',
      'show-board',
      'show-contacts',
      'show-insights',
      'show-roles',
      'show-shortcuts',
      'show-stories',
    ]);
    for (const shortcut of SHORTCUTS) expect(MENU_COMMANDS).toContain(shortcut.command);
    expect(new Set(SHORTCUTS.map((s) => s.accelerator)).size).toBe(SHORTCUTS.length);
  });

  it('matches Ctrl on Linux/Windows and ⌘ on macOS', () => {
    expect(matchShortcut(press('k', { ctrlKey: true }), false)).toBe('focus-search');
    expect(matchShortcut(press('K', { ctrlKey: true }), false)).toBe('focus-search');
    expect(matchShortcut(press(']', { ctrlKey: true }), false)).toBe('next-tab');
    expect(matchShortcut(press('2', { metaKey: true }), true)).toBe('show-agenda');
    expect(matchShortcut(press('3', { ctrlKey: true }), false)).toBe('show-board');
    expect(matchShortcut(press('4', { ctrlKey: true }), false)).toBe('show-stories');
    expect(matchShortcut(press('6', { ctrlKey: true }), false)).toBe('show-contacts');
    expect(matchShortcut(press('5', { ctrlKey: true }), false)).toBe('show-insights');
    expect(matchShortcut(press('k', { metaKey: true }), false)).toBeNull();
    expect(matchShortcut(press('k', { ctrlKey: true }), true)).toBeNull();
  });

  it('ignores plain keys and extra modifiers', () => {
    expect(matchShortcut(press('k'), false)).toBeNull();
    expect(matchShortcut(press('k', { ctrlKey: true, shiftKey: true }), false)).toBeNull();
    expect(matchShortcut(press('k', { ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(matchShortcut(press('x', { ctrlKey: true }), false)).toBeNull();
  });

  it('formats accelerators for each platform', () => {
    expect(formatAccelerator(acceleratorOf('focus-search'), false)).toBe('Ctrl+K');
    expect(formatAccelerator(acceleratorOf('focus-search'), true)).toBe('⌘K');
    expect(() => acceleratorOf('restore-sample-roles' as never)).toThrow();
  });
});
