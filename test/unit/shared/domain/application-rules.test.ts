import { describe, expect, it } from 'vitest';
import {
  activityTypeDisplay,
  applicationPatchSchema,
  earlierApplicationLine,
  isClosedStatus,
  newApplicationSummary,
  statusChangeSummary,
} from '../../../../shared/domain/application-rules';
import { ACTIVITY_TYPES, APPLICATION_STATUSES } from '../../../../shared/domain/model';

describe('application rules', () => {
  it('words status changes and new applications for the activity log', () => {
    expect(statusChangeSummary('applied', 'screening')).toBe('Status: applied → screening');
    expect(newApplicationSummary('applied', { status: 'rejected' })).toBe(
      'Re-applied (applied); earlier application: rejected',
    );
    expect(newApplicationSummary('interested', undefined)).toBe(
      'Started an application (interested)',
    );
  });

  it('describes an earlier application, with its applied date when known', () => {
    const applied = new Date(2026, 2, 3, 10).getTime();
    expect(earlierApplicationLine({ status: 'rejected', appliedAt: applied })).toBe(
      'Earlier application: rejected, applied 3 Mar 2026',
    );
    expect(earlierApplicationLine({ status: 'withdrawn' })).toBe('Earlier application: withdrawn');
  });

  it('treats exactly the exits as closed', () => {
    expect(APPLICATION_STATUSES.filter(isClosedStatus)).toEqual([
      'rejected',
      'withdrawn',
      'ghosted',
    ]);
  });

  it('gives every activity type its own label and icon', () => {
    const shown = ACTIVITY_TYPES.map(activityTypeDisplay);
    expect(new Set(shown.map((d) => d.label)).size).toBe(ACTIVITY_TYPES.length);
    expect(new Set(shown.map((d) => d.icon)).size).toBe(ACTIVITY_TYPES.length);
    expect(activityTypeDisplay('status-changed')).toEqual({ label: 'Status', icon: '→' });
  });

  it('accepts a partial edit and rejects unknown keys and out-of-range values', () => {
    expect(applicationPatchSchema.parse({ contact: ' Ana ', priority: null })).toEqual({
      contact: 'Ana',
      priority: null,
    });
    expect(applicationPatchSchema.safeParse({}).success).toBe(true);
    expect(applicationPatchSchema.safeParse({ status: 'offer' }).success).toBe(false);
    expect(applicationPatchSchema.safeParse({ priority: 0 }).success).toBe(false);
    expect(applicationPatchSchema.safeParse({ appliedAt: Infinity }).success).toBe(false);
    expect(applicationPatchSchema.safeParse({ appliedAt: Date.UTC(1850, 0, 1) }).success).toBe(
      false,
    );
  });
});
