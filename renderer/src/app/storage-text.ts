/** What Shortlist says when storage is full, on the banner and on the startup error. */
import type { Platform } from '../platform';

export const STORAGE_FULL_TITLE = 'Storage is full: changes cannot be saved';

export const STORAGE_FULL_SUMMARY =
  'Everything you have is still here to read, back up and export, but nothing you change can be kept until there is free space.';

/** How to free space, where the data lives on this platform. */
export function freeSpaceWays(kind: Platform['kind']): string {
  return kind === 'desktop'
    ? 'Free space on this disk: delete files you no longer need, or old automatic backups (Backup & restore shows their folder).'
    : 'Free space: delete files you no longer need from this disk, or clear other websites’ stored data in your browser’s settings (not this site’s: that would delete your data).';
}

/** The banner's advice: back up, free space, try again. */
export function freeSpaceAdvice(kind: Platform['kind']): string {
  const first = kind === 'desktop' ? 'Back up to another disk first.' : 'Back up first.';
  return `${first} ${freeSpaceWays(kind)} Then choose Try again.`;
}
