/** A database with the sample roles, and one of them with its current application. */
// Test files import 'fake-indexeddb/auto' first, before Dexie loads.
import { getCurrentApplication } from '../../../../renderer/src/db/current-application';
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import { listRoleSummaries } from '../../../../renderer/src/db/roles-repo';
import { SAMPLE_ROLES } from '../../../../renderer/src/db/sample-roles';
import { ensureSampleRoles } from '../../../../renderer/src/db/seed';
import type { Application } from '../../../../shared/domain/model';

/** Seeds `db` at `seededAt` and returns the role titled `title` with its application. */
export async function seededRole(
  db: ShortlistDb,
  seededAt: number,
  title = 'Engineering Manager, LXD',
): Promise<{ roleId: string; application: Application }> {
  await ensureSampleRoles(db, SAMPLE_ROLES, seededAt);
  const role = (await listRoleSummaries(db)).find((r) => r.title === title);
  if (!role) throw new Error(`${title} role missing`);
  const application = await getCurrentApplication(db, role.id);
  if (!application) throw new Error('application missing');
  return { roleId: role.id, application };
}

/** Unwraps a repository result, failing the test with its message when it is an error. */
export function expectOk<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.error}`);
  return result.value;
}
