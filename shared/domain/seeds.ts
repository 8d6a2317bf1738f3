/**
 * The bundled sample roles: their manifest entries validated, paired with their text.
 * Pure: callers supply the manifest JSON and the files' contents.
 */
import { z } from 'zod';

const seedEntrySchema = z.strictObject({
  seedKey: z.string().min(1),
  file: z.string().min(1),
  originalName: z.string().min(1),
  title: z.string().min(1),
  company: z.string(),
  team: z.string(),
  location: z.string(),
  sourceUrl: z.string(),
});

export const seedManifestSchema = z.object({
  description: z.string().optional(),
  seeds: z.array(seedEntrySchema).min(1),
});

export type SeedEntry = z.infer<typeof seedEntrySchema>;

/** A sample role ready to store: curated metadata plus the posting text. */
export interface SampleRole extends SeedEntry {
  text: string;
}

/**
 * Joins the manifest with the seed files (keyed by file name). A manifest entry whose
 * file is missing is a build error, so it throws rather than silently shipping four roles.
 */
export function loadSampleRoles(
  manifest: unknown,
  filesByName: ReadonlyMap<string, string>,
): SampleRole[] {
  const parsed = seedManifestSchema.parse(manifest);
  return parsed.seeds.map((entry) => {
    const text = filesByName.get(entry.file);
    if (text === undefined) throw new Error(`Seed file missing: ${entry.file}`);
    return { ...entry, text };
  });
}
