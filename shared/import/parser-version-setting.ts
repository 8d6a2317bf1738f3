/**
 * The setting (in the meta table) holding the parser version a role's checklist was
 * last made or reviewed with: written when a reviewed posting is saved, a re-parse is
 * applied, or the offer is dismissed. Roles from before it existed have none. A module
 * of its own, free of zod, so the Roles table (which deletes it with its role) does not
 * load the schema library on the first screen.
 */
export function parserVersionSetting(roleId: string): string {
  return `parser-version:${roleId}`;
}
