/** Shown when the database cannot be opened (e.g. disk full, storage disabled). */
export function StartupError({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <main className="startup-error" role="alert">
      <h1>Shortlist could not open its data</h1>
      <p>Nothing was changed. The browser or system reported:</p>
      <pre>{message}</pre>
      <p>
        Check that the disk has free space and that site storage is allowed, then start Shortlist
        again.
      </p>
    </main>
  );
}
