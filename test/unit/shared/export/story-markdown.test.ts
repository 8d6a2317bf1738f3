import { describe, expect, it } from 'vitest';
import type { Story } from '../../../../shared/domain/model';
import { interviewBriefToMarkdown } from '../../../../shared/export/interview-brief';
import { roleToMarkdown } from '../../../../shared/export/role-markdown';
import {
  storiesToMarkdown,
  storyFiles,
  storyToMarkdown,
  type StoryExportData,
} from '../../../../shared/export/story-markdown';
import {
  findAll,
  frontMatterOf,
  outline,
  parseMarkdown,
  plain,
  section,
  taskItems,
} from './markdown-tree';
import { HOSTILE_BODY, OPTIONS, T0, seededExport } from './seeded-role';

const STORY: Story = {
  id: 'story-1',
  title: 'Led a distributed team',
  body: '## Situation\n\nTwelve engineers, six countries.\n\n## Result\n\nShipped on time.',
  tags: ['leadership', 'remote'],
  date: '2024-03-05',
  createdAt: T0,
  updatedAt: T0,
};

/** The seeded LXD role with the story on its first two checklist items (req-1 is probed). */
function withStory() {
  const data = seededExport();
  data.requirements = data.requirements.map((item) =>
    item.id === 'req-1' || item.id === 'req-3' ? { ...item, storyIds: [STORY.id] } : item,
  );
  return { ...data, stories: [STORY] };
}

describe('stories in the role export and the interview brief', () => {
  it('names each item’s stories under it in the role’s Markdown', () => {
    const data = withStory();
    const tree = parseMarkdown(roleToMarkdown(data, OPTIONS));
    const items = taskItems(section(tree.children, 2, 'Checklist'));
    const linked = items.filter((item) =>
      plain(item).includes('Stories: “Led a distributed team”'),
    );
    expect(linked).toHaveLength(2);
    // Without stories the export is as it was.
    const bare = roleToMarkdown(seededExport(), OPTIONS);
    expect(bare).not.toContain('Stories:');
  });

  it('tells the stories behind the probed items in the brief, each once', () => {
    const tree = parseMarkdown(interviewBriefToMarkdown(withStory(), 'stage-2', OPTIONS) ?? '');
    expect(outline(tree, 3)).toContain('2 Stories to tell');
    expect(outline(tree, 3)).toContain('3 Led a distributed team');
    const told = plain({ type: 'root', children: section(tree.children, 2, 'Stories to tell') });
    expect(told).toContain('Twelve engineers, six countries.');
    expect(told.match(/Led a distributed team/g)).toHaveLength(1);
    // Its own headings stay under the story's.
    expect(outline(tree, 6)).toContain('5 Situation');
    const none = interviewBriefToMarkdown(seededExport(), 'stage-2', OPTIONS) ?? '';
    expect(none).not.toContain('Stories to tell');
  });
});

describe('exporting stories', () => {
  const data = withStory();
  const links: StoryExportData['links'] = [
    { role: data.role, items: data.requirements.filter((item) => item.storyIds.length > 0) },
  ];

  it('writes one story with front matter: title, date, tags and roles', () => {
    const tree = parseMarkdown(storyToMarkdown({ story: STORY, links }, OPTIONS));
    expect(frontMatterOf(tree)).toMatchObject({
      title: 'Led a distributed team',
      tags: ['leadership', 'remote'],
      roles: ['Engineering Manager, LXD'],
    });
    // The story's own headings sit below its title.
    expect(outline(tree, 3)).toEqual([
      '1 Led a distributed team',
      '3 Situation',
      '3 Result',
      '2 Supports',
    ]);
    const supported = taskItems(section(tree.children, 2, 'Supports'));
    expect(supported.map((item) => item.checked)).toEqual(
      links[0]?.items.map((i) => i.checked === 1),
    );
  });

  it('keeps a hostile story’s text inside its own section', () => {
    const hostile = { ...STORY, title: '---\n# x', body: HOSTILE_BODY };
    const tree = parseMarkdown(storyToMarkdown({ story: hostile, links: [] }, OPTIONS));
    expect(frontMatterOf(tree)).toMatchObject({ title: '--- # x', roles: [] });
    expect(outline(tree, 1)).toEqual(['1 --- # x']);
    expect(findAll(tree.children, 'html')).toEqual([]);
    expect(outline(tree, 2).at(-1)).toBe('2 Supports');
  });

  it('writes all stories in one file, newest date first, and one file each with distinct names', () => {
    const older = { ...STORY, id: 'story-2', title: 'Led a distributed team', date: '2020-01-01' };
    const undated = { ...STORY, id: 'story-3', title: 'A', date: '' };
    const all = [undated, older, STORY].map((story) => ({ story, links: [] }));
    const tree = parseMarkdown(storiesToMarkdown(all, OPTIONS));
    expect(frontMatterOf(tree)).toMatchObject({ title: 'Stories', stories: 3 });
    expect(outline(tree, 2)).toEqual([
      '1 Stories',
      '2 Led a distributed team',
      '2 Led a distributed team',
      '2 A',
    ]);
    expect(storyFiles(all, OPTIONS).map((file) => file.name)).toEqual([
      'led-a-distributed-team.md',
      'led-a-distributed-team-2.md',
      'a.md',
    ]);
  });
});
