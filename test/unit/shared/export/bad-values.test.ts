import { describe, expect, it } from 'vitest';
import { stagesToIcs } from '../../../../shared/export/ics';
import { interviewBriefToMarkdown } from '../../../../shared/export/interview-brief';
import { notesToMarkdown } from '../../../../shared/export/notes-markdown';
import { roleToMarkdown } from '../../../../shared/export/role-markdown';
import type { RoleExportData } from '../../../../shared/export/types';
import { parseMarkdown } from './markdown-tree';
import { OPTIONS, seededExport } from './seeded-role';

/** The seeded role with every time, zone and duration set to a value no date can show. */
function withBadValues(): RoleExportData {
  const data = seededExport();
  if (!data.application) throw new Error('the seeded export has an application');
  return {
    ...data,
    application: { ...data.application, appliedAt: 9e15, nextAction: 'Call', nextActionDue: 1e308 },
    stages: data.stages.map((stage, index) => ({
      ...stage,
      scheduledAt: index === 0 ? 9e15 : 1e308,
      durationMinutes: 1e308,
      timezone: 'Mars/Olympus_Mons',
    })),
    notes: data.notes.map((note) => ({ ...note, createdAt: -1e300, updatedAt: 1e300 })),
  };
}

describe('exports with stored values no date can show', () => {
  const data = withBadValues();

  it('the role export, brief and notes export are still written and parse', () => {
    const stageId = data.stages[0]?.id ?? '';
    for (const markdown of [
      roleToMarkdown(data, OPTIONS),
      interviewBriefToMarkdown(data, stageId, OPTIONS) ?? '',
      notesToMarkdown(data, OPTIONS),
    ]) {
      expect(markdown.length).toBeGreaterThan(100);
      expect(parseMarkdown(markdown).children.length).toBeGreaterThan(3);
      expect(markdown).not.toMatch(/NaN|Infinity|Invalid Date/u);
    }
    expect(roleToMarkdown(data, OPTIONS)).toContain('**When:** invalid date');
  });

  it('a calendar file leaves out what it cannot place in time, and does not throw', () => {
    const ics = stagesToIcs(
      data.stages.map((stage) => ({ role: data.role, stage })),
      { now: OPTIONS.exportedAt },
    );
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).not.toMatch(/NaN|Infinity|Invalid Date/u);
  });
});
