/**
 * Shown above every screen while storage is full: Shortlist is read-only. It says what
 * that means and how to free space, and offers what still works without any space (Back
 * up, Export all: both only read the database) and Try again, which checks for space
 * and, when there is some, makes Shortlist writable again.
 */
import { useId, useState } from 'react';
import { storageStatus } from '../db/storage-status';
import { useDb } from '../db/db-context';
import { useStorageState } from '../db/use-storage-status';
import { usePlatform } from '../platform';
import { dispatchAppCommand } from '../services/commands';
import { freeSpaceAdvice, STORAGE_FULL_SUMMARY, STORAGE_FULL_TITLE } from './storage-text';

export function StorageFullBanner() {
  const db = useDb();
  const platform = usePlatform();
  const { full, checking } = useStorageState();
  const [answer, setAnswer] = useState('');
  const titleId = useId();
  if (!full) return null;

  const tryAgain = async () => {
    if (checking) return;
    setAnswer('');
    try {
      const writable = await storageStatus(db).recheck();
      if (!writable) setAnswer('Still full: free some space, then try again.');
    } catch (error) {
      setAnswer(
        `Shortlist could not check: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };

  return (
    <section className="storage-full" aria-labelledby={titleId}>
      <div role="alert">
        <h2 id={titleId} className="storage-full-title">
          {STORAGE_FULL_TITLE}
        </h2>
        <p>{STORAGE_FULL_SUMMARY}</p>
      </div>
      <p className="storage-full-advice">{freeSpaceAdvice(platform.kind)}</p>
      <div className="storage-full-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            dispatchAppCommand('back-up');
          }}
        >
          Back up…
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            dispatchAppCommand('export-all-roles');
          }}
        >
          Export all…
        </button>
        <button
          type="button"
          className="button"
          aria-disabled={checking || undefined}
          onClick={() => void tryAgain()}
        >
          {checking ? 'Checking…' : 'Try again'}
        </button>
        <span role="status" className="storage-full-answer">
          {answer}
        </span>
      </div>
    </section>
  );
}
