/** App settings kept in the meta table, each validated with its own schema on read. */
import type { z } from 'zod';
import type { ShortlistDb } from './db';

/** A setting's stored value, or `fallback` when missing or not the expected shape. */
export async function getSetting<T>(
  db: ShortlistDb,
  key: string,
  schema: z.ZodType<T>,
  fallback: T,
): Promise<T> {
  const entry = await db.meta.get(`setting:${key}`);
  const parsed = schema.safeParse(entry?.value);
  return parsed.success ? parsed.data : fallback;
}

export async function setSetting(db: ShortlistDb, key: string, value: unknown): Promise<void> {
  await db.meta.put({ key: `setting:${key}`, value });
}
