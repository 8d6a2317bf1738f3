/** Shown when the database cannot be opened (e.g. disk full, storage disabled). */
import { isStorageFullError } from '../db/storage-full';
import type { Platform } from '../platform';
import { freeSpaceWays } from './storage-text';

export function StartupError({ error, kind }: { error: unknown; kind: Platform['kind'] }) {
  const message = error instanceof Error ? error.message : String(error);
  // An existing database opens read-only when full; this is one that could not open at
  // all (created or upgraded, both of which need space).
  const full = isStorageFullError(error);
  return (
    <main className="startup-error" role="alert">
      <h1>
        {full
          ? 'Shortlist could not open its data: storage is full'
          : 'Shortlist could not open its data'}
      </h1>
      <p>Nothing was changed. The browser or system reported:</p>
      <pre>{message}</pre>
      <p>
        {full
          ? `${freeSpaceWays(kind)} Then start Shortlist again.`
          : 'Check that the disk has free space and that site storage is allowed, then start Shortlist again.'}
      </p>
    </main>
  );
}
