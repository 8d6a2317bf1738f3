import { describe, expect, it } from 'vitest';
import {
  DRAFT_MAX_CHARS,
  FIELD_LIMITS,
  draftSizeProblem,
  fitsLimit,
  jsonSize,
  measuredLength,
  overLimitMessage,
  settingSizeProblem,
  SETTING_MAX_CHARS,
  tooLongReason,
} from '../../../../shared/domain/field-limits';
import { isBlankNoteText, noteTextProblem } from '../../../../shared/domain/note-limits';
import { parseTags, splitTags } from '../../../../shared/domain/note-search';
import { applicationPatchSchema } from '../../../../shared/domain/application-rules';
import { evidenceSchema, newRequirementSchema } from '../../../../shared/domain/checklist-rules';

const note = (fields: Partial<{ title: string; body: string; tags: string }>) => ({
  title: '',
  body: '',
  tags: '',
  ...fields,
});

describe('field limits', () => {
  it('measures trimmed fields without their outer spaces', () => {
    expect(measuredLength(FIELD_LIMITS.noteTitle, `  ${'a'.repeat(300)}  `)).toBe(300);
    expect(fitsLimit(FIELD_LIMITS.noteTitle, `  ${'a'.repeat(300)}  `)).toBe(true);
    expect(fitsLimit(FIELD_LIMITS.noteTitle, 'a'.repeat(301))).toBe(false);
    expect(measuredLength(FIELD_LIMITS.evidence, ' a ')).toBe(3);
  });

  it('words the over-limit message and the refusal reason with both numbers', () => {
    expect(overLimitMessage('Title', 312, 300)).toBe(
      'Title: 312 / 300 characters — shorten it to save',
    );
    expect(overLimitMessage('Evidence', 50_312, 50_000)).toBe(
      'Evidence: 50,312 / 50,000 characters — shorten it to save',
    );
    expect(tooLongReason('title', 312, 300)).toBe('title is too long (312/300)');
  });

  it('is the table the schemas check: one over the limit is refused, the limit passes', () => {
    const { applicationShortText, compensationNotes, evidence, requirementText } = FIELD_LIMITS;
    const at = (n: number) => 'x'.repeat(n);
    expect(
      applicationPatchSchema.safeParse({ contact: at(applicationShortText.max) }).success,
    ).toBe(true);
    expect(
      applicationPatchSchema.safeParse({ contact: at(applicationShortText.max + 1) }).success,
    ).toBe(false);
    expect(
      applicationPatchSchema.safeParse({ compensationNotes: at(compensationNotes.max + 1) })
        .success,
    ).toBe(false);
    expect(evidenceSchema.safeParse(at(evidence.max)).success).toBe(true);
    expect(evidenceSchema.safeParse(at(evidence.max + 1)).success).toBe(false);
    expect(
      newRequirementSchema.safeParse({ text: at(requirementText.max + 1), kind: 'required' })
        .success,
    ).toBe(false);
  });

  it('sizes drafts and settings as JSON and refuses the oversize ones by name', () => {
    expect(jsonSize({ a: 'bc' })).toBe(JSON.stringify({ a: 'bc' }).length);
    expect(jsonSize(undefined)).toBe(0);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(jsonSize(cyclic)).toBe(Number.POSITIVE_INFINITY);
    expect(draftSizeProblem({ evidence: 'x'.repeat(FIELD_LIMITS.evidence.max + 10) })).toBe(
      undefined,
    );
    expect(draftSizeProblem({ evidence: 'x'.repeat(DRAFT_MAX_CHARS) })).toMatch(
      /too long to keep as a draft .*at most 2,000,000\)/,
    );
    expect(settingSizeProblem('columns', { a: true })).toBe(undefined);
    expect(settingSizeProblem('columns', 'x'.repeat(SETTING_MAX_CHARS))).toBe(
      'The setting “columns” is too large to save (at most 20,000 characters).',
    );
  });
});

describe('note text limits', () => {
  it('says why a note cannot be saved: title, text, a long tag, too many tags', () => {
    expect(noteTextProblem(note({ title: 'a'.repeat(300) }))).toBe(undefined);
    expect(noteTextProblem(note({ title: 'a'.repeat(312) }))).toBe('title is too long (312/300)');
    expect(noteTextProblem(note({ body: 'a'.repeat(1_000_001) }))).toBe(
      'text is too long (1,000,001/1,000,000)',
    );
    expect(noteTextProblem(note({ tags: `prep, ${'t'.repeat(61)}` }))).toBe(
      `tag “${'t'.repeat(20)}…” is too long (61/60)`,
    );
    const tags = Array.from({ length: 31 }, (_, i) => `tag${i}`).join(', ');
    expect(noteTextProblem(note({ tags }))).toBe('too many tags (31/30)');
  });

  it('splits tags without cutting them, unlike the display parse', () => {
    const long = 't'.repeat(61);
    expect(splitTags(` a ,A, ${long} `)).toEqual(['a', long]);
    expect(parseTags(long)).toEqual(['t'.repeat(60)]);
  });

  it('knows a blank note', () => {
    expect(isBlankNoteText(note({ title: '  ', tags: ' , ' }))).toBe(true);
    expect(isBlankNoteText(note({ body: 'x' }))).toBe(false);
  });
});
