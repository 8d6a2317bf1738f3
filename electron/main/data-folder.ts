/**
 * Where the user's data lives. Tests (and anyone trying the app without touching their
 * real data) point a development build at another folder with SHORTLIST_USER_DATA_DIR; a
 * packaged app ignores it, so its data folder is always the standard one.
 */
import { isAbsolute } from 'node:path';
import { app } from 'electron';

/** Applies SHORTLIST_USER_DATA_DIR in development. Call before anything reads userData. */
export function setupDataFolder(): void {
  if (app.isPackaged) return;
  const dir = process.env.SHORTLIST_USER_DATA_DIR;
  if (dir && isAbsolute(dir)) app.setPath('userData', dir);
}
