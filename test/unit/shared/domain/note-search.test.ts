import { describe, expect, it } from 'vitest';
import {
  compareNotes,
  displayTitle,
  filterNotes,
  formatTags,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  noteMatches,
  noteSnippet,
  parseTags,
  sortNotes,
} from '../../../../shared/domain/note-search';

const notes = [
  { id: 'a', title: 'Recruiter call', body: 'Salary band: asked.', tags: ['call'] },
  { id: 'b', title: 'Prep', body: 'STAR story about the **LXD** migration', tags: ['Interview'] },
  { id: 'c', title: 'Ünïcode', body: 'Straße', tags: [] },
];

describe('note search', () => {
  it('matches title, body and tags, ignoring case', () => {
    expect(filterNotes(notes, 'recruiter').map((n) => n.id)).toEqual(['a']);
    expect(filterNotes(notes, 'lxd').map((n) => n.id)).toEqual(['b']);
    expect(filterNotes(notes, 'INTERVIEW').map((n) => n.id)).toEqual(['b']);
    expect(filterNotes(notes, 'ünï').map((n) => n.id)).toEqual(['c']);
  });

  it('matches substrings, and needs every word of the query', () => {
    expect(filterNotes(notes, 'inter').map((n) => n.id)).toEqual(['b']);
    expect(filterNotes(notes, 'band call').map((n) => n.id)).toEqual(['a']);
    expect(filterNotes(notes, 'band prep')).toEqual([]);
  });

  it('treats an empty or blank query as "everything", in the given order', () => {
    expect(filterNotes(notes, '').map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(filterNotes(notes, '   \n').map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(noteMatches({ title: '', body: '', tags: [] }, '')).toBe(true);
  });

  it('finds query text literally, even when it looks like a pattern or markup', () => {
    const hostile = { title: 'x', body: '<img src=x onerror=alert(1)> a.*b (', tags: [] };
    expect(noteMatches(hostile, '<img')).toBe(true);
    expect(noteMatches(hostile, 'a.*b')).toBe(true);
    expect(noteMatches(hostile, '(')).toBe(true);
    expect(noteMatches(hostile, '.+')).toBe(false);
  });
});

describe('note order', () => {
  it('puts pinned notes first, then the newest edit, then a stable id order', () => {
    const list = [
      { id: 'old', pinned: 0 as const, updatedAt: 1 },
      { id: 'pinned-old', pinned: 1 as const, updatedAt: 2 },
      { id: 'new', pinned: 0 as const, updatedAt: 5 },
      { id: 'pinned-new', pinned: 1 as const, updatedAt: 3 },
      { id: 'tie-b', pinned: 0 as const, updatedAt: 4 },
      { id: 'tie-a', pinned: 0 as const, updatedAt: 4 },
    ];
    expect(sortNotes(list).map((n) => n.id)).toEqual([
      'pinned-new',
      'pinned-old',
      'new',
      'tie-a',
      'tie-b',
      'old',
    ]);
    expect(list[0]?.id).toBe('old');
    const same = { id: 'x', pinned: 0 as const, updatedAt: 1 };
    expect(compareNotes(same, { ...same })).toBe(0);
  });
});

describe('tags', () => {
  it('splits on commas, trims, collapses spaces and drops empties and duplicates', () => {
    expect(parseTags(' prep,  salary   band ,, Prep, ,offer,')).toEqual([
      'prep',
      'salary band',
      'offer',
    ]);
    expect(parseTags('')).toEqual([]);
    expect(parseTags(' , ,')).toEqual([]);
  });

  it('caps the number and length of tags', () => {
    const many = Array.from({ length: MAX_TAGS + 5 }, (_, i) => `t${i}`).join(',');
    expect(parseTags(many)).toHaveLength(MAX_TAGS);
    expect(parseTags('x'.repeat(MAX_TAG_LENGTH + 10))[0]).toHaveLength(MAX_TAG_LENGTH);
  });

  it('formats tags back into the input text, round-tripping', () => {
    const tags = ['prep', 'salary band'];
    expect(formatTags(tags)).toBe('prep, salary band');
    expect(parseTags(formatTags(tags))).toEqual(tags);
  });
});

describe('display', () => {
  it('names an untitled note', () => {
    expect(displayTitle({ title: '  ' })).toBe('Untitled note');
    expect(displayTitle({ title: ' Prep ' })).toBe('Prep');
  });

  it('reduces Markdown to a plain one-line snippet', () => {
    expect(noteSnippet('# Heading\n\n- **bold** item\n- [ ] task\n> quote `code`')).toBe(
      'Heading bold item task quote code',
    );
    expect(noteSnippet('See [the docs](https://example.com/a_(b)) and ![logo](x.png).')).toBe(
      'See the docs and logo.',
    );
    expect(noteSnippet('[click](javascript:alert(1))')).toBe('click');
    expect(noteSnippet('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
    expect(
      noteSnippet('Intro\n\n| Step | Result |\n|---|:--:|\n| Async | fewer |\n\n---\nEnd'),
    ).toBe('Intro Step Result Async fewer End');
  });

  it('cuts long text at a word boundary with an ellipsis', () => {
    const long = 'word '.repeat(60);
    const snippet = noteSnippet(long, 40);
    expect(snippet.endsWith('word…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(41);
    expect(noteSnippet('x'.repeat(50), 20)).toBe(`${'x'.repeat(20)}…`);
  });
});
