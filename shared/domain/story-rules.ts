/**
 * Stories as pure rules: the STAR template, what a story's date may be, what can be
 * saved, the list's search and orders, and how a story is named and previewed.
 */
import { FIELD_LIMITS, MAX_NOTE_TAGS, formatCount, tooLongReason } from './field-limits';
import type { Requirement, Story } from './model';
import { noteMatches, noteSnippet, splitTags } from './note-search';

/** What a story without a title is called in lists and headings. */
export const UNTITLED_STORY = 'Untitled story';

/** The optional Situation / Task / Action / Result outline a story can start from. */
export const STAR_TEMPLATE = [
  '## Situation',
  '',
  '',
  '## Task',
  '',
  '',
  '## Action',
  '',
  '',
  '## Result',
  '',
].join('\n');

/** The body with the STAR outline added: alone when empty, else after the text. */
export function withStarTemplate(body: string): string {
  return body.trim() ? `${body.trimEnd()}\n\n${STAR_TEMPLATE}` : STAR_TEMPLATE;
}

/**
 * Whether `text` is a story date: "" (none) or a real calendar day "YYYY-MM-DD"
 * (what an `<input type="date">` gives), between the years 1000 and 9999.
 */
export function isStoryDate(text: string): boolean {
  if (text === '') return true;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1000) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A story's editable fields as the editor holds them: tags still as one string. */
export interface StoryText {
  title: string;
  body: string;
  tags: string;
  date: string;
}

/** Why this text cannot be saved as the story, or undefined when it can. */
export function storyTextProblem(text: StoryText): string | undefined {
  const { storyTitle, storyBody, noteTag } = FIELD_LIMITS;
  const title = text.title.trim().length;
  if (title > storyTitle.max) return tooLongReason('title', title, storyTitle.max);
  if (text.body.length > storyBody.max) {
    return tooLongReason('text', text.body.length, storyBody.max);
  }
  const tags = splitTags(text.tags);
  const long = tags.find((tag) => tag.length > noteTag.max);
  if (long !== undefined) return tooLongReason('a tag', long.length, noteTag.max);
  if (tags.length > MAX_NOTE_TAGS) {
    return `too many tags (${formatCount(tags.length)}/${formatCount(MAX_NOTE_TAGS)})`;
  }
  if (!isStoryDate(text.date)) return 'the date is not a day of the calendar';
  return undefined;
}

/** Whether the story holds nothing at all (a new story left empty is not kept). */
export function isBlankStory(story: Pick<Story, 'title' | 'body' | 'tags'>): boolean {
  return !story.title.trim() && !story.body.trim() && story.tags.length === 0;
}

/** The title to show: the story's own, or {@link UNTITLED_STORY}. */
export function storyTitle(story: Pick<Story, 'title'>): string {
  return story.title.trim() || UNTITLED_STORY;
}

/** A Markdown heading line: a STAR outline's "## Situation" says nothing in a preview. */
const HEADING_LINE = /^\s{0,3}#{1,6}(\s|$)/;

/**
 * A one-line plain-text preview of the story's body (see noteSnippet), without its
 * headings. Reads only the start of a long body.
 */
export function storySnippet(body: string, maxLength = 140): string {
  const lines = body.slice(0, 4000).split('\n');
  return noteSnippet(lines.filter((line) => !HEADING_LINE.test(line)).join('\n'), maxLength);
}

/**
 * The story's first lines as Markdown, for a checklist item: up to `lines` non-blank
 * lines that are not headings (a STAR outline's "## Situation" says nothing).
 */
export function storyOpening(body: string, lines = 3): string {
  const kept: string[] = [];
  for (const line of body.slice(0, 4000).split('\n')) {
    if (!line.trim() || HEADING_LINE.test(line)) continue;
    kept.push(line);
    if (kept.length === lines) break;
  }
  return kept.join('\n');
}

/** Every word of the query in the title, body or a tag, ignoring case. */
export function filterStories<T extends Pick<Story, 'title' | 'body' | 'tags'>>(
  stories: readonly T[],
  query: string,
): T[] {
  return stories.filter((story) => noteMatches(story, query));
}

export const STORY_SORTS = ['updated', 'date', 'title'] as const;
export type StorySort = (typeof STORY_SORTS)[number];

/** What each order is called in the list's sort control. */
export const STORY_SORT_LABELS: Record<StorySort, string> = {
  updated: 'Recently edited',
  date: 'Date (newest first)',
  title: 'Title (A–Z)',
};

const byId = (a: Story, b: Story) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const COLLATOR = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * A sorted copy: newest edit first; newest date first (undated last); or by title
 * (untitled last). Ties fall back to the id, so the order is stable.
 */
export function sortStories(stories: readonly Story[], sort: StorySort): Story[] {
  const compare = (a: Story, b: Story): number => {
    if (sort === 'updated') return b.updatedAt - a.updatedAt || byId(a, b);
    if (sort === 'date') {
      if (a.date !== b.date) {
        if (!a.date || !b.date) return a.date ? -1 : 1;
        return a.date < b.date ? 1 : -1;
      }
      return b.updatedAt - a.updatedAt || byId(a, b);
    }
    const [ta, tb] = [a.title.trim(), b.title.trim()];
    if (!ta || !tb) return ta ? -1 : tb ? 1 : byId(a, b);
    return COLLATOR.compare(ta, tb) || byId(a, b);
  };
  return [...stories].sort(compare);
}

/**
 * A story made from a checklist item's evidence: titled after the item, the evidence
 * as its body (the item's text quoted when there is no evidence yet).
 */
export function storyFromItem(item: Pick<Requirement, 'text' | 'evidence'>): {
  title: string;
  body: string;
} {
  const words = item.text.trim().replace(/\s+/g, ' ');
  const title =
    words.length > 80 ? `${words.slice(0, 80).replace(/\s+\S*$/, '')}…` : words || UNTITLED_STORY;
  return { title, body: item.evidence };
}
