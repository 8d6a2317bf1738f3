/**
 * The sample roles' keys, read from the manifest: enough for the checks made at every
 * start (were they seeded? are some missing?). Their postings, and the parser that
 * reads them, load only when a sample is actually added (loadSamples).
 */
import manifest from '../../../seeds/manifest.json';
import type { SampleRole } from '../../../shared/domain/seeds';

export const SAMPLE_SEEDS: readonly { seedKey: string }[] = manifest.seeds.map(({ seedKey }) => ({
  seedKey,
}));

/** The sample roles with their postings (a chunk of their own). */
export async function loadSamples(): Promise<readonly SampleRole[]> {
  return (await import('./sample-roles')).SAMPLE_ROLES;
}
