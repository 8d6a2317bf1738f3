/**
 * What the applicant recorded about the application (priority, channel, contact, next
 * action and its due date, compensation notes), shared by the role export and the
 * interview brief, and the matching front matter fields.
 */
import type { RootContent } from 'mdast';
import type { Application } from '../domain/model';
import { formatDate, isValidTime, isoDay } from './format';
import { bulletList, factItem, heading, oneLine, yamlDate, type FrontMatterValue } from './mdast';
import { labelledMarkdown } from './sections';

/** The next action with its due date, or '' when there is neither. */
function nextActionLine(application: Application, zone: string): string {
  const action = oneLine(application.nextAction);
  if (!isValidTime(application.nextActionDue)) return action;
  const due = formatDate(application.nextActionDue, zone);
  return action ? `${action} (due ${due})` : `Due ${due}`;
}

/**
 * `## Application` (at `depth`) with every detail the applicant entered; nothing when
 * there is no application or none of its details is filled in.
 */
export function applicationBlocks(
  application: Application | undefined,
  zone: string,
  depth: 2 | 3 = 2,
): RootContent[] {
  if (!application) return [];
  const facts = [];
  if (application.priority !== undefined) {
    facts.push(factItem('Priority', `${String(application.priority)} of 5`));
  }
  if (oneLine(application.channel)) facts.push(factItem('Channel', application.channel));
  if (oneLine(application.contact)) facts.push(factItem('Contact', application.contact));
  const next = nextActionLine(application, zone);
  if (next) facts.push(factItem('Next action', next));
  const compensation = labelledMarkdown(
    'Compensation notes',
    application.compensationNotes,
    depth,
    'compensation',
  );
  if (facts.length === 0 && compensation.length === 0) return [];
  return [
    heading(depth, 'Application'),
    ...(facts.length > 0 ? [bulletList(facts)] : []),
    ...compensation,
  ];
}

/**
 * Front matter fields for the application's structured details, those that are set:
 * `priority` (a number), `channel`, `next_action` and `next_action_due` (a date).
 */
export function applicationFrontMatter(
  application: Application | undefined,
  zone: string,
): Record<string, FrontMatterValue> {
  const fields: Record<string, FrontMatterValue> = {};
  if (!application) return fields;
  if (application.priority !== undefined) fields.priority = application.priority;
  if (oneLine(application.channel)) fields.channel = oneLine(application.channel);
  if (oneLine(application.nextAction)) fields.next_action = oneLine(application.nextAction);
  if (isValidTime(application.nextActionDue)) {
    fields.next_action_due = yamlDate(isoDay(application.nextActionDue, zone));
  }
  return fields;
}
