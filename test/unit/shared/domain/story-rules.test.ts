import { describe, expect, it } from 'vitest';
import type { Story } from '../../../../shared/domain/model';
import {
  STAR_TEMPLATE,
  UNTITLED_STORY,
  filterStories,
  isStoryDate,
  sortStories,
  storyFromItem,
  storyOpening,
  storySnippet,
  storyTextProblem,
  storyTitle,
  withStarTemplate,
} from '../../../../shared/domain/story-rules';

const story = (id: string, patch: Partial<Story>): Story => ({
  id,
  title: '',
  body: '',
  tags: [],
  date: '',
  createdAt: 0,
  updatedAt: 0,
  ...patch,
});

describe('story rules', () => {
  it('accept "" or a real calendar day as a date', () => {
    for (const ok of ['', '2024-02-29', '1999-12-31']) expect(isStoryDate(ok)).toBe(true);
    for (const bad of ['2023-02-29', '2024-13-01', '24-01-01', '2024-1-1', '0999-01-01', 'x']) {
      expect(isStoryDate(bad)).toBe(false);
    }
  });

  it('say why a story cannot be saved', () => {
    const text = { title: 'T', body: 'B', tags: 'a, b', date: '' };
    expect(storyTextProblem(text)).toBeUndefined();
    expect(storyTextProblem({ ...text, title: 'x'.repeat(301) })).toBe(
      'title is too long (301/300)',
    );
    expect(storyTextProblem({ ...text, tags: 'y'.repeat(61) })).toMatch(/^a tag is too long/);
    expect(storyTextProblem({ ...text, date: '2024-02-30' })).toMatch(/date/);
  });

  it('add the STAR outline alone, or after the text', () => {
    expect(withStarTemplate('')).toBe(STAR_TEMPLATE);
    expect(withStarTemplate('Intro.\n\n')).toBe(`Intro.\n\n${STAR_TEMPLATE}`);
    expect(STAR_TEMPLATE.match(/^## \w+$/gm)).toEqual([
      '## Situation',
      '## Task',
      '## Action',
      '## Result',
    ]);
  });

  it('preview a story without its headings', () => {
    const body = '## Situation\n\nA team of four.\n\n## Result\n\n- Twelve';
    expect(storySnippet(body)).toBe('A team of four. Twelve');
    expect(storyOpening(body)).toBe('A team of four.\n- Twelve');
    expect(storyOpening('one\ntwo\nthree\nfour', 2)).toBe('one\ntwo');
  });

  it('sort by edit, by date (undated last) and by title (untitled last)', () => {
    const a = story('a', { title: 'Beta', date: '2020-01-01', updatedAt: 3 });
    const b = story('b', { title: 'alpha', date: '', updatedAt: 2 });
    const c = story('c', { title: '', date: '2024-01-01', updatedAt: 1 });
    const ids = (list: Story[]) => list.map((s) => s.id);
    expect(ids(sortStories([c, b, a], 'updated'))).toEqual(['a', 'b', 'c']);
    expect(ids(sortStories([a, b, c], 'date'))).toEqual(['c', 'a', 'b']);
    expect(ids(sortStories([c, a, b], 'title'))).toEqual(['b', 'a', 'c']);
  });

  it('search titles, bodies and tags, every word', () => {
    const stories = [
      story('a', { title: 'Hiring', tags: ['people'] }),
      story('b', { body: 'Cut costs for people' }),
    ];
    expect(filterStories(stories, 'PEOPLE').map((s) => s.id)).toEqual(['a', 'b']);
    expect(filterStories(stories, 'people costs').map((s) => s.id)).toEqual(['b']);
  });

  it('name a story, and make one from an item', () => {
    expect(storyTitle(story('x', { title: '  ' }))).toBe(UNTITLED_STORY);
    const long =
      'Experience leading distributed engineering teams across many time zones and cultures';
    const made = storyFromItem({ text: long, evidence: 'I did.' });
    expect(made.body).toBe('I did.');
    expect(made.title.endsWith('…')).toBe(true);
    expect(made.title.length).toBeLessThanOrEqual(81);
    expect(storyFromItem({ text: 'Go', evidence: '' }).title).toBe('Go');
  });
});
