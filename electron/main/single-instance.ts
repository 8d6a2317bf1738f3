/**
 * One Shortlist per data folder: two instances would write the same IndexedDB. A second
 * launch hands over to the first, which comes to the front.
 */
import { app } from 'electron';
import type { BrowserWindow } from 'electron';

/** Restores and focuses a window that a second launch should bring forward. */
export function bringToFront(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

/**
 * Takes the single-instance lock. Returns false, after asking the app to quit, when
 * another instance holds it; the caller then sets nothing else up.
 */
export function setupSingleInstance(getWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const win = getWindow();
    if (win) bringToFront(win);
  });
  return true;
}
