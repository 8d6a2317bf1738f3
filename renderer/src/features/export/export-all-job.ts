/**
 * The one "export all roles" run at a time, shared by the Roles toolbar button and the
 * menu command: both show the same progress, and a second start while one runs is
 * ignored rather than opening a second save dialog.
 */
import { useSyncExternalStore } from 'react';

/** The counted steps of an export-all run. */
export type ExportAllPhase = 'reading' | 'writing';

/** Reports one counted step's progress. */
export type ExportAllReport = (phase: ExportAllPhase, done: number, total: number) => void;

export interface ExportAllProgress {
  /**
   * Reading the roles, then writing their files (both with counts), then waiting on the
   * save dialog or download.
   */
  phase: ExportAllPhase | 'saving';
  done: number;
  total: number;
  /** Cancel was asked for; the run stops at its next file. */
  cancelling?: boolean;
}

/**
 * A count shown at most this often (a new phase or total shows at once): a report comes
 * after each role, and every emit re-renders the progress display, which at 5,000 roles
 * took 0.7 s of the export's main thread.
 */
export const PROGRESS_EVERY_MS = 50;

let current: ExportAllProgress | null = null;
/** What the displays show: `current` as of the last emit. */
let shown: ExportAllProgress | null = null;
/** Cancels the running job's work. */
let controller: AbortController | null = null;
/** How many progress displays are on screen; with none, a floating one shows instead. */
let displays = 0;
const listeners = new Set<() => void>();

function emit(): void {
  shown = current;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useExportAllProgress(): ExportAllProgress | null {
  return useSyncExternalStore(subscribe, () => shown);
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
 * Runs `work` as the export-all job unless one is running. `work` reports reading, then
 * writing progress; once every file is written the job is "saving" until `work` settles.
 * {@link cancelExportAll} fires the signal `work` is given.
 */
export async function runExportAllJob(
  work: (report: ExportAllReport, signal: AbortSignal) => Promise<void>,
  now: () => number = () => performance.now(),
): Promise<void> {
  if (current) return;
  const own = new AbortController();
  controller = own;
  current = { phase: 'reading', done: 0, total: 0 };
  emit();
  let shownAt = now();
  try {
    await work((phase, done, total) => {
      const saving = phase === 'writing' && total > 0 && done >= total;
      const previous = current;
      current = {
        phase: saving ? 'saving' : phase,
        done,
        total,
        ...(own.signal.aborted ? { cancelling: true } : {}),
      };
      const news = previous?.phase !== current.phase || previous.total !== current.total;
      if (news || now() - shownAt >= PROGRESS_EVERY_MS) {
        shownAt = now();
        emit();
      }
    }, own.signal);
  } finally {
    controller = null;
    current = null;
    emit();
  }
}

/** Asks the running export-all job to stop; nothing it made is saved. */
export function cancelExportAll(): void {
  if (!controller || !current) return;
  controller.abort();
  current = { ...current, cancelling: true };
  emit();
}
