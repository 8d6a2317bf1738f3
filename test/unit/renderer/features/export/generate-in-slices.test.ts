import { describe, expect, it } from 'vitest';
import {
  nextTask,
  timeSlicer,
} from '../../../../../renderer/src/features/export/generate-in-slices';

describe('timeSlicer', () => {
  it('gives the event loop a turn each time a slice (16 ms) is used up', async () => {
    // Every step takes 5 ms: a slice is used up by the fourth step (20 ms ≥ 16 ms).
    let clock = 0;
    const log: string[] = [];
    const breathe = timeSlicer({
      now: () => clock,
      pause: () => {
        log.push('pause');
        return Promise.resolve();
      },
    });
    for (let step = 1; step <= 10; step += 1) {
      clock += 5;
      log.push(String(step));
      await breathe();
    }
    expect(log.join(' ')).toBe('1 2 3 4 pause 5 6 7 8 pause 9 10');
  });

  it('really lets other tasks run in between with the default pause', async () => {
    // A task queued before the job's pause runs before the job goes on; a microtask
    // "pause" would go on first.
    let otherTaskRan = false;
    void nextTask().then(() => {
      otherTaskRan = true;
    });
    // A fake clock that says the step took a whole slice.
    let clock = 0;
    const breathe = timeSlicer({ now: () => (clock += 20) });
    await breathe();
    expect(otherTaskRan).toBe(true);
  });
});
