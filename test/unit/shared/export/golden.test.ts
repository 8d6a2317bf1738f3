import { describe, expect, it } from 'vitest';
import { allRolesToMarkdown } from '../../../../shared/export/all-roles';
import { stagesToIcs } from '../../../../shared/export/ics';
import { interviewBriefToMarkdown } from '../../../../shared/export/interview-brief';
import { roleToMarkdown } from '../../../../shared/export/role-markdown';
import { expectGolden } from './golden';
import { OPTIONS, seededExport, seededRecords } from './seeded-role';

describe('export golden files (seeded role with ticks, evidence, stages, notes)', () => {
  it('role export', () => {
    expectGolden('role-engineering-manager-lxd.md', roleToMarkdown(seededExport(), OPTIONS));
  });

  it('all-roles folder: index and file names', () => {
    const lxd = seededExport();
    const second = seededRecords(1);
    const files = allRolesToMarkdown(
      [
        lxd,
        {
          role: { ...second.role, id: 'role-server', archived: 1 },
          posting: second.posting,
          application: second.application,
          requirements: second.requirements,
          stages: [],
          notes: [],
        },
      ],
      OPTIONS,
    );
    expect(files.map((file) => file.name)).toEqual([
      'index.md',
      'engineering-manager-lxd-canonical.md',
      'linux-server-software-engineering-manager-canonical.md',
    ]);
    expectGolden('index.md', files[0]?.content ?? '');
    expect(files[1]?.content).toBe(roleToMarkdown(lxd, OPTIONS));
  });

  it('interview brief', () => {
    expectGolden(
      'brief-technical-interview.md',
      interviewBriefToMarkdown(seededExport(), 'stage-2', OPTIONS) ?? '',
    );
  });

  it('calendar', () => {
    const data = seededExport();
    const ics = stagesToIcs(
      data.stages.map((stage) => ({ role: data.role, stage })),
      { now: OPTIONS.exportedAt },
    );
    expectGolden('interviews.ics', ics);
  });
});
