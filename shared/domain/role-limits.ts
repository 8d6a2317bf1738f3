/**
 * How long a role's metadata may be. One place for every form that sets these fields,
 * kept well under the backup format's bound for short fields (its `MAX_SHORT_TEXT`), so
 * a role saved through the app always restores from a backup.
 */

/** The role fields with a length limit. */
export type RoleField = 'title' | 'company' | 'team' | 'location' | 'sourceUrl';

/** Longest value of each role field, in UTF-16 code units (what `maxLength` counts). */
export const ROLE_FIELD_LIMITS: Readonly<Record<RoleField, number>> = {
  title: 300,
  company: 300,
  team: 300,
  location: 300,
  // Job-board links carry long tracking query strings.
  sourceUrl: 2000,
};

/** How each field is named in messages ("The title is longer than …"). */
export const ROLE_FIELD_LABELS: Readonly<Record<RoleField, string>> = {
  title: 'title',
  company: 'company',
  team: 'team',
  location: 'location',
  sourceUrl: 'source URL',
};
