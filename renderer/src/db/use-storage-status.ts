/**
 * Read-only mode for components: whether storage is full (so nothing can be saved), and
 * whether a Try again is running. Editors read {@link useStorageFull} to stop offering
 * edits that could not be kept.
 */
import { useSyncExternalStore } from 'react';
import { useDb } from './db-context';
import { storageStatus, type StorageState } from './storage-status';

export function useStorageState(): StorageState {
  const status = storageStatus(useDb());
  return useSyncExternalStore(status.subscribe, status.snapshot);
}

/** True while storage is full: Shortlist is read-only, and editors should say so. */
export function useStorageFull(): boolean {
  return useStorageState().full;
}

/** What an editor says instead of "Saved" while storage is full. */
export const READ_ONLY_LABEL = 'Read-only: storage is full';
