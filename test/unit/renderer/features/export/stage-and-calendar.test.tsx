// @vitest-environment happy-dom
// fake-indexeddb must install itself before Dexie loads.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { InterviewStage } from '../../../../../shared/domain/model';
import type { SaveFileRequest } from '../../../../../shared/ipc/channels';
import { NoticeProvider } from '../../../../../renderer/src/components/notices';
import type { ShortlistDb } from '../../../../../renderer/src/db/db';
import { DbProvider } from '../../../../../renderer/src/db/db-context';
import { listActivities } from '../../../../../renderer/src/db/activities-repo';
import { logExport } from '../../../../../renderer/src/db/export-activity';
import { deleteRole } from '../../../../../renderer/src/db/roles-repo';
import { SAMPLE_ROLES } from '../../../../../renderer/src/db/sample-roles';
import { ensureSampleRoles } from '../../../../../renderer/src/db/seed';
import { addStage, deleteStage, updateStage } from '../../../../../renderer/src/db/stages-repo';
import { PlatformProvider } from '../../../../../renderer/src/platform';
import { AgendaCalendarButton } from '../../../../../renderer/src/features/export/AgendaCalendarButton';
import { RoleExportMenu } from '../../../../../renderer/src/features/export/RoleExportMenu';
import { StageExportActions } from '../../../../../renderer/src/features/export/StageExportActions';
import { freshDb } from '../../db/test-db';
import { fakePlatform, type FakePlatform } from '../../platform/fake-platform';

afterEach(() => {
  cleanup();
});

/** A day in 2030, 10:00 in London (GMT in March). */
const MARCH_14_2030 = Date.UTC(2030, 2, 14, 10, 0);

async function roleWithStage(scheduled: boolean): Promise<{
  db: ShortlistDb;
  roleId: string;
  stage: InterviewStage;
}> {
  const db = freshDb();
  await ensureSampleRoles(db, SAMPLE_ROLES);
  const role = await db.roles.where('seedKey').equals('canonical-em-lxd').first();
  if (!role) throw new Error('sample role missing');
  const added = await addStage(db, role.id);
  if (!added.ok) throw new Error(added.error);
  const updated = await updateStage(db, added.value.id, {
    name: 'Technical interview',
    interviewers: 'Ada Lovelace',
    ...(scheduled
      ? { scheduledAt: MARCH_14_2030, timezone: 'Europe/London', durationMinutes: 60 }
      : {}),
  });
  if (!updated.ok) throw new Error(updated.error);
  return { db, roleId: role.id, stage: updated.value };
}

function renderWith(db: ShortlistDb, fake: FakePlatform, children: ReactNode) {
  render(
    <PlatformProvider platform={fake.platform}>
      <DbProvider db={db}>
        <NoticeProvider>{children}</NoticeProvider>
      </DbProvider>
    </PlatformProvider>,
  );
}

function saved(fake: FakePlatform): SaveFileRequest[] {
  return fake.calls
    .filter((call) => call[0] === 'saveFile')
    .map((call) => call[1] as SaveFileRequest);
}

async function exported(db: ShortlistDb, roleId: string): Promise<string[]> {
  return (await listActivities(db, roleId))
    .filter((activity) => activity.type === 'exported')
    .map((activity) => activity.summary);
}

describe("a stage's export actions", () => {
  it('Export brief… saves the brief as Markdown, says where and logs it', async () => {
    const { db, roleId, stage } = await roleWithStage(true);
    const fake = fakePlatform();
    renderWith(db, fake, <StageExportActions stage={stage} />);

    fireEvent.click(screen.getByRole('button', { name: 'Export brief…' }));
    await screen.findByText(/^Saved to \/chosen\//);
    const [request] = saved(fake);
    expect(request?.kind).toBe('markdown');
    expect(request?.suggestedName).toMatch(/\.md$/);
    expect(request?.content).toContain('# Interview brief: Technical interview\n');
    expect(request?.content).toContain('- **Interviewers:** Ada Lovelace');
    await waitFor(async () => {
      expect(await exported(db, roleId)).toEqual([
        `Saved the brief for Technical interview (${request?.suggestedName ?? ''})`,
      ]);
    });
    await db.delete();
  });

  it('Copy brief puts the same brief on the clipboard', async () => {
    const { db, stage } = await roleWithStage(true);
    const fake = fakePlatform();
    renderWith(db, fake, <StageExportActions stage={stage} />);

    fireEvent.click(screen.getByRole('button', { name: 'Copy brief' }));
    await screen.findByText('Copied the brief for Technical interview as Markdown');
    const copied = fake.calls.find((call) => call[0] === 'copyText')?.[1];
    expect(copied).toContain('# Interview brief: Technical interview\n');
    await db.delete();
  });

  it('Add to calendar saves an .ics with the stage’s stable UID and London time', async () => {
    const { db, stage } = await roleWithStage(true);
    const fake = fakePlatform();
    renderWith(db, fake, <StageExportActions stage={stage} />);

    fireEvent.click(screen.getByRole('button', { name: 'Add to calendar (.ics)' }));
    await screen.findByText(/^Saved to \/chosen\/.*\.ics$/);
    const [request] = saved(fake);
    expect(request?.kind).toBe('calendar');
    expect(request?.content).toContain(`UID:${stage.id}@shortlist\r\n`);
    expect(request?.content).toContain('DTSTART:20300314T100000Z\r\n');
    await db.delete();
  });

  it('an unscheduled stage offers a brief but no calendar file', async () => {
    const { db, stage } = await roleWithStage(false);
    renderWith(db, fakePlatform(), <StageExportActions stage={stage} />);
    expect(screen.getByRole('button', { name: 'Export brief…' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add to calendar (.ics)' })).toBeNull();
    await db.delete();
  });

  it('a stage deleted meanwhile: an error that says so, and nothing saved', async () => {
    const { db, stage } = await roleWithStage(true);
    const fake = fakePlatform();
    renderWith(db, fake, <StageExportActions stage={stage} />);
    await deleteStage(db, stage.id);

    fireEvent.click(screen.getByRole('button', { name: 'Export brief…' }));
    await screen.findByText(
      'Could not save the interview brief: This interview stage no longer exists.',
    );
    expect(saved(fake)).toEqual([]);
    await db.delete();
  });
});

describe('the Agenda’s calendar export', () => {
  it('with nothing upcoming, says so and saves nothing', async () => {
    const db = freshDb();
    await ensureSampleRoles(db, SAMPLE_ROLES);
    const fake = fakePlatform();
    renderWith(db, fake, <AgendaCalendarButton />);

    fireEvent.click(screen.getByRole('button', { name: 'Export upcoming interviews (.ics)' }));
    await screen.findByText('There are no upcoming interviews to add to a calendar.');
    expect(saved(fake)).toEqual([]);
    await db.delete();
  });

  it('holds every upcoming interview', async () => {
    const { db, stage } = await roleWithStage(true);
    const fake = fakePlatform();
    renderWith(db, fake, <AgendaCalendarButton />);

    fireEvent.click(screen.getByRole('button', { name: 'Export upcoming interviews (.ics)' }));
    await screen.findByText(/^Saved to /);
    const [request] = saved(fake);
    expect(request?.content.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
    expect(request?.content).toContain(`UID:${stage.id}@shortlist`);
    await db.delete();
  });
});

describe('a cancelled interview ahead', () => {
  it('goes into the Agenda’s file as cancelled, under the UID the calendar already has', async () => {
    const { db, roleId, stage } = await roleWithStage(true);
    const other = await addStage(db, roleId);
    if (!other.ok) throw new Error(other.error);
    await updateStage(db, other.value.id, {
      name: 'Panel',
      scheduledAt: MARCH_14_2030 + 86_400_000,
      timezone: 'Europe/London',
    });
    await updateStage(db, stage.id, { status: 'cancelled' });
    const fake = fakePlatform();
    renderWith(db, fake, <AgendaCalendarButton />);

    fireEvent.click(screen.getByRole('button', { name: 'Export upcoming interviews (.ics)' }));
    await screen.findByText(/^Saved to /);
    const events = (saved(fake)[0]?.content ?? '').split('BEGIN:VEVENT').slice(1);
    expect(events).toHaveLength(2);
    const cancelled = events.find((event) => event.includes(`UID:${stage.id}@shortlist`));
    expect(cancelled).toMatch(/^STATUS:CANCELLED\r$/m);
    const open = events.find((event) => event.includes(`UID:${other.value.id}@shortlist`));
    expect(open).not.toContain('STATUS:CANCELLED');
    await db.delete();
  });

  it('is offered by the role’s Export menu but not counted as an interview ahead', async () => {
    const { db, roleId, stage } = await roleWithStage(true);
    const role = await db.roles.get(roleId);
    if (!role) throw new Error('role missing');
    await updateStage(db, stage.id, { status: 'cancelled' });
    const fake = fakePlatform();
    renderWith(db, fake, <RoleExportMenu role={role} />);

    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    const calendarItem = () =>
      screen.getByRole('menuitem', { name: 'Add upcoming interviews to calendar (.ics)' });
    await waitFor(() => {
      const hint = document.getElementById(calendarItem().getAttribute('aria-describedby') ?? '');
      expect(hint?.textContent).toBe('No interviews scheduled ahead · 1 cancellation');
    });
    const item = calendarItem();
    expect(item.getAttribute('aria-disabled')).not.toBe('true');
    fireEvent.click(item);
    await screen.findByText(/^Saved to /);
    expect(saved(fake)[0]?.content).toContain('STATUS:CANCELLED');
    await db.delete();
  });
});

describe('logExport', () => {
  it('records an exported activity and moves the role’s last activity', async () => {
    const { db, roleId } = await roleWithStage(false);
    const entry = await logExport(db, roleId, 'Saved as Markdown (x.md)', 1_900_000_000_000);
    expect(entry).toMatchObject({ roleId, type: 'exported', summary: 'Saved as Markdown (x.md)' });
    expect((await db.roles.get(roleId))?.lastActivityAt).toBe(1_900_000_000_000);
    await db.delete();
  });

  it('writes nothing for a role that is gone', async () => {
    const { db, roleId } = await roleWithStage(false);
    await deleteRole(db, roleId);
    expect(await logExport(db, roleId, 'Saved as Markdown (x.md)')).toBeUndefined();
    expect(await db.activities.where('roleId').equals(roleId).count()).toBe(0);
    await db.delete();
  });
});
