import { describe, expect, it } from 'vitest';
import { classifyHeading, parsePosting } from '../../../../shared/parser/index';
import type { SectionKind } from '../../../../shared/parser/index';

describe('classifyHeading', () => {
  it.each<[string, SectionKind]>([
    ['Requirements', 'requirements'],
    ['Qualifications', 'requirements'],
    ['Minimum Qualifications', 'requirements'],
    ["What you'll bring", 'requirements'],
    ['What you’ll need', 'requirements'],
    ['Who you are', 'requirements'],
    ['About you', 'requirements'],
    ['What we are looking for in you', 'requirements'],
    ['Who Are We Looking For?', 'requirements'],
    ['Ready to #LiveCrypto? Who you are:', 'requirements'],
    ['Votre profil', 'requirements'],
    ['Nice to have', 'nice-to-haves'],
    ['Nice-to-haves', 'nice-to-haves'],
    ['Bonus points', 'nice-to-haves'],
    ['Preferred Qualifications', 'nice-to-haves'],
    ['Additional skills that you might also bring', 'nice-to-haves'],
    ["It's great, but not required", 'nice-to-haves'],
    ['Responsibilities', 'responsibilities'],
    ['Position Responsibilities', 'responsibilities'],
    ["What you'll do", 'responsibilities'],
    ['What youll do', 'responsibilities'],
    ['What your day will look like', 'responsibilities'],
    ['In this role, you will', 'responsibilities'],
    ['🚀 Your impact', 'responsibilities'],
    ['Benefits', 'benefits'],
    ['Perks & Benefits', 'benefits'],
    ['What we offer you', 'benefits'],
    ["What's in it for you?", 'benefits'],
    ['Compensation', 'benefits'],
    ['About Canonical', 'about'],
    ['Who we are', 'about'],
    ['What is Canonical?', 'about'],
    ['About the role', 'summary'],
    ['Job Description', 'summary'],
    ['Canonical is an equal opportunity employer', 'equal-opportunity'],
    ['Diversity & Inclusion', 'equal-opportunity'],
    ['EEO Statement', 'equal-opportunity'],
    ['LI-Remote Stack', 'other'],
    ['CLICK TO APPLY', 'other'],
  ])('%s → %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });
});

describe('heading forms', () => {
  const kindsOf = (text: string) => parsePosting(text).sections.map((s) => [s.heading, s.kind]);

  it('reads # to ###### headings, with or without closing hashes', () => {
    expect(
      kindsOf('# Benefits\nx\n## Requirements ##\ny\n###### Nice to have\nz\n#NotAHeading'),
    ).toEqual([
      ['Benefits', 'benefits'],
      ['Requirements', 'requirements'],
      ['Nice to have', 'nice-to-haves'],
    ]);
  });

  it('reads bold, emoji and colon pseudo-headings', () => {
    expect(
      kindsOf(
        'Intro text here.\n\n**Responsibilities:**\n- a\n\n__Perks__\n- b\n\n✨ What you bring\n- c\n\nRequirements:\n- d\n',
      ),
    ).toEqual([
      ['', 'summary'],
      ['Responsibilities', 'responsibilities'],
      ['Perks', 'benefits'],
      ['What you bring', 'requirements'],
      ['Requirements', 'requirements'],
    ]);
  });

  it('lets an unknown sub-heading continue the empty heading above it', () => {
    expect(kindsOf('### Qualifications\n\n**Votre expérience**\n- Java\n')).toEqual([
      ['Qualifications', 'requirements'],
      ['Votre expérience', 'requirements'],
    ]);
  });

  it('treats setext underlines as headings', () => {
    expect(kindsOf('Requirements\n============\n- Go\n')).toEqual([
      ['Requirements', 'requirements'],
    ]);
  });

  it('reclassifies a "requirements" list that is mostly perks as benefits', () => {
    const posting = parsePosting(
      '## Requirements\n- Go\n\n## What else\n- Paid parental leave\n- 401(k) match\n- Dental and vision insurance\n',
    );
    expect(posting.sections.map((s) => s.kind)).toEqual(['requirements', 'benefits']);
    expect(posting.requirements).toMatchObject([{ text: 'Go', kind: 'required' }]);
  });
});
