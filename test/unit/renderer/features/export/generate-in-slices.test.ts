import { describe, expect, it } from 'vitest';
import { collectInSlices } from '../../../../../renderer/src/features/export/generate-in-slices';

function* files(count: number) {
  for (let index = 1; index <= count; index += 1) {
    yield {
      name: `${String(index)}.md`,
      content: `# ${String(index)}\n`,
      done: index,
      total: count,
    };
  }
}

describe('collectInSlices', () => {
  it('returns every file without its counts and reports each one', async () => {
    const reports: [number, number][] = [];
    const collected = await collectInSlices(files(3), (done, total) => reports.push([done, total]));
    expect(collected).toEqual([
      { name: '1.md', content: '# 1\n' },
      { name: '2.md', content: '# 2\n' },
      { name: '3.md', content: '# 3\n' },
    ]);
    expect(reports).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('gives the event loop a turn each time a slice (16 ms) is used up', async () => {
    // Every file takes 5 ms: a slice is used up by the fourth file (20 ms ≥ 16 ms).
    let clock = 0;
    const log: string[] = [];
    await collectInSlices(
      files(10),
      (done) => {
        clock += 5;
        log.push(String(done));
      },
      {
        now: () => clock,
        pause: () => {
          log.push('pause');
          return Promise.resolve();
        },
      },
    );
    expect(log.join(' ')).toBe('1 2 3 4 pause 5 6 7 8 pause 9 10');
  });

  it('really lets other tasks run in between with the default pause', async () => {
    let ticks = 0;
    const timer = setInterval(() => {
      ticks += 1;
    }, 0);
    let clock = 0;
    // A fake clock that says every file takes a whole slice: a pause after each.
    await collectInSlices(files(5), () => undefined, { now: () => (clock += 20) });
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });
});
