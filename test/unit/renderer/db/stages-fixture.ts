/** Stage-repo test data: the seeded LXD role, and readers of its stages. */
import type { ShortlistDb } from '../../../../renderer/src/db/db';
import { listRoleSummaries } from '../../../../renderer/src/db/roles-repo';
import { SAMPLE_ROLES } from '../../../../renderer/src/db/sample-roles';
import { ensureSampleRoles } from '../../../../renderer/src/db/seed';
import {
  addStagesFromTemplate,
  ensureStageTemplates,
  getRoleStages,
  listStageTemplates,
} from '../../../../renderer/src/db/stages-repo';
import type { InterviewStage } from '../../../../shared/domain/model';

/** Seeds the sample roles into `db` and returns the LXD role's id. */
export async function seedLxd(db: ShortlistDb): Promise<string> {
  await ensureSampleRoles(db, SAMPLE_ROLES, 1_000);
  const lxd = (await listRoleSummaries(db)).find((s) => s.title === 'Engineering Manager, LXD');
  return lxd?.id ?? '';
}

/** The id of the built-in template called `name`. */
export async function templateIdIn(db: ShortlistDb, name: string): Promise<string> {
  await ensureStageTemplates(db, 2_000);
  const template = (await listStageTemplates(db)).find((t) => t.name === name);
  if (!template) throw new Error(`no template ${name}`);
  return template.id;
}

/** The role's current stages, in order. */
export async function stagesIn(db: ShortlistDb, roleId: string): Promise<InterviewStage[]> {
  return (await getRoleStages(db, roleId)).stages;
}

/** Adds the Generic template's stages to the role. */
export async function fromGenericIn(db: ShortlistDb, roleId: string): Promise<InterviewStage[]> {
  const result = await addStagesFromTemplate(db, roleId, await templateIdIn(db, 'Generic'), 3_000);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
