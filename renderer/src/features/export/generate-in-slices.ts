import type { ExportFile } from '../../../../shared/export/types';

/*
 * Drains a generator of files in time slices, yielding to the event loop between slices
 * so that a long export (thousands of roles, each with notes to parse) keeps the window
 * responsive and its progress meter moving instead of freezing on the last count.
 */

/** About one frame: long enough to make progress, short enough to stay responsive. */
const SLICE_MS = 16;

export interface SliceOptions {
  /** The clock the slices are measured with (injectable for tests). */
  now?: () => number;
  /** How to give the event loop a turn (injectable for tests). */
  pause?: () => Promise<void>;
}

function nextTask(): Promise<void> {
  // A macrotask, not a microtask: rendering and input only happen between tasks.
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Collects every file of `files`, calling `onProgress(done, total)` after each and
 * pausing whenever a slice's time is used up. Files are returned without their counts.
 */
export async function collectInSlices(
  files: Iterable<ExportFile & { done: number; total: number }>,
  onProgress: (done: number, total: number) => void,
  { now = () => performance.now(), pause = nextTask }: SliceOptions = {},
): Promise<ExportFile[]> {
  const collected: ExportFile[] = [];
  let sliceStart = now();
  for (const { name, content, done, total } of files) {
    collected.push({ name, content });
    onProgress(done, total);
    if (now() - sliceStart >= SLICE_MS) {
      await pause();
      sliceStart = now();
    }
  }
  return collected;
}
