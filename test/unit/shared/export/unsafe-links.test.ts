import { describe, expect, it } from 'vitest';
import { interviewBriefToMarkdown } from '../../../../shared/export/interview-brief';
import { roleToMarkdown } from '../../../../shared/export/role-markdown';
import {
  parseExportLinkTarget,
  parseExternalUrl,
} from '../../../../shared/security/external-links';
import { findAll, parseMarkdown, plain } from './markdown-tree';
import { OPTIONS, seededExport } from './seeded-role';

/** Every way Markdown can carry a `javascript:` target (and its cousins). */
const HOSTILE = [
  '[inline](javascript:alert(1))',
  '[spaced](<javascript:alert(2)>)',
  '<javascript:alert(3)>',
  '[ref one][r1] and [ref two][]',
  '[r1]: javascript:alert(4)',
  '[ref two]: JaVaScRiPt:alert(5) "title"',
  '![image](javascript:alert(6))',
  '![image ref][r3]',
  '[r3]: javascript:alert(7)',
  '[![nested](javascript:alert(8))](javascript:alert(9))',
  '[entity](javascript&#58;alert(10))',
  '[data](data:text/html;base64,PHNjcmlwdD4=)',
  '[file](file:///etc/passwd)',
  '[vb](vbscript:msgbox(1))',
  '[fine](https://example.com/a) and <mailto:ada@example.com> stay',
].join('\n\n');

/** Every link target a Markdown reader would follow in `markdown`. */
function targets(markdown: string): string[] {
  const tree = parseMarkdown(markdown);
  return [
    ...findAll(tree.children, 'link').map((node) => node.url),
    ...findAll(tree.children, 'image').map((node) => node.url),
    ...findAll(tree.children, 'definition').map((node) => node.url),
  ];
}

describe('user links in exports', () => {
  const data = seededExport();
  const [first, ...others] = data.notes;
  const hostile = {
    ...data,
    notes: first ? [{ ...first, body: HOSTILE }, ...others] : [],
    requirements: data.requirements.map((item, index) =>
      index === 0 ? { ...item, evidence: HOSTILE } : item,
    ),
    stages: data.stages.map((stage) => ({ ...stage, prepNotes: HOSTILE })),
  };

  it('keep no live unsafe target in the role export or the brief, only the words', () => {
    for (const markdown of [
      roleToMarkdown(hostile, OPTIONS),
      interviewBriefToMarkdown(hostile, 'stage-2', OPTIONS) ?? '',
    ]) {
      const found = targets(markdown);
      expect(found.length).toBeGreaterThan(0);
      for (const url of found) expect(parseExportLinkTarget(url), url).not.toBeNull();
      expect(found).toContain('https://example.com/a');
      expect(found).toContain('mailto:ada@example.com');
      const text = plain(parseMarkdown(markdown));
      for (const words of ['inline', 'spaced', 'ref one', 'ref two', 'image', 'nested', 'entity']) {
        expect(text).toContain(words);
      }
    }
  });

  it('parseExportLinkTarget allows http(s) and plain mailto only', () => {
    expect(parseExportLinkTarget('https://example.com')).toBe(
      parseExternalUrl('https://example.com'),
    );
    expect(parseExportLinkTarget('mailto:ada@example.com')).toBe('mailto:ada@example.com');
    for (const bad of [
      'javascript:alert(1)',
      'mailto:ada@example.com?subject=x&body=javascript:1',
      'mailto:',
      'mailto:a b@example.com',
      'data:text/html,x',
      'file:///etc/passwd',
      '#anchor',
      'relative/path.md',
      42,
    ]) {
      expect(parseExportLinkTarget(bad), String(bad)).toBeNull();
    }
  });
});
