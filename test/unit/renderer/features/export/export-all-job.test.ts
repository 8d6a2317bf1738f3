// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  cancelExportAll,
  runExportAllJob,
  useExportAllProgress,
} from '../../../../../renderer/src/features/export/export-all-job';
import { progressLabel } from '../../../../../renderer/src/features/export/ExportAllProgressView';

describe('the export-all job', () => {
  it('runs one at a time: a start while one runs does nothing', async () => {
    let finish: () => void = () => undefined;
    const first = runExportAllJob(
      () =>
        new Promise<void>((resolve) => {
          finish = resolve;
        }),
    );
    let secondRan = false;
    await runExportAllJob(() => {
      secondRan = true;
      return Promise.resolve();
    });
    expect(secondRan).toBe(false);
    finish();
    await first;

    // Once over, the next start runs.
    await runExportAllJob(() => {
      secondRan = true;
      return Promise.resolve();
    });
    expect(secondRan).toBe(true);
  });

  it('Cancel fires the running work’s signal, and the label says it is cancelling', async () => {
    let signal: AbortSignal | null = null;
    let finish: () => void = () => undefined;
    const running = runExportAllJob((report, given) => {
      signal = given;
      report('writing', 3, 10);
      return new Promise<void>((resolve) => {
        finish = resolve;
      });
    });
    expect(signal).not.toBeNull();
    expect((signal as AbortSignal | null)?.aborted).toBe(false);
    cancelExportAll();
    expect((signal as AbortSignal | null)?.aborted).toBe(true);
    expect(progressLabel({ phase: 'writing', done: 3, total: 10, cancelling: true })).toBe(
      'Cancelling…',
    );
    finish();
    await running;
    // Nothing running: a stray Cancel does nothing.
    expect(() => {
      cancelExportAll();
    }).not.toThrow();
  });

  it('is free again after a failure', async () => {
    await expect(runExportAllJob(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    let ran = false;
    await runExportAllJob(() => {
      ran = true;
      return Promise.resolve();
    });
    expect(ran).toBe(true);
  });
});

describe('progressLabel', () => {
  it('counts roles while reading, files while writing, then says it is saving them', () => {
    expect(progressLabel({ phase: 'reading', done: 0, total: 0 })).toBe('Reading roles…');
    expect(progressLabel({ phase: 'reading', done: 200, total: 6005 })).toBe(
      'Reading roles: 200 of 6005',
    );
    expect(progressLabel({ phase: 'writing', done: 10, total: 6006 })).toBe(
      'Writing files: 10 of 6006',
    );
    expect(progressLabel({ phase: 'saving', done: 1, total: 1 })).toBe('Saving 1 file…');
    expect(progressLabel({ phase: 'saving', done: 6, total: 6 })).toBe('Saving 6 files…');
  });
});

describe('the export-all job’s progress', () => {
  it('shows a count at most every 50 ms, a new phase at once, and the last count always', async () => {
    const { result } = renderHook(() => useExportAllProgress());
    let clock = 0;
    const seen: string[] = [];
    const look = () => {
      const progress = result.current;
      seen.push(`${progress?.phase ?? 'none'} ${String(progress?.done)}`);
    };
    await runExportAllJob(
      async (report) => {
        for (let done = 1; done <= 6; done += 1) {
          act(() => {
            report('writing', done, 7);
          });
          await Promise.resolve();
          look();
          clock += 20; // a role every 20 ms: counts 1, then 4 (60 ms on) are shown
        }
        act(() => {
          report('writing', 7, 7);
        });
        await Promise.resolve();
        look();
      },
      () => clock,
    );
    expect(seen).toEqual([
      'writing 1',
      'writing 1',
      'writing 1',
      'writing 4',
      'writing 4',
      'writing 4',
      'saving 7',
    ]);
  });
});
