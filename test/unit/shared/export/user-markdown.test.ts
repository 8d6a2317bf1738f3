import { describe, expect, it } from 'vitest';
import { serialize } from '../../../../shared/export/mdast';
import { roleToMarkdown } from '../../../../shared/export/role-markdown';
import {
  userMarkdownBlocks,
  type UserMarkdownPlacement,
} from '../../../../shared/export/user-markdown';
import { findAll, parseMarkdown, plain } from './markdown-tree';
import { OPTIONS, note, seededExport } from './seeded-role';

const BELOW_H3: UserMarkdownPlacement = { headings: { belowDepth: 3 }, footnotePrefix: 'n1' };

/** The user's Markdown as written into an export, then read back by a viewer. */
function exported(markdown: string, placement = BELOW_H3) {
  const text = serialize(userMarkdownBlocks(markdown, placement));
  return { text, tree: parseMarkdown(text) };
}

describe('images in user Markdown', () => {
  it('become links a viewer only follows when asked, keeping alt text and title', () => {
    const { text, tree } = exported(
      'Team photo: ![the team](https://example.com/team.png "Offsite") here.',
    );
    expect(findAll(tree.children, 'image')).toEqual([]);
    const [link] = findAll(tree.children, 'link');
    expect(link?.url).toBe('https://example.com/team.png');
    expect(link?.title).toBe('Offsite');
    expect(link && plain(link)).toBe('the team');
    expect(text).not.toContain('![');
  });

  it('without alt text are named by their address', () => {
    const { tree } = exported('![](https://tracker.example/pixel.gif)');
    expect(findAll(tree.children, 'image')).toEqual([]);
    const [link] = findAll(tree.children, 'link');
    expect(link?.url).toBe('https://tracker.example/pixel.gif');
    expect(link && plain(link)).toBe('https://tracker.example/pixel.gif');
  });

  it('given by reference become links too', () => {
    const { tree } = exported('See ![chart][c].\n\n[c]: https://example.com/chart.svg');
    expect(findAll(tree.children, 'image')).toEqual([]);
    expect(findAll(tree.children, 'link').map((link) => link.url)).toEqual([
      'https://example.com/chart.svg',
    ]);
  });

  it('inside a link leave only their alt text, so the link still goes where it did', () => {
    const { tree } = exported(
      '[![build badge](https://ci.example/badge.svg)](https://ci.example/job) and [![ref][b]][j]\n\n' +
        '[b]: https://ci.example/b.svg\n[j]: https://ci.example/j',
    );
    expect(findAll(tree.children, 'image')).toEqual([]);
    const links = findAll(tree.children, 'link');
    expect(links.map((link) => [link.url, plain(link)])).toEqual([
      ['https://ci.example/job', 'build badge'],
      ['https://ci.example/j', 'ref'],
    ]);
  });

  it('in list items (evidence) and in a whole role export load nothing', () => {
    const inItem = exported('Shipped it ![demo](https://example.com/d.gif)', {
      headings: 'flatten',
      footnotePrefix: 'e1',
    });
    expect(findAll(inItem.tree.children, 'image')).toEqual([]);

    const data = seededExport();
    data.notes = [
      note('note-img', data.role.id, {
        title: 'With a picture',
        body: '![whiteboard](https://example.com/wb.jpg)\n\n<img src="https://example.com/x.png">',
      }),
    ];
    const markdown = roleToMarkdown(data, OPTIONS);
    const tree = parseMarkdown(markdown);
    expect(findAll(tree.children, 'image')).toEqual([]);
    expect(findAll(tree.children, 'html')).toEqual([]);
    expect(findAll(tree.children, 'link').map((link) => link.url)).toContain(
      'https://example.com/wb.jpg',
    );
  });
});
