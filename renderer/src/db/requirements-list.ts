/**
 * A role's checklist items, read. Apart from requirements-repo (whose edits are checked
 * with zod schemas) so that screens which only read, such as the sidebar's counts, do not
 * load the schema library on the first screen.
 */
import type { Requirement } from '../../../shared/domain/model';
import type { ShortlistDb } from './db';

/** The role's checklist in its stored order. */
export async function listRequirements(db: ShortlistDb, roleId: string): Promise<Requirement[]> {
  return db.requirements
    .where('[roleId+order]')
    .between([roleId, -Infinity], [roleId, Infinity])
    .toArray();
}
