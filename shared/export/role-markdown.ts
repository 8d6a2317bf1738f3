/**
 * One role as one Markdown file: YAML front matter, the role summary, the checklist as
 * GFM task lists, the interview stages in order and the notes newest first. Pure and
 * deterministic; user text is placed in a syntax tree, never spliced into strings.
 */
import type { ListItem, RootContent } from 'mdast';
import { statusLabel } from '../domain/status';
import { formatDate, isoDay, isValidTime, usableZone } from './format';
import {
  bulletList,
  frontMatter,
  heading,
  oneLine,
  paragraph,
  serialize,
  text,
  yamlDate,
} from './mdast';
import {
  noteBlocks,
  requirementItem,
  roleByline,
  roleTitle,
  safeLink,
  sortNotes,
  sortRequirements,
  sortStages,
  stageBlocks,
  storiesById,
  stageName,
} from './sections';
import type { ExportOptions, RoleExportData } from './types';
import { applicationBlocks, applicationFrontMatter } from './application-blocks';
import { postingBlocks } from './posting-blocks';
import { moneyDateFrontMatter, moneyDateLine } from './money-dates-blocks';
import { contactsSection, interviewersLine } from './contact-blocks';

/** The front matter fields, in the order PRODUCT.md names them. */
function roleFrontMatter(data: RoleExportData, options: ExportOptions, zone: string): RootContent {
  const { role, application } = data;
  return frontMatter({
    title: roleTitle(role),
    company: oneLine(role.company),
    team: oneLine(role.team),
    location: oneLine(role.location),
    status: application?.status ?? '',
    applied: isValidTime(application?.appliedAt)
      ? yamlDate(isoDay(application.appliedAt, zone))
      : '',
    ...applicationFrontMatter(application, zone),
    ...moneyDateFrontMatter(role, application, zone),
    source: oneLine(role.sourceUrl),
    exported: yamlDate(new Date(options.exportedAt).toISOString()),
  });
}

/** The lines under the title: who and where, the application's state, the source. */
function roleHeader(data: RoleExportData, zone: string): RootContent[] {
  const blocks: RootContent[] = [];
  const byline = roleByline(data.role);
  if (byline) blocks.push(paragraph(byline));
  const { application } = data;
  if (application) {
    const applied = isValidTime(application.appliedAt)
      ? ` · Applied ${formatDate(application.appliedAt, zone)}`
      : '';
    blocks.push(paragraph(`Status: ${statusLabel(application.status)}${applied}`));
  }
  blocks.push(...moneyDateLine(data.role, application, zone));
  if (oneLine(data.role.sourceUrl))
    blocks.push(paragraph(text('Source: '), safeLink(data.role.sourceUrl)));
  return blocks;
}

/** `## Checklist` with `### Required` and `### Preferred` task lists. */
function checklistBlocks(data: RoleExportData): RootContent[] {
  const sorted = sortRequirements(data.requirements);
  const stories = storiesById(data.stories);
  const blocks: RootContent[] = [heading(2, 'Checklist')];
  if (sorted.length === 0) return [...blocks, paragraph('No requirements yet.')];
  for (const [kind, label] of [
    ['required', 'Required'],
    ['preferred', 'Preferred'],
  ] as const) {
    const items: ListItem[] = [];
    sorted.forEach((item, index) => {
      if (item.kind === kind) {
        items.push(requirementItem(item, `req-${String(index + 1)}`, stories));
      }
    });
    if (items.length === 0) continue;
    const ticked = items.filter((item) => item.checked === true).length;
    blocks.push(heading(3, label));
    blocks.push(paragraph(`${String(ticked)} of ${String(items.length)} ticked.`));
    blocks.push(bulletList(items));
  }
  return blocks;
}

function stagesSection(data: RoleExportData, zone: string): RootContent[] {
  const stages = sortStages(data.stages);
  const blocks: RootContent[] = [heading(2, 'Interviews')];
  if (stages.length === 0) return [...blocks, paragraph('No interview stages yet.')];
  const contacts = new Map((data.contacts ?? []).map((contact) => [contact.id, contact]));
  stages.forEach((stage, index) =>
    blocks.push(...stageBlocks(stage, index + 1, 3, zone, interviewersLine(stage, contacts))),
  );
  return blocks;
}

function notesSection(data: RoleExportData, zone: string): RootContent[] {
  const stageNames = new Map(data.stages.map((stage) => [stage.id, stageName(stage)]));
  const notes = sortNotes(data.notes);
  const blocks: RootContent[] = [heading(2, 'Notes')];
  if (notes.length === 0) return [...blocks, paragraph('No notes yet.')];
  notes.forEach((note, index) => blocks.push(...noteBlocks(note, index + 1, 3, zone, stageNames)));
  return blocks;
}

/**
 * The whole role as Markdown (CommonMark + GFM, YAML front matter), LF line endings and
 * exactly one final newline. Dates are shown in `options.timeZone`, a stage's time in
 * the zone it was arranged in.
 */
export function roleToMarkdown(data: RoleExportData, options: ExportOptions): string {
  const zone = usableZone(options.timeZone, 'UTC');
  return serialize([
    roleFrontMatter(data, options, zone),
    heading(1, roleTitle(data.role)),
    ...roleHeader(data, zone),
    ...applicationBlocks(data.application, zone),
    ...postingBlocks(data),
    ...checklistBlocks(data),
    ...stagesSection(data, zone),
    ...contactsSection(data.contacts, data.stages),
    ...notesSection(data, zone),
  ]);
}
