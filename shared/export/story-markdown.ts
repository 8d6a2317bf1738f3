/**
 * Stories as Markdown: one file per story (YAML front matter with its date, tags and the
 * roles it supports, then the story and the checklist items it backs), or all of them in
 * one file. Pure and deterministic, built as a syntax tree like every export.
 */
import type { ListItem, RootContent } from 'mdast';
import type { Requirement, Role, Story } from '../domain/model';
import { storyTitle } from '../domain/story-rules';
import { storyFileName } from './file-names';
import {
  bulletList,
  factItem,
  frontMatter,
  heading,
  listItem,
  oneLine,
  paragraph,
  serialize,
  strong,
  yamlDate,
} from './mdast';
import { roleTitle } from './sections';
import type { ExportFile, ExportOptions } from './types';
import { userMarkdownBlocks } from './user-markdown';

/** A role a story supports, and the items of it that it backs (in checklist order). */
export interface StoryRoleLink {
  role: Role;
  items: Requirement[];
}

/** One story and what it supports. */
export interface StoryExportData {
  story: Story;
  links: StoryRoleLink[];
}

/** Newest-dated first, undated after, then by title: the order of the combined file. */
function sorted(stories: readonly StoryExportData[]): StoryExportData[] {
  return [...stories].sort((a, b) => {
    const [da, db] = [a.story.date, b.story.date];
    if (da !== db) return !da ? 1 : !db ? -1 : da < db ? 1 : -1;
    return (
      storyTitle(a.story).localeCompare(storyTitle(b.story)) || (a.story.id < b.story.id ? -1 : 1)
    );
  });
}

/** "Supports": each role in bold, its items as a task list (ticked as on the checklist). */
function supportBlocks(links: readonly StoryRoleLink[], depth: 2 | 3): RootContent[] {
  const blocks: RootContent[] = [heading(depth, 'Supports')];
  if (links.length === 0) return [...blocks, paragraph('Not linked to any checklist item yet.')];
  for (const { role, items } of links) {
    blocks.push(paragraph(strong(roleTitle(role))));
    const list: ListItem[] = items.map((item) =>
      listItem([paragraph(oneLine(item.text) || '(empty item)')], item.checked === 1),
    );
    blocks.push(bulletList(list));
  }
  return blocks;
}

/** The story's own text, its headings kept below `depth`. */
function bodyBlocks(story: Story, depth: number, footnotePrefix: string): RootContent[] {
  const body = userMarkdownBlocks(story.body, { headings: { belowDepth: depth }, footnotePrefix });
  return body.length > 0 ? body : [paragraph('No text yet.')];
}

/** One story as a Markdown file. */
export function storyToMarkdown(data: StoryExportData, options: ExportOptions): string {
  const { story, links } = data;
  const title = oneLine(storyTitle(story));
  return serialize([
    frontMatter({
      title,
      date: story.date ? yamlDate(story.date) : '',
      tags: story.tags.map(oneLine),
      roles: links.map((link) => roleTitle(link.role)),
      exported: yamlDate(new Date(options.exportedAt).toISOString()),
    }),
    heading(1, title),
    ...bodyBlocks(story, 1, 'story'),
    ...supportBlocks(links, 2),
  ]);
}

/** Every story in one file: each under its own heading, with its date, tags and roles. */
export function storiesToMarkdown(
  stories: readonly StoryExportData[],
  options: ExportOptions,
): string {
  const blocks: RootContent[] = [
    frontMatter({
      title: 'Stories',
      stories: stories.length,
      exported: yamlDate(new Date(options.exportedAt).toISOString()),
    }),
    heading(1, 'Stories'),
  ];
  if (stories.length === 0) blocks.push(paragraph('No stories yet.'));
  sorted(stories).forEach(({ story, links }, index) => {
    blocks.push(heading(2, oneLine(storyTitle(story))));
    const facts: ListItem[] = [];
    if (story.date) facts.push(factItem('Date', story.date));
    if (story.tags.length > 0) facts.push(factItem('Tags', story.tags.map(oneLine).join(', ')));
    if (facts.length > 0) blocks.push(bulletList(facts));
    blocks.push(...bodyBlocks(story, 2, `s${String(index + 1)}`));
    blocks.push(...supportBlocks(links, 3));
  });
  return serialize(blocks);
}

/** One file per story, each with a distinct name from its title. */
export function storyFiles(
  stories: readonly StoryExportData[],
  options: ExportOptions,
): ExportFile[] {
  const taken = new Set<string>();
  return sorted(stories).map((data) => ({
    name: storyFileName(storyTitle(data.story), taken),
    content: storyToMarkdown(data, options),
  }));
}
