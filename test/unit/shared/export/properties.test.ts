/**
 * Whatever the user typed (note titles and bodies, evidence, item text, stage notes),
 * the export keeps its shape: the same top sections, one task item per checklist item,
 * one heading per note, front matter only at the top, one final newline.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Note, Requirement } from '../../../../shared/domain/model';
import { interviewBriefToMarkdown } from '../../../../shared/export/interview-brief';
import { oneLine } from '../../../../shared/export/mdast';
import { roleToMarkdown } from '../../../../shared/export/role-markdown';
import {
  findAll,
  frontMatterOf,
  outline,
  parseMarkdown,
  plain,
  section,
  taskItems,
} from './markdown-tree';
import { OPTIONS, note, seededExport } from './seeded-role';

const PIECES = [
  '---',
  '***',
  '===',
  '# ',
  '## ',
  '###### ',
  '- [ ] ',
  '- [x] ',
  '* [X] ',
  '1. ',
  '> ',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\t',
  '    ',
  '```',
  '~~~',
  '<script>',
  '</div>',
  '<!--',
  '-->',
  '[a]: http://x.test',
  '[a]',
  '[^1]',
  '[^1]: f',
  '| a | b |\n| - | - |',
  '\\',
  '`',
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '!',
  '&amp;',
  '&#35;',
  '#',
  'text',
  ' ',
  'title: x',
  '\u0000',
  '\u001b',
];

const userText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 24 })
  .map((parts) => parts.join(''));

const base = seededExport();

function withText(
  title: string,
  notes: { title: string; body: string }[],
  evidence: string,
  itemText: string,
): { data: typeof base; requirements: Requirement[]; notes: Note[] } {
  const requirements = base.requirements.map((item, index) =>
    index === 0 ? { ...item, evidence, text: itemText } : item,
  );
  const made = notes.map((n, index) =>
    note(`n${String(index)}`, base.role.id, {
      ...n,
      stageId: 'stage-2',
      createdAt: base.role.createdAt + index * 60_000,
    }),
  );
  const stages = base.stages.map((stage) => ({
    ...stage,
    prepNotes: evidence,
    outcomeNotes: evidence,
  }));
  return {
    data: { ...base, role: { ...base.role, title }, requirements, notes: made, stages },
    requirements,
    notes: made,
  };
}

const noteArb = fc.record({ title: userText, body: userText });

describe('export structure under arbitrary user text', () => {
  it('role export: same sections, no extra tasks or top headings, notes in order', () => {
    fc.assert(
      fc.property(
        userText,
        fc.array(noteArb, { maxLength: 3 }),
        userText,
        userText,
        (title, notes, evidence, itemText) => {
          const { data, requirements, notes: made } = withText(title, notes, evidence, itemText);
          const markdown = roleToMarkdown(data, OPTIONS);
          expect(markdown.endsWith('\n')).toBe(true);
          expect(markdown.endsWith('\n\n')).toBe(false);
          expect(markdown).not.toContain('\r');
          const tree = parseMarkdown(markdown);
          expect(findAll(tree.children, 'yaml')).toHaveLength(1);
          expect(frontMatterOf(tree).title).toBe(oneLine(title) || 'Untitled role');
          expect(outline(tree, 2)).toEqual([
            `1 ${oneLine(title) || 'Untitled role'}`,
            '2 Summary',
            '2 Responsibilities',
            '2 Checklist',
            '2 Interviews',
            '2 Notes',
          ]);
          const checklist = section(tree.children, 2, 'Checklist');
          expect(taskItems(checklist)).toHaveLength(requirements.length);
          const notesPart = section(tree.children, 2, 'Notes');
          const stages = section(tree.children, 2, 'Interviews');
          // Task lists the user wrote in a note or in prep notes stay there, as theirs.
          const elsewhere = tree.children.filter(
            (node) => !notesPart.includes(node) && !stages.includes(node),
          );
          expect(taskItems(elsewhere)).toHaveLength(requirements.length);
          const noteHeadings = notesPart.filter(
            (node) => node.type === 'heading' && node.depth <= 3,
          );
          const expectedTitles = [...made]
            .reverse()
            .map((n) => oneLine(n.title) || 'Untitled note');
          expect(noteHeadings.map((node) => plain(node).replace(/ — \d+ \w+ \d{4}$/u, ''))).toEqual(
            made.length === 0 ? [] : expectedTitles,
          );
          // Nothing in the stages section rises to a stage's level or above.
          expect(
            findAll(stages, 'heading')
              .filter((node) => node.depth <= 3)
              .map(plain),
          ).toEqual(['1. Recruiter call', '2. Technical interview', '3. Leadership']);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('interview brief: same sections and only the flagged items as tasks', () => {
    fc.assert(
      fc.property(
        fc.array(noteArb, { maxLength: 2 }),
        userText,
        userText,
        (notes, evidence, itemText) => {
          const { data } = withText('Role', notes, evidence, itemText);
          const markdown = interviewBriefToMarkdown(data, 'stage-2', OPTIONS) ?? '';
          expect(markdown.endsWith('\n')).toBe(true);
          expect(markdown.endsWith('\n\n')).toBe(false);
          const tree = parseMarkdown(markdown);
          expect(outline(tree, 2)).toEqual([
            '1 Interview brief: Technical interview',
            '2 When and who',
            '2 What this round probes',
            '2 Other required items not ticked yet',
            '2 Prep notes',
            '2 Notes for this interview',
          ]);
          expect(taskItems(section(tree.children, 2, 'What this round probes'))).toHaveLength(3);
        },
      ),
      { numRuns: 100 },
    );
  });
});
