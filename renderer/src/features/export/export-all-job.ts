/**
 * The one "export all roles" run at a time, shared by the Roles toolbar button and the
 * menu command: both show the same progress, and a second start while one runs is
 * ignored rather than opening a second save dialog.
 */
import { useSyncExternalStore } from 'react';

export interface ExportAllProgress {
  /** Reading the roles (with counts), then waiting on the save dialog or download. */
  phase: 'reading' | 'saving';
  done: number;
  total: number;
}

let current: ExportAllProgress | null = null;
/** How many progress displays are on screen; with none, a floating one shows instead. */
let displays = 0;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useExportAllProgress(): ExportAllProgress | null {
  return useSyncExternalStore(subscribe, () => current);
}

export function useExportAllDisplays(): number {
  return useSyncExternalStore(subscribe, () => displays);
}

/** Registers a progress display; returns its removal. */
export function addExportAllDisplay(): () => void {
  displays += 1;
  emit();
  return () => {
    displays -= 1;
    emit();
  };
}

/**
 * Runs `work` as the export-all job unless one is running. `work` reports reading
 * progress; once reading is complete the job is "saving" until `work` settles.
 */
export async function runExportAllJob(
  work: (onProgress: (done: number, total: number) => void) => Promise<void>,
): Promise<void> {
  if (current) return;
  current = { phase: 'reading', done: 0, total: 0 };
  emit();
  try {
    await work((done, total) => {
      current = { phase: total > 0 && done >= total ? 'saving' : 'reading', done, total };
      emit();
    });
  } finally {
    current = null;
    emit();
  }
}
