/**
 * The parts an export is made of (checklist items, interview stages, notes), shared by
 * the role export and the interview brief, plus the stable orders they appear in.
 */
import type { BlockContent, Heading, ListItem, PhrasingContent, RootContent } from 'mdast';
import type { InterviewStage, Note, Requirement, Role, Story } from '../domain/model';
import { storyTitle } from '../domain/story-rules';
import { stageKindLabel, stageStatusLabel } from '../domain/stage-templates';
import {
  confidenceLabel,
  formatDate,
  formatDateTime,
  formatDuration,
  stageWhen,
  usableZone,
} from './format';
import {
  bulletList,
  emphasis,
  factItem,
  heading,
  listItem,
  oneLine,
  paragraph,
  strong,
  text,
} from './mdast';
import { userMarkdownBlocks } from './user-markdown';

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Required before preferred, each in checklist order (ties broken by id). */
export function sortRequirements(items: readonly Requirement[]): Requirement[] {
  const rank = (item: Requirement) => (item.kind === 'required' ? 0 : 1);
  return [...items].sort((a, b) => rank(a) - rank(b) || a.order - b.order || byId(a, b));
}

/** Stages in their interview order (ties broken by id). */
export function sortStages(stages: readonly InterviewStage[]): InterviewStage[] {
  return [...stages].sort((a, b) => a.order - b.order || byId(a, b));
}

/** Notes newest first by when they were written (ties broken by id). */
export function sortNotes(notes: readonly Note[]): Note[] {
  return [...notes].sort((a, b) => b.createdAt - a.createdAt || byId(a, b));
}

/** A role's title as one line, never empty. */
export function roleTitle(role: Role): string {
  return oneLine(role.title) || 'Untitled role';
}

/** A stage's name as one line, never empty. */
export function stageName(stage: InterviewStage): string {
  return oneLine(stage.name) || 'Interview';
}

/** "Canonical · LXD · Remote": the role's company, team and location, those that are set. */
export function roleByline(role: Role): string {
  return [role.company, role.team, role.location].map(oneLine).filter(Boolean).join(' · ');
}

/** A link to `url` when it is http(s), else the text as it is (no `javascript:` links). */
export function safeLink(url: string): PhrasingContent {
  const clean = oneLine(url);
  if (/^https?:\/\/\S+$/iu.test(clean)) {
    return { type: 'link', url: clean, title: null, children: [text(clean)] };
  }
  return text(clean);
}

/** The role's stories by id (see RoleExportData.stories). */
export function storiesById(stories: readonly Story[] | undefined): StoriesById {
  return new Map((stories ?? []).map((story) => [story.id, story]));
}

/** Stories by id, for naming the stories behind each item. */
export type StoriesById = ReadonlyMap<string, Story>;

/** "Stories: “Led a team”, “Cut costs”" for an item with stories, else nothing. */
function storiesLine(item: Requirement, stories: StoriesById | undefined): BlockContent[] {
  const titles = item.storyIds.flatMap((id) => {
    const story = stories?.get(id);
    return story ? [`“${oneLine(storyTitle(story))}”`] : [];
  });
  return titles.length === 0 ? [] : [paragraph(strong('Stories:'), text(` ${titles.join(', ')}`))];
}

/**
 * A GFM task item: the requirement, its evidence indented under it, the stories behind
 * it (when `stories` is given), its confidence.
 */
export function requirementItem(
  item: Requirement,
  footnotePrefix: string,
  stories?: StoriesById,
): ListItem {
  const children: BlockContent[] = [paragraph(oneLine(item.text) || '(empty item)')];
  children.push(...userMarkdownBlocks(item.evidence, { headings: 'flatten', footnotePrefix }));
  children.push(...storiesLine(item, stories));
  if (item.confidence !== undefined) {
    children.push(paragraph(emphasis(`Confidence: ${confidenceLabel(item.confidence)}`)));
  }
  return listItem(children, item.checked === 1);
}

/** A labelled block of the user's Markdown under a heading of `depth`; empty text adds nothing. */
export function labelledMarkdown(
  label: string,
  markdown: string,
  depth: number,
  footnotePrefix: string,
): RootContent[] {
  const blocks = userMarkdownBlocks(markdown, { headings: { belowDepth: depth }, footnotePrefix });
  return blocks.length === 0 ? [] : [paragraph(strong(`${label}:`)), ...blocks];
}

/**
 * The facts of a stage as a list: when, how long, kind, status, who, where. `interviewers`
 * replaces the free text when the caller also names linked contacts.
 */
export function stageFacts(
  stage: InterviewStage,
  timeZone: string,
  interviewers: string = stage.interviewers,
): ListItem[] {
  const facts: ListItem[] = [];
  const when = stageWhen(stage, timeZone);
  facts.push(factItem('When', when || 'Not scheduled yet'));
  if (stage.durationMinutes !== undefined && stage.durationMinutes > 0) {
    facts.push(factItem('Duration', formatDuration(stage.durationMinutes)));
  }
  facts.push(factItem('Kind', stageKindLabel(stage.kind)));
  facts.push(factItem('Status', stageStatusLabel(stage.status)));
  if (oneLine(interviewers)) facts.push(factItem('Interviewers', interviewers));
  if (oneLine(stage.location)) facts.push(factItem('Location', safeLink(stage.location)));
  return facts;
}

/** One stage under a heading of `depth`: its facts, prep notes and outcome. */
export function stageBlocks(
  stage: InterviewStage,
  position: number,
  depth: Heading['depth'],
  timeZone: string,
  interviewers: string = stage.interviewers,
): RootContent[] {
  const prefix = `stage-${String(position)}`;
  return [
    heading(depth, `${String(position)}. ${stageName(stage)}`),
    bulletList(stageFacts(stage, timeZone, interviewers)),
    ...labelledMarkdown('Prep notes', stage.prepNotes, depth, `${prefix}-prep`),
    ...labelledMarkdown('Outcome', stage.outcomeNotes, depth, `${prefix}-outcome`),
  ];
}

/**
 * One note under its own heading of `depth` ("Title — 1 Dec 2026"), a line of facts
 * (when written, pinned, the interview it belongs to, tags) and its body, whose own
 * headings are demoted below the note's.
 */
export function noteBlocks(
  note: Note,
  position: number,
  depth: Heading['depth'],
  timeZone: string,
  stageNames: ReadonlyMap<string, string>,
): RootContent[] {
  const zone = usableZone(timeZone, 'UTC');
  const title = oneLine(note.title) || 'Untitled note';
  const facts = [`Written ${formatDateTime(note.createdAt, zone)}`];
  if (formatDate(note.updatedAt, zone) !== formatDate(note.createdAt, zone)) {
    facts.push(`edited ${formatDate(note.updatedAt, zone)}`);
  }
  if (note.pinned === 1) facts.push('Pinned');
  const stage = note.stageId === undefined ? undefined : stageNames.get(note.stageId);
  if (stage !== undefined) facts.push(`Interview: ${stage}`);
  const tags = note.tags.map(oneLine).filter(Boolean);
  if (tags.length > 0) facts.push(`Tags: ${tags.join(', ')}`);
  return [
    heading(depth, `${title} — ${formatDate(note.createdAt, zone)}`),
    paragraph(emphasis(facts.join(' · '))),
    ...userMarkdownBlocks(note.body, {
      headings: { belowDepth: depth },
      footnotePrefix: `note-${String(position)}`,
    }),
  ];
}
