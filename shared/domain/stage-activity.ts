/**
 * The activity lines for interview stages and notes: a stage added, scheduled or
 * rescheduled, a note written. Times are shown in the local zone, as on the Interviews tab.
 */
import { formatDay, formatTime } from './dates';
import type { InterviewStage } from './model';

/** What a stage is called in a line: its name, or "Stage" when it has none. */
function stageName(name: string): string {
  return name.trim() || 'Stage';
}

function when(ms: number): string {
  const day = formatDay(ms);
  return day ? `${day}, ${formatTime(ms)}` : 'an unknown time';
}

/**
 * "Added stage: Technical interview", or for several at once (from a template)
 * "Added 4 stages from Long-form process: Written answers, Assessment, …".
 */
export function stagesAddedSummary(names: readonly string[], template?: string): string {
  const named = names.map(stageName);
  if (template === undefined && named.length === 1) return `Added stage: ${named[0] ?? ''}`;
  const from = template === undefined ? '' : ` from ${template.trim() || 'a template'}`;
  const count = `${String(named.length)} ${named.length === 1 ? 'stage' : 'stages'}`;
  return `Added ${count}${from}: ${named.join(', ')}`;
}

/** The activity a change of a stage's time makes, if any. */
export type ScheduleChange =
  { type: 'stage-scheduled'; summary: string } | { type: 'stage-rescheduled'; summary: string };

/**
 * The line for a stage's time changing from `before` to `after` (either may be missing):
 * given a time ("Technical interview scheduled for 3 Mar 2026, 14:00"), moved ("…moved
 * from … to …") or cleared ("…: time removed (was …)"). `undefined` when it did not change.
 */
export function scheduleChange(
  stage: Pick<InterviewStage, 'name'>,
  before: number | undefined,
  after: number | undefined,
): ScheduleChange | undefined {
  if (before === after) return undefined;
  const name = stageName(stage.name);
  if (before === undefined && after !== undefined) {
    return { type: 'stage-scheduled', summary: `${name} scheduled for ${when(after)}` };
  }
  if (after === undefined && before !== undefined) {
    return { type: 'stage-rescheduled', summary: `${name}: time removed (was ${when(before)})` };
  }
  return {
    type: 'stage-rescheduled',
    summary: `${name} moved from ${when(before ?? 0)} to ${when(after ?? 0)}`,
  };
}

/** "Note: Call with the hiring manager", or "Note added" for one with no title yet. */
export function noteCreatedSummary(title: string): string {
  const trimmed = title.trim();
  return trimmed ? `Note: ${trimmed}` : 'Note added';
}
