// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  deferAppCommand,
  dispatchAppCommand,
  queueAppCommand,
  useAppCommand,
  type AppCommand,
} from '../../../../renderer/src/services/commands';

function Handler({ command, onRun }: { command: AppCommand; onRun: () => void }) {
  useAppCommand(command, onRun);
  return null;
}

afterEach(() => {
  cleanup();
});

describe('app commands', () => {
  it('reaches mounted handlers of that command only, and stops after unmount', () => {
    const onNote = vi.fn();
    const onTab = vi.fn();
    const { unmount } = render(
      <>
        <Handler command="new-note" onRun={onNote} />
        <Handler command="next-tab" onRun={onTab} />
      </>,
    );
    expect(dispatchAppCommand('new-note')).toBe(true);
    expect(onNote).toHaveBeenCalledOnce();
    expect(onTab).not.toHaveBeenCalled();
    unmount();
    expect(dispatchAppCommand('new-note')).toBe(false);
    expect(onNote).toHaveBeenCalledOnce();
  });

  it('hands a deferred command to a handler that mounts soon after', () => {
    deferAppCommand('focus-search');
    const onSearch = vi.fn();
    render(<Handler command="focus-search" onRun={onSearch} />);
    expect(onSearch).toHaveBeenCalledOnce();
  });

  it('drops a deferred command nobody picked up in time', () => {
    deferAppCommand('show-shortcuts', Date.now() - 10_000);
    const onShow = vi.fn();
    render(<Handler command="show-shortcuts" onRun={onShow} />);
    expect(onShow).not.toHaveBeenCalled();
  });
});

describe('queued commands', () => {
  it('wait for the next handler to mount even when another handler exists now', () => {
    const onNow = vi.fn();
    render(<Handler command="new-note" onRun={onNow} />);
    queueAppCommand('new-note');
    expect(onNow).not.toHaveBeenCalled();
    const onMount = vi.fn();
    render(<Handler command="new-note" onRun={onMount} />);
    expect(onMount).toHaveBeenCalledOnce();
  });
});
