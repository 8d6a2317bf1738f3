/**
 * A seeded role for export tests, built purely from the real seed text with the same
 * code that seeds the database, then given fixed ids and times so exports are stable:
 * ticks, evidence, confidence, three stages (one across zones) and notes, one hostile.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildRoleRecords } from '../../../../renderer/src/db/role-records';
import { loadSampleRoles, seedManifestSchema } from '../../../../shared/domain/seeds';
import type { InterviewStage, Note, Requirement } from '../../../../shared/domain/model';
import type { RoleExportData } from '../../../../shared/export/types';

const SEEDS = fileURLToPath(new URL('../../../../seeds/', import.meta.url));
export const T0 = Date.UTC(2026, 10, 2, 9, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A seed role (default: the first, Engineering Manager, LXD) exactly as the app seeds it. */
export function seededRecords(index = 0) {
  const manifest: unknown = JSON.parse(readFileSync(`${SEEDS}manifest.json`, 'utf8'));
  const files = new Map(
    seedManifestSchema
      .parse(manifest)
      .seeds.map((entry) => [entry.file, readFileSync(`${SEEDS}${entry.file}`, 'utf8')] as const),
  );
  const sample = loadSampleRoles(manifest, files)[index];
  if (!sample) throw new Error(`no seed ${String(index)}`);
  return buildRoleRecords({ ...sample }, T0);
}

export const HOSTILE_BODY = [
  '---',
  'title: injected',
  '---',
  '# Heading',
  '',
  '- [ ] fake task',
  '- [x] another fake',
  '',
  '<script>alert(1)</script>',
  '',
  'Setext line',
  '---',
  '',
  '## Checklist',
].join('\n');

export const HOSTILE_TITLE = 'Offer ] *maybe* [link](x) `code` # not a heading';

export function stage(
  id: string,
  order: number,
  patch: Partial<InterviewStage>,
  applicationId: string,
  roleId: string,
): InterviewStage {
  return {
    id,
    applicationId,
    roleId,
    name: `Stage ${String(order + 1)}`,
    kind: 'other',
    order,
    status: 'planned',
    interviewers: '',
    location: '',
    prepNotes: '',
    outcomeNotes: '',
    probeRequirementIds: [],
    createdAt: T0,
    updatedAt: T0,
    ...patch,
  };
}

export function note(id: string, roleId: string, patch: Partial<Note>): Note {
  return {
    id,
    roleId,
    title: '',
    body: '',
    tags: [],
    pinned: 0,
    createdAt: T0,
    updatedAt: T0,
    ...patch,
  };
}

/** The seeded role with fixed ids, some ticks and evidence, stages and notes. */
export function seededExport(): RoleExportData {
  const records = seededRecords(0);
  const roleId = 'role-lxd';
  const applicationId = 'app-lxd';
  const requirements: Requirement[] = records.requirements.map((item, index) => ({
    ...item,
    id: `req-${String(index + 1)}`,
    roleId,
  }));
  const [first, second, third] = requirements;
  if (!first || !second || !third) throw new Error('seed has too few requirements');
  first.checked = 1;
  first.evidence =
    'Led a team of **six** engineers across four time zones.\n\n## STAR\n\n- Situation: a missed release\n- Result: shipped on time\n- [ ] not a checklist item';
  first.confidence = 3;
  second.checked = 1;
  third.evidence = 'Not yet: read up on Ceph.';
  third.confidence = 1;
  requirements.push({
    ...third,
    id: 'req-custom',
    text: 'Speaks to the [LXD] *roadmap*',
    kind: 'preferred',
    origin: 'custom',
    order: 10,
    checked: 1,
    evidence: '',
    confidence: undefined,
  });
  const stages = [
    stage(
      'stage-1',
      0,
      {
        name: 'Recruiter call',
        kind: 'recruiter call',
        status: 'passed',
        scheduledAt: T0 + 2 * DAY + 5 * HOUR,
        durationMinutes: 30,
        timezone: 'Europe/London',
        interviewers: 'Sam Recruiter',
        location: 'https://meet.example.com/abc',
        outcomeNotes: 'Went well; next round booked.',
      },
      applicationId,
      roleId,
    ),
    stage(
      'stage-2',
      1,
      {
        name: 'Technical interview',
        kind: 'technical',
        status: 'scheduled',
        scheduledAt: Date.UTC(2026, 11, 3, 14, 0),
        durationMinutes: 90,
        timezone: 'America/New_York',
        interviewers: 'Ada Lovelace, Grace Hopper',
        location: 'Video call',
        prepNotes: 'Review **LXD** clustering.\n\n# Questions\n\n1. Storage pools?',
        probeRequirementIds: ['req-3', 'req-1', 'req-2'],
      },
      applicationId,
      roleId,
    ),
    stage('stage-3', 2, { name: 'Leadership', kind: 'leadership' }, applicationId, roleId),
  ];
  const notes = [
    note('note-a', roleId, {
      title: 'First impressions',
      body: 'The team ships **monthly**.\n\nSee [docs][d].\n\n[d]: https://example.com/docs',
      tags: ['research'],
      createdAt: T0 + DAY,
      updatedAt: T0 + DAY,
    }),
    note('note-b', roleId, {
      title: HOSTILE_TITLE,
      body: HOSTILE_BODY,
      pinned: 1,
      stageId: 'stage-2',
      createdAt: T0 + 3 * DAY,
      updatedAt: T0 + 4 * DAY,
    }),
    note('note-c', roleId, {
      title: 'Salary research',
      body: 'Range is *fine*.',
      createdAt: T0 + 2 * DAY,
      updatedAt: T0 + 2 * DAY,
    }),
  ];
  return {
    role: { ...records.role, id: roleId },
    posting: { ...records.posting, roleId },
    application: {
      ...records.application,
      id: applicationId,
      roleId,
      status: 'interviewing',
      appliedAt: Date.UTC(2026, 10, 3, 0, 0),
    },
    requirements,
    stages,
    notes,
  };
}

export const OPTIONS = { exportedAt: Date.UTC(2026, 11, 1, 10, 30), timeZone: 'Europe/London' };
