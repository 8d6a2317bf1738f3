/**
 * The five sample postings, bundled into the renderer at build time so first-launch
 * seeding needs no IPC and works the same in Electron, the browser build and tests.
 */
import manifest from '../../../seeds/manifest.json';
import { loadSampleRoles, type SampleRole } from '../../../shared/domain/seeds';

const files = import.meta.glob<string>('../../../seeds/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const filesByName = new Map(
  Object.entries(files).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]),
);

export const SAMPLE_ROLES: readonly SampleRole[] = loadSampleRoles(manifest, filesByName);
