/**
 * The one definition of an automatic backup's file name,
 * `shortlist-YYYY-MM-DD-HHmmss-<reason>.json` (UTC). The main process lists, rotates and
 * reads only names matching it, and the IPC schema refuses any other name, so a request
 * can never name a path, a `..` or a file the app did not write.
 */

/** An automatic backup's file name, anchored: nothing before or after. */
export const AUTO_BACKUP_NAME_PATTERN =
  /^shortlist-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})-(daily|pre-upgrade|pre-restore)\.json$/;
