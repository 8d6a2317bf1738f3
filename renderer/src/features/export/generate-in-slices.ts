/*
 * Long exports run in time slices, yielding to the event loop between slices so that
 * thousands of roles (each with notes to write) keep the window responsive, its progress
 * meter moving and its Cancel button working, instead of freezing until the end.
 */

/** About one frame: long enough to make progress, short enough to stay responsive. */
const SLICE_MS = 16;

export interface SliceOptions {
  /** The clock the slices are measured with (injectable for tests). */
  now?: () => number;
  /** How to give the event loop a turn (injectable for tests). */
  pause?: () => Promise<void>;
}

/**
 * A macrotask, not a microtask: rendering and input only happen between tasks. A message
 * rather than setTimeout, which browsers delay by 4 ms once timers nest.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Returns `breathe()`: call it between steps of a long job; it gives the event loop a
 * turn whenever the current slice's time is used up, else resolves at once.
 */
export function timeSlicer({ now = () => performance.now(), pause = nextTask }: SliceOptions = {}) {
  let sliceStart = now();
  return async function breathe(): Promise<void> {
    if (now() - sliceStart < SLICE_MS) return;
    await pause();
    sliceStart = now();
  };
}
