// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { lazy, useState, type ComponentType } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeferredPart } from '../../../../renderer/src/app/DeferredPart';
import {
  onBackupDialogWanted,
  onOpenBackupDialog,
  openBackupDialog,
} from '../../../../renderer/src/features/backup/open-backup-dialog';
import { dispatchAppCommand, useAppCommand } from '../../../../renderer/src/services/commands';
import { markFirstScreenShown } from '../../../../renderer/src/services/first-screen';

afterEach(() => {
  cleanup();
});

/** A part whose code arrives only when the test says so, like a chunk on a slow disk. */
function slowPart() {
  let arrive: (module: { default: ComponentType }) => void = () => undefined;
  const loaded = new Promise<{ default: ComponentType }>((resolve) => {
    arrive = resolve;
  });
  const load = vi.fn(() => loaded);
  const runs: string[] = [];
  function Part() {
    const [shown, setShown] = useState(0);
    useAppCommand('show-shortcuts', () => {
      runs.push('show-shortcuts');
      setShown((n) => n + 1);
    });
    return <p>part shown {shown}</p>;
  }
  return {
    Lazy: lazy(load),
    load,
    runs,
    arrive: () => {
      arrive({ default: Part });
    },
  };
}

describe('a deferred part of the shell', () => {
  it('loads on its command before the first screen, and the command then runs once', async () => {
    const part = slowPart();
    render(<DeferredPart part={part.Lazy} commands={['show-shortcuts']} />);
    expect(part.load).not.toHaveBeenCalled();

    // The command arrives while the code is not even asked for: it is caught and kept.
    expect(dispatchAppCommand('show-shortcuts')).toBe(true);
    await act(async () => {
      await Promise.resolve();
    });
    expect(part.load).toHaveBeenCalledOnce();
    // A second press while the code loads is caught too, not lost or run twice later.
    expect(dispatchAppCommand('show-shortcuts')).toBe(true);
    expect(part.runs).toEqual([]);

    await act(async () => {
      part.arrive();
      await Promise.resolve();
    });
    expect(await screen.findByText('part shown 1')).toBeTruthy();
    expect(part.runs).toEqual(['show-shortcuts']);
    // Mounted, it handles the command itself.
    act(() => {
      dispatchAppCommand('show-shortcuts');
    });
    expect(await screen.findByText('part shown 2')).toBeTruthy();
  });

  it('mounts by itself once the first screen has shown its content', async () => {
    const part = slowPart();
    part.arrive();
    render(<DeferredPart part={part.Lazy} commands={['show-shortcuts']} />);
    expect(part.load).not.toHaveBeenCalled();
    act(() => {
      markFirstScreenShown();
    });
    expect(await screen.findByText('part shown 0')).toBeTruthy();
    expect(part.runs).toEqual([]);
  });
});

describe('Backup & restore asked for before its dialog has mounted', () => {
  it('asks for the dialog, which opens as soon as it subscribes', () => {
    const wanted = vi.fn();
    const unsubscribeWanted = onBackupDialogWanted(wanted);
    openBackupDialog();
    expect(wanted).toHaveBeenCalledOnce();

    const show = vi.fn();
    const unsubscribe = onOpenBackupDialog(show);
    expect(show).toHaveBeenCalledOnce();
    // Mounted: later clicks go straight to it, and only once each.
    openBackupDialog();
    expect(show).toHaveBeenCalledTimes(2);
    expect(wanted).toHaveBeenCalledOnce();
    unsubscribe();
    unsubscribeWanted();
  });
});
