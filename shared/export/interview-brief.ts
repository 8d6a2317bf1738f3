/**
 * A one-page brief for one interview round: the role in two lines, when and with whom,
 * the requirements the round probes with their evidence (unticked required ones
 * flagged), the other required items still unticked, prep notes and the notes tied to
 * the round. Pure and deterministic, built as a syntax tree like the role export.
 */
import type { ListItem, Paragraph, RootContent } from 'mdast';
import type { Requirement } from '../domain/model';
import { statusLabel } from '../domain/status';
import { isValidTime, isoDay, usableZone } from './format';
import {
  bulletList,
  frontMatter,
  heading,
  oneLine,
  paragraph,
  serialize,
  strong,
  text,
  yamlDate,
} from './mdast';
import {
  labelledMarkdown,
  noteBlocks,
  requirementItem,
  roleByline,
  roleTitle,
  sortNotes,
  sortRequirements,
  stageFacts,
  stageName,
  storiesById,
  type StoriesById,
} from './sections';
import { storyTitle } from '../domain/story-rules';
import { userMarkdownBlocks } from './user-markdown';
import type { ExportOptions, RoleExportData } from './types';
import { applicationBlocks } from './application-blocks';
import { interviewersLine, interviewersSection } from './contact-blocks';

/** What an unticked required item carries, so it stands out in any viewer. */
export const NOT_TICKED_FLAG = '⚠ not ticked';

/** A checklist item, flagged when it is required and not ticked. */
function briefItem(item: Requirement, prefix: string, stories: StoriesById): ListItem {
  const listed = requirementItem(item, prefix, stories);
  if (item.kind === 'required' && item.checked === 0) {
    const first = listed.children[0] as Paragraph;
    first.children.push(text(' — '), strong(NOT_TICKED_FLAG));
  }
  return listed;
}

/**
 * The stories behind the probed items, each once, in the order the items come: its
 * title, the items it backs here, and its text, ready to tell.
 */
function storiesToTell(probed: readonly Requirement[], stories: StoriesById): RootContent[] {
  const backs = new Map<string, string[]>();
  for (const item of probed) {
    for (const id of item.storyIds) {
      if (!stories.has(id)) continue;
      backs.set(id, [...(backs.get(id) ?? []), oneLine(item.text)]);
    }
  }
  // Nothing to add when no story backs them: the probes already show their evidence.
  if (backs.size === 0) return [];
  const blocks: RootContent[] = [heading(2, 'Stories to tell')];
  [...backs].forEach(([id, items], index) => {
    const story = stories.get(id);
    if (!story) return;
    blocks.push(heading(3, oneLine(storyTitle(story))));
    blocks.push(paragraph(strong('For:'), text(` ${items.join('; ')}`)));
    blocks.push(
      ...userMarkdownBlocks(story.body, {
        headings: { belowDepth: 3 },
        footnotePrefix: `story-${String(index + 1)}`,
      }),
    );
  });
  return blocks;
}

function requirementLists(data: RoleExportData, probeIds: readonly string[]): RootContent[] {
  const probed = new Set(probeIds);
  const sorted = sortRequirements(data.requirements);
  const probedItems = sorted.filter((item) => probed.has(item.id));
  const stories = storiesById(data.stories);
  const blocks: RootContent[] = [heading(2, 'What this round probes')];
  if (probedItems.length === 0) {
    blocks.push(paragraph('No checklist items are linked to this round.'));
  } else {
    blocks.push(
      bulletList(
        probedItems.map((item, index) => briefItem(item, `probe-${String(index + 1)}`, stories)),
      ),
    );
    blocks.push(...storiesToTell(probedItems, stories));
  }
  const otherGaps = sorted.filter(
    (item) => !probed.has(item.id) && item.kind === 'required' && item.checked === 0,
  );
  if (otherGaps.length > 0) {
    blocks.push(heading(2, 'Other required items not ticked yet'));
    blocks.push(
      bulletList(
        otherGaps.map((item, index) => briefItem(item, `gap-${String(index + 1)}`, stories)),
      ),
    );
  }
  return blocks;
}

/**
 * The brief for stage `stageId` of the role, or `null` when that stage is not among
 * `data.stages`. Times are shown in the zone the round was arranged in, with
 * `options.timeZone` beside it when they differ.
 */
export function interviewBriefToMarkdown(
  data: RoleExportData,
  stageId: string,
  options: ExportOptions,
): string | null {
  const stage = data.stages.find((item) => item.id === stageId);
  if (!stage) return null;
  const zone = usableZone(options.timeZone, 'UTC');
  const contactsById = new Map((data.contacts ?? []).map((contact) => [contact.id, contact]));
  const name = stageName(stage);
  const title = roleTitle(data.role);
  const company = oneLine(data.role.company);
  const secondLine = [roleByline({ ...data.role, company: '' })];
  if (data.application) secondLine.push(`Status: ${statusLabel(data.application.status)}`);

  const blocks: RootContent[] = [
    frontMatter({
      title: `${name} — ${title}`,
      role: title,
      company,
      stage: name,
      scheduled: isValidTime(stage.scheduledAt)
        ? yamlDate(isoDay(stage.scheduledAt, usableZone(stage.timezone, zone)))
        : '',
      exported: yamlDate(new Date(options.exportedAt).toISOString()),
    }),
    heading(1, `Interview brief: ${name}`),
    paragraph(strong(title), ...(company ? [text(` at ${company}`)] : [])),
    paragraph(secondLine.filter(Boolean).join(' · ') || 'No team or location recorded.'),
    heading(2, 'When and who'),
    bulletList(stageFacts(stage, zone, interviewersLine(stage, contactsById))),
    ...interviewersSection(stage, data.contacts),
    ...applicationBlocks(data.application, zone),
    ...requirementLists(data, stage.probeRequirementIds),
    heading(2, 'Prep notes'),
  ];
  const prep = userMarkdownBlocks(stage.prepNotes, {
    headings: { belowDepth: 2 },
    footnotePrefix: 'prep',
  });
  blocks.push(...(prep.length > 0 ? prep : [paragraph('No prep notes yet.')]));
  blocks.push(...labelledMarkdown('Outcome', stage.outcomeNotes, 2, 'outcome'));

  const notes = sortNotes(data.notes.filter((note) => note.stageId === stage.id));
  blocks.push(heading(2, 'Notes for this interview'));
  if (notes.length === 0) blocks.push(paragraph('No notes for this interview yet.'));
  const stageNames = new Map([[stage.id, name]]);
  notes.forEach((note, index) => blocks.push(...noteBlocks(note, index + 1, 3, zone, stageNames)));
  return serialize(blocks);
}
