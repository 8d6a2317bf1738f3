// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ShowNotificationRequest } from '../../../../../shared/ipc/channels';
import { NoticeProvider } from '../../../../../renderer/src/components/notices';
import type { ShortlistDb } from '../../../../../renderer/src/db/db';
import { DbProvider } from '../../../../../renderer/src/db/db-context';
import { SAMPLE_ROLES } from '../../../../../renderer/src/db/sample-roles';
import { ensureSampleRoles } from '../../../../../renderer/src/db/seed';
import { addStage, updateStage } from '../../../../../renderer/src/db/stages-repo';
import { PlatformProvider } from '../../../../../renderer/src/platform';
import { ReminderSettings } from '../../../../../renderer/src/features/reminders/ReminderSettings';
import { Reminders } from '../../../../../renderer/src/features/reminders/Reminders';
import { freshDb } from '../../db/test-db';
import { fakePlatform, type FakePlatform } from '../../platform/fake-platform';

const HOUR = 3_600_000;
let db: ShortlistDb;

afterEach(async () => {
  cleanup();
  await db.delete();
});

/** The LXD sample with one interview at `at`. */
async function interviewAt(at: number, name = 'Technical interview'): Promise<void> {
  const role = await db.roles.where('seedKey').equals('canonical-em-lxd').first();
  if (!role) throw new Error('sample role missing');
  const added = await addStage(db, role.id);
  if (!added.ok) throw new Error(added.error);
  const updated = await updateStage(db, added.value.id, {
    name,
    scheduledAt: at,
    status: 'scheduled',
  });
  if (!updated.ok) throw new Error(updated.error);
}

function shown(fake: FakePlatform): ShowNotificationRequest[] {
  return fake.calls
    .filter((call) => call[0] === 'showNotification')
    .map((call) => call[1] as ShowNotificationRequest);
}

function renderApp(fake: FakePlatform) {
  render(
    <PlatformProvider platform={fake.platform}>
      <DbProvider db={db}>
        <NoticeProvider>
          <Reminders />
          <ReminderSettings />
        </NoticeProvider>
      </DbProvider>
    </PlatformProvider>,
  );
}

describe('reminders through the platform layer', () => {
  it('after opting in, an interview 1 hour ahead is shown once as a notification', async () => {
    db = freshDb();
    await ensureSampleRoles(db, SAMPLE_ROLES);
    await interviewAt(Date.now() + HOUR);
    const fake = fakePlatform();
    renderApp(fake);

    const optIn = await screen.findByRole('checkbox', {
      name: 'Notify me before interviews and follow-ups',
    });
    expect(shown(fake)).toEqual([]);
    fireEvent.click(optIn);
    await waitFor(() => {
      expect(shown(fake).map((n) => n.title)).toEqual([
        'Technical interview — Engineering Manager, LXD',
      ]);
      expect(shown(fake)[0]?.body).toMatch(/^Interview in 1 hour, /u);
    });

    // A second window (another render on the same database) does not show it again.
    const other = fakePlatform();
    cleanup();
    renderApp(other);
    await interviewAt(Date.now() + HOUR / 2, 'Panel');
    await waitFor(() => {
      expect(shown(other).map((n) => n.title)).toEqual(['Panel — Engineering Manager, LXD']);
    });
  });
});
