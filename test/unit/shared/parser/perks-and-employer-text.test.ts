import { describe, expect, it } from 'vitest';
import { parsePosting } from '../../../../shared/parser/index';

// Pages mix requirements with employer text, and put conditions among the perks: the
// checklist keeps the asks and leaves the rest, in markdown and in copied plain text.

describe('asks among perks', () => {
  it('takes a right-to-work condition from a benefits section, and no perk', () => {
    const posting = parsePosting(
      [
        '## Requirements',
        '',
        '- 3+ years of Go',
        '',
        '## What we offer',
        '',
        'You will have access to a learning budget. Visa sponsorship for this role is currently not available.',
        '',
        '- Private health insurance',
      ].join('\n'),
    );
    expect(posting.requirements.map((r) => [r.text, r.kind])).toEqual([
      ['3+ years of Go', 'required'],
      ['Visa sponsorship for this role is currently not available.', 'required'],
    ]);
  });

  it('keeps a place condition required inside a nice-to-have list', () => {
    const posting = parsePosting(
      '## Nice to have\n\n- Rust\n- We are only considering candidates based in Mexico\n',
    );
    expect(posting.requirements.map((r) => [r.text, r.kind])).toEqual([
      ['Rust', 'preferred'],
      ['We are only considering candidates based in Mexico', 'required'],
    ]);
  });
});

describe('employer text left among the items', () => {
  it('drops sentences about the employer, equal opportunity and contact details', () => {
    const posting = parsePosting(
      [
        '## Requirements',
        '',
        '- Strong SQL skills',
        '- We have a global presence with offices in Paris, London and Sydney.',
        '- Diversity makes us stronger.',
        '- If you need an accommodation, write to jobs@example.com.',
        '- This may differ in other locations.',
        '- We are looking for someone with a passion for data.',
      ].join('\n'),
    );
    expect(posting.requirements.map((r) => r.text)).toEqual([
      'Strong SQL skills',
      'We are looking for someone with a passion for data.',
    ]);
  });
});
