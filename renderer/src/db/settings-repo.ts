/** App settings kept in the meta table, each validated with its own schema on read. */
import { settingSizeProblem } from '../../../shared/domain/field-limits';
import { fail, ok, type Result } from '../../../shared/result';
import type { ShortlistDb } from './db';

/** What a setting is read with: a zod schema, of the full or the tree-shakable build. */
export interface SettingSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/** A setting's stored value, or `fallback` when missing or not the expected shape. */
export async function getSetting<T>(
  db: ShortlistDb,
  key: string,
  schema: SettingSchema<T>,
  fallback: T,
): Promise<T> {
  const entry = await db.meta.get(`setting:${key}`);
  const parsed = schema.safeParse(entry?.value);
  return parsed.success ? parsed.data : fallback;
}

/**
 * Stores a setting. Settings are small choices, never content: a value over the size
 * limit is refused (the stored one stays) with a message to show.
 */
export async function setSetting(
  db: ShortlistDb,
  key: string,
  value: unknown,
): Promise<Result<void>> {
  const tooLarge = settingSizeProblem(key, value);
  if (tooLarge) return fail(tooLarge);
  await db.meta.put({ key: `setting:${key}`, value });
  return ok(undefined);
}

/**
 * Removes a setting, such as a per-role one when its role is deleted. Inside a
 * transaction, include db.meta.
 */
export async function deleteSetting(db: ShortlistDb, key: string): Promise<void> {
  await db.meta.delete(`setting:${key}`);
}
