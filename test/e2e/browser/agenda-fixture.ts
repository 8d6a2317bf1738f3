/** Agenda specs' data: two sample roles with an interview and a next action each. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { getByIndex, putRecords } from './idb';

interface Stored {
  id: string;
  roleId?: string;
}

/** Local time `days` from today at hh:mm. */
export function at(days: number, hours: number, minutes = 0): number {
  const date = new Date();
  date.setDate(date.getDate() + days);
  date.setHours(hours, minutes, 0, 0);
  return date.getTime();
}

function stage(id: string, roleId: string, applicationId: string, name: string, when: number) {
  return {
    id,
    roleId,
    applicationId,
    name,
    kind: 'technical',
    order: 0,
    status: 'scheduled',
    scheduledAt: when,
    durationMinutes: 60,
    timezone: 'UTC',
    interviewers: '',
    location: '',
    prepNotes: '',
    outcomeNotes: '',
    probeRequirementIds: [],
    createdAt: 1,
    updatedAt: 1,
  };
}

export async function arrange(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('table', { name: 'Roles' }).locator('tbody tr')).toHaveCount(5);
  const [hpc] = await getByIndex<Stored>(page, 'roles', 'seedKey', 'canonical-em-hpc');
  const [lxd] = await getByIndex<Stored>(page, 'roles', 'seedKey', 'canonical-em-lxd');
  if (!hpc || !lxd) throw new Error('sample roles missing');
  const [hpcApp] = await getByIndex<Record<string, unknown>>(
    page,
    'applications',
    'roleId',
    hpc.id,
  );
  const [lxdApp] = await getByIndex<Record<string, unknown>>(
    page,
    'applications',
    'roleId',
    lxd.id,
  );
  if (!hpcApp || !lxdApp) throw new Error('applications missing');
  await putRecords(page, {
    stages: [
      stage('s-tomorrow', hpc.id, String(hpcApp.id), 'Technical interview', at(1, 15)),
      stage('s-past', lxd.id, String(lxdApp.id), 'Hiring manager call', at(-3, 10)),
    ],
    applications: [
      { ...hpcApp, status: 'interviewing', nextAction: 'Send references', nextActionDue: at(5, 0) },
      { ...lxdApp, status: 'applied', nextAction: 'Chase the recruiter', nextActionDue: at(-2, 0) },
    ],
  });
}
