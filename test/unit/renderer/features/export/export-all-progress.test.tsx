// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SaveFolderRequest } from '../../../../../shared/ipc/channels';
import { NoticeProvider } from '../../../../../renderer/src/components/notices';
import { DbProvider } from '../../../../../renderer/src/db/db-context';
import { SAMPLE_ROLES } from '../../../../../renderer/src/db/sample-roles';
import { ensureSampleRoles } from '../../../../../renderer/src/db/seed';
import {
  runExportAllJob,
  useExportAllProgress,
  type ExportAllPhase,
} from '../../../../../renderer/src/features/export/export-all-job';
import { useExportActions } from '../../../../../renderer/src/features/export/use-export-actions';
import { PlatformProvider } from '../../../../../renderer/src/platform';
import { freshDb } from '../../db/test-db';
import { fakePlatform } from '../../platform/fake-platform';

afterEach(() => {
  cleanup();
});

describe('Export all: progress', () => {
  it('reports reading the roles, then writing each file, before the folder is saved', async () => {
    const db = freshDb();
    await ensureSampleRoles(db, SAMPLE_ROLES);
    const roles = await db.roles.count();
    const fake = fakePlatform();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <PlatformProvider platform={fake.platform}>
        <DbProvider db={db}>
          <NoticeProvider>{children}</NoticeProvider>
        </DbProvider>
      </PlatformProvider>
    );
    const { result } = renderHook(() => useExportActions(), { wrapper });

    const reports: [ExportAllPhase, number, number][] = [];
    let savedAfter = -1;
    const saveFolder = fake.platform.saveFolder.bind(fake.platform);
    fake.platform.saveFolder = (request: SaveFolderRequest) => {
      savedAfter = reports.length;
      return saveFolder(request);
    };
    await result.current.saveAll((phase, done, total) => reports.push([phase, done, total]));

    const reading = reports.filter(([phase]) => phase === 'reading');
    const writing = reports.filter(([phase]) => phase === 'writing');
    expect(reading.at(-1)).toEqual(['reading', roles, roles]);
    // Every file counted, index.md included, in order, after reading and before saving.
    expect(writing).toEqual(
      Array.from({ length: roles + 1 }, (_, index) => ['writing', index + 1, roles + 1]),
    );
    expect(reports.indexOf(writing[0] ?? ['writing', 0, 0])).toBeGreaterThan(
      reports.indexOf(reading.at(-1) ?? ['reading', 0, 0]),
    );
    expect(savedAfter).toBe(reports.length);
    const request = fake.calls.find((call) => call[0] === 'saveFolder')?.[1] as SaveFolderRequest;
    expect(request.files).toHaveLength(roles + 1);
    await db.delete();
  });
});

describe('the export-all job', () => {
  it('moves from reading to writing, and to saving once every file is written', async () => {
    const seen: string[] = [];
    const { result } = renderHook(() => useExportAllProgress());
    await runExportAllJob(async (report) => {
      for (const [phase, done, total] of [
        ['reading', 5, 5],
        ['writing', 3, 6],
        ['writing', 6, 6],
      ] as const) {
        act(() => {
          report(phase, done, total);
        });
        await Promise.resolve();
        const progress = result.current;
        seen.push(
          `${progress?.phase ?? 'none'} ${String(progress?.done)}/${String(progress?.total)}`,
        );
      }
    });
    expect(seen).toEqual(['reading 5/5', 'writing 3/6', 'saving 6/6']);
  });
});
