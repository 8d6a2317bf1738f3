import { describe, expect, it } from 'vitest';
import {
  noteCreatedSummary,
  scheduleChange,
  stagesAddedSummary,
} from '../../../../shared/domain/stage-activity';

const T = new Date(2026, 2, 3, 9, 30).getTime();

describe('stage and note activity lines', () => {
  it('names one stage added, or several from a template', () => {
    expect(stagesAddedSummary(['Technical'])).toBe('Added stage: Technical');
    expect(stagesAddedSummary(['', 'Panel'], 'Generic')).toBe(
      'Added 2 stages from Generic: Stage, Panel',
    );
  });

  it('tells a time given from one moved or cleared, and nothing when it stayed', () => {
    expect(scheduleChange({ name: 'Panel' }, undefined, T)).toEqual({
      type: 'stage-scheduled',
      summary: 'Panel scheduled for 3 Mar 2026, 09:30',
    });
    expect(scheduleChange({ name: 'Panel' }, T, T + 3_600_000)?.summary).toBe(
      'Panel moved from 3 Mar 2026, 09:30 to 3 Mar 2026, 10:30',
    );
    expect(scheduleChange({ name: ' ' }, T, undefined)).toEqual({
      type: 'stage-rescheduled',
      summary: 'Stage: time removed (was 3 Mar 2026, 09:30)',
    });
    expect(scheduleChange({ name: 'Panel' }, T, T)).toBeUndefined();
    expect(scheduleChange({ name: 'Panel' }, undefined, Number.NaN)?.summary).toBe(
      'Panel scheduled for an unknown time',
    );
  });

  it('names a note by its title', () => {
    expect(noteCreatedSummary('  Prep  ')).toBe('Note: Prep');
    expect(noteCreatedSummary('')).toBe('Note added');
  });
});
