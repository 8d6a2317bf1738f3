/**
 * The stage templates that seed an application's interviews: the built-ins, added
 * lazily the first time they are needed, and the user's edits. Re-exported by
 * stages-repo.ts.
 */
import { z } from 'zod';
import { FIELD_LIMITS } from '../../../shared/domain/field-limits';
import { STAGE_KINDS, type StageTemplate } from '../../../shared/domain/model';
import { buildBuiltInTemplates } from '../../../shared/domain/stage-templates';
import { newId, type ShortlistDb } from './db';
import type { StageOutcome } from './stage-outcome';

const TEMPLATES_SEEDED_KEY = 'stage-templates-seeded';

/**
 * Adds the built-in templates the first time they are needed. A meta flag, not the
 * table's emptiness, says it happened, so templates the user deleted stay deleted.
 */
export async function ensureStageTemplates(
  db: ShortlistDb,
  now: number = Date.now(),
): Promise<void> {
  // Runs each time the Interviews tab opens: once done, it only reads.
  if (await db.meta.get(TEMPLATES_SEEDED_KEY)) return;
  await db.transaction('rw', [db.stageTemplates, db.meta], async () => {
    if (await db.meta.get(TEMPLATES_SEEDED_KEY)) return;
    await db.stageTemplates.bulkAdd(buildBuiltInTemplates(now, newId));
    await db.meta.put({ key: TEMPLATES_SEEDED_KEY, value: true });
  });
}

/** Every template, oldest first (the built-ins lead). */
export async function listStageTemplates(db: ShortlistDb): Promise<StageTemplate[]> {
  const templates = await db.stageTemplates.toArray();
  return templates.sort((a, b) => a.createdAt - b.createdAt || a.name.localeCompare(b.name));
}

const tooLong = (what: string, max: number) => `${what} can be at most ${max} characters.`;

/** A template as the editor saves it: blank stage rows are dropped, names trimmed. */
export const templateInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'A template needs a name.')
    .max(FIELD_LIMITS.templateName.max, tooLong('A template name', FIELD_LIMITS.templateName.max)),
  stages: z
    .array(
      z.object({
        name: z
          .string()
          .trim()
          .max(FIELD_LIMITS.stageName.max, tooLong('A stage name', FIELD_LIMITS.stageName.max)),
        kind: z.enum(STAGE_KINDS),
        durationMinutes: z
          .number()
          .int()
          .min(1)
          .max(24 * 60)
          .optional(),
      }),
    )
    .max(50)
    .transform((stages) => stages.filter((stage) => stage.name !== '')),
});

export type TemplateInput = z.input<typeof templateInputSchema>;

/** Renames a template and replaces its stage list. */
export async function saveStageTemplate(
  db: ShortlistDb,
  templateId: string,
  input: unknown,
  now: number = Date.now(),
): Promise<StageOutcome<StageTemplate>> {
  const parsed = templateInputSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: parsed.error.issues[0]?.message ?? 'Invalid template.' };
  }
  return db.transaction('rw', [db.stageTemplates], async () => {
    const template = await db.stageTemplates.get(templateId);
    if (!template) return { ok: false, error: 'That template no longer exists.' };
    const saved: StageTemplate = { ...template, ...parsed.data, updatedAt: now };
    await db.stageTemplates.put(saved);
    return { ok: true, value: saved };
  });
}

/** Adds a template of the user's own. */
export async function createStageTemplate(
  db: ShortlistDb,
  input: unknown,
  now: number = Date.now(),
): Promise<StageOutcome<StageTemplate>> {
  const parsed = templateInputSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: parsed.error.issues[0]?.message ?? 'Invalid template.' };
  }
  const template: StageTemplate = { id: newId(), ...parsed.data, createdAt: now, updatedAt: now };
  await db.stageTemplates.add(template);
  return { ok: true, value: template };
}

/** Deletes a template; returns it so the caller can offer Undo (put it back). */
export async function deleteStageTemplate(
  db: ShortlistDb,
  templateId: string,
): Promise<StageTemplate | null> {
  return db.transaction('rw', [db.stageTemplates], async () => {
    const template = await db.stageTemplates.get(templateId);
    if (!template) return null;
    await db.stageTemplates.delete(templateId);
    return template;
  });
}

/** Puts a deleted template back unchanged. */
export async function restoreStageTemplate(
  db: ShortlistDb,
  template: StageTemplate,
): Promise<void> {
  await db.stageTemplates.put(template);
}
