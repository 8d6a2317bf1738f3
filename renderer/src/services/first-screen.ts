/**
 * When the first screen has its content: work it does not need (code for other screens,
 * the shell's dialogs) waits until then, and then for an idle moment, so it never
 * competes with the first paint of the Roles table.
 */

/**
 * Without a first screen that reports (a reload onto another one), start after this:
 * long enough that on a busy machine it never competes with a slow first launch.
 */
const FALLBACK_MS = 8000;
/** The longest an idle task waits for an idle moment on a busy machine. */
const IDLE_TIMEOUT_MS = 2000;

let shown = false;
const waiting = new Set<() => void>();

/** Called by the first screen once its content is on screen (more calls do nothing). */
export function markFirstScreenShown(): void {
  if (shown) return;
  shown = true;
  for (const resume of [...waiting]) resume();
  waiting.clear();
}

function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
    return () => {
      cancelIdleCallback(handle);
    };
  }
  const timer = setTimeout(task, 1);
  return () => {
    clearTimeout(timer);
  };
}

/**
 * Runs `task` at the first idle moment after the first screen showed its content (or
 * after a short wait when no screen reports). Returns a cancel function.
 */
export function afterFirstScreen(task: () => void): () => void {
  let cancelIdle: (() => void) | null = null;
  const resume = () => {
    clearTimeout(fallback);
    waiting.delete(resume);
    cancelIdle ??= whenIdle(task);
  };
  const fallback = setTimeout(resume, FALLBACK_MS);
  if (shown) resume();
  else waiting.add(resume);
  return () => {
    clearTimeout(fallback);
    waiting.delete(resume);
    cancelIdle?.();
  };
}
