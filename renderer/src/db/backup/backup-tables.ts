/** The tables a backup holds, how each is named to the user, and each one's key. */

/** The table names of the current schema, in the order counts are shown. */
export const BACKUP_TABLES = [
  'roles',
  'postings',
  'requirements',
  'applications',
  'stages',
  'notes',
  'stories',
  'contacts',
  'activities',
  'stageTemplates',
  'drafts',
  'meta',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** How each table reads when counts are shown to the user. */
export const TABLE_LABELS: Record<BackupTable, string> = {
  roles: 'Roles',
  postings: 'Postings',
  requirements: 'Checklist items',
  applications: 'Applications',
  stages: 'Interview stages',
  notes: 'Notes',
  stories: 'Stories',
  contacts: 'Contacts',
  activities: 'Activity entries',
  stageTemplates: 'Stage templates',
  drafts: 'Unsaved drafts',
  meta: 'Settings',
};

/** Each table's primary key: what must be unique within it. */
export const PRIMARY_KEYS: Record<BackupTable, string> = {
  roles: 'id',
  postings: 'roleId',
  requirements: 'id',
  applications: 'id',
  stages: 'id',
  notes: 'id',
  stories: 'id',
  contacts: 'id',
  activities: 'id',
  stageTemplates: 'id',
  drafts: 'key',
  meta: 'key',
};

export function isBackupTable(name: string): name is BackupTable {
  return (BACKUP_TABLES as readonly string[]).includes(name);
}
