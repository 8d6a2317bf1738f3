/**
 * A stage's calendar revision: how many times the event a calendar holds for it (its
 * time, length, zone, place or title) has changed. The .ics export writes it as
 * SEQUENCE, so 0 for an event never changed and one more per change, as RFC 5545 asks;
 * a calendar then knows which copy of the event is newer.
 */
import type { InterviewStage } from './model';

/** The fields a calendar event is made of. */
const EVENT_FIELDS = ['scheduledAt', 'durationMinutes', 'timezone', 'location', 'name'] as const;

/**
 * The revision after `changes` are applied to `stage`: one more when any event field
 * changes value, the same otherwise (a note or an outcome is not the calendar's business).
 */
export function nextCalendarRevision(
  stage: InterviewStage,
  changes: Partial<Record<(typeof EVENT_FIELDS)[number], unknown>>,
): number {
  const current = stage.calendarRevision ?? 0;
  const changed = EVENT_FIELDS.some(
    (field) => field in changes && (changes[field] ?? undefined) !== stage[field],
  );
  return changed ? current + 1 : current;
}
