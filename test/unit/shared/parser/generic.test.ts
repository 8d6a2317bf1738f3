import { describe, expect, it } from 'vitest';
import { parsePosting } from '../../../../shared/parser/index';
import type { ParsedRequirement } from '../../../../shared/parser/index';

const required = (...texts: string[]): ParsedRequirement[] =>
  texts.map((text) => ({ text, kind: 'required' }));
const preferred = (...texts: string[]): ParsedRequirement[] =>
  texts.map((text) => ({ text, kind: 'preferred' }));

const MARKDOWN = `# [Senior Backend Engineer](https://jobs.example.com/apply/42)
### Example Corp
#### \`💰 90k-120k\` \`🌎 Remote, EU\`

We build tools for teams. You must love our mission (this intro is not a requirement list).

## What you'll do
- Design and ship **backend services** in [Go](https://go.dev)
- Review code and mentor _junior_ engineers

## Requirements
* 5+ years of experience with \`Go\` or Rust
* Strong SQL skills; PostgreSQL preferred
* Experience with Kubernetes is a plus
  * nested detail that stays separate

## Nice to have
1. Open-source contributions
2) Experience with gRPC

## Benefits
- Remote-first, flexible hours
- Learning budget

## Equal opportunity
Example Corp is an equal opportunity employer. Applicants must not be discriminated against on the basis of race, religion or gender.
`;

describe('a markdown posting with ## headings', () => {
  const posting = parsePosting(MARKDOWN);

  it('reads the board header', () => {
    expect(posting.title).toBe('Senior Backend Engineer');
    expect(posting.company).toBe('Example Corp');
    expect(posting.location).toBe('Remote, EU');
    expect(posting.sourceUrl).toBe('https://jobs.example.com/apply/42');
  });

  it('takes required and nice-to-have lists, with per-item "preferred" and "is a plus"', () => {
    expect(posting.requirements).toMatchObject([
      ...required('5+ years of experience with Go or Rust'),
      ...preferred(
        'Strong SQL skills; PostgreSQL preferred',
        'Experience with Kubernetes is a plus',
      ),
      ...required('nested detail that stays separate'),
      ...preferred('Open-source contributions', 'Experience with gRPC'),
    ]);
  });

  it('strips markdown from responsibilities', () => {
    expect(posting.responsibilities).toEqual([
      'Design and ship backend services in Go',
      'Review code and mentor junior engineers',
    ]);
  });

  it('never turns benefits or the equal-opportunity paragraph into requirements', () => {
    expect(posting.sections.map((s) => s.kind)).toEqual([
      'summary',
      'responsibilities',
      'requirements',
      'nice-to-haves',
      'benefits',
      'equal-opportunity',
    ]);
    expect(posting.requirements.map((r) => r.text).join(' ')).not.toMatch(
      /budget|discriminat|mission/,
    );
  });
});

describe('bold pseudo-headings, • bullets and CRLF line endings', () => {
  const text = [
    'Data Engineer',
    '',
    '**About the role**',
    'You will own our pipelines.',
    '',
    '**Responsibilities:**',
    '• Build ELT pipelines',
    '•Maintain dbt models',
    '',
    '**Qualifications**',
    '• 3+ years with Python',
    '• Airflow or Dagster',
    '',
    '**Bonus points**',
    '• Spark',
    '',
    '**Perks**',
    '• Home office stipend',
  ].join('\r\n');
  const posting = parsePosting(text);

  it('finds the sections under bold headings', () => {
    expect(posting.sections.map((s) => [s.heading, s.kind])).toEqual([
      ['About the role', 'summary'],
      ['Responsibilities', 'responsibilities'],
      ['Qualifications', 'requirements'],
      ['Bonus points', 'nice-to-haves'],
      ['Perks', 'benefits'],
    ]);
  });

  it('takes items without markers or carriage returns', () => {
    expect(posting.title).toBe('Data Engineer');
    expect(posting.responsibilities).toEqual(['Build ELT pipelines', 'Maintain dbt models']);
    expect(posting.requirements).toMatchObject([
      ...required('3+ years with Python', 'Airflow or Dagster'),
      ...preferred('Spark'),
    ]);
  });
});

describe('plain-text headings in other wordings', () => {
  it('recognises lost apostrophes, emoji and colon headings', () => {
    const posting = parsePosting(
      [
        'Intro paragraph about the team.',
        '',
        '🚀 What youll be doing',
        'Ship features weekly',
        'Talk to customers',
        '',
        'What were looking for:',
        'Experience with TypeScript',
        'Comfort with ambiguity',
        '',
        'Nice to haves',
        'Experience with Electron',
        'Design sense',
        '',
        'Whats in it for you',
        'Equity',
        'Health insurance',
      ].join('\n'),
    );
    expect(posting.sections.map((s) => s.kind)).toEqual([
      'summary',
      'responsibilities',
      'requirements',
      'nice-to-haves',
      'benefits',
    ]);
    expect(posting.responsibilities).toEqual(['Ship features weekly', 'Talk to customers']);
    expect(posting.requirements).toMatchObject([
      ...required('Experience with TypeScript', 'Comfort with ambiguity'),
      ...preferred('Experience with Electron', 'Design sense'),
    ]);
  });

  it('keeps short items separated by blank lines as items, not headings', () => {
    const posting = parsePosting(
      'Requirements:\n\nExperience with Go\n\nKnowledge of SQL\n\nBenefits:\n\nGood coffee\n',
    );
    expect(posting.requirements).toMatchObject(required('Experience with Go', 'Knowledge of SQL'));
  });
});

describe('prose-only postings', () => {
  it('finds requirement sentences and ignores equal-opportunity text that says "must"', () => {
    const posting = parsePosting(
      [
        'We are hiring a site reliability engineer to keep our platform fast.',
        'You must have operated Kubernetes in production. Knowledge of Terraform is an advantage.',
        'We are an equal opportunity employer: candidates must be considered without regard to race or religion.',
        'Salary: we must pay well, and we do.',
      ].join('\n'),
    );
    expect(posting.requirements).toMatchObject([
      ...required('You must have operated Kubernetes in production.'),
      ...preferred('Knowledge of Terraform is an advantage.'),
    ]);
  });

  it('also takes the introduction’s requirement sentences when the posting has a list', () => {
    const posting = parsePosting(
      'We are hiring a Go engineer. You will lead the platform team. You must be fluent in English.\n\n## Requirements\n- Go\n- SQL\n',
    );
    expect(posting.requirements).toEqual([
      {
        text: 'You must be fluent in English.',
        kind: 'required',
        source: 'prose',
        why: 'cue: “You must be”',
        sectionIndex: 0,
      },
      {
        text: 'Go',
        kind: 'required',
        source: 'list',
        why: 'under “Requirements”',
        sectionIndex: 1,
      },
      {
        text: 'SQL',
        kind: 'required',
        source: 'list',
        why: 'under “Requirements”',
        sectionIndex: 1,
      },
    ]);
  });
});

describe('glued list items under a plain heading', () => {
  it('splits them and leaves camel-case product names whole', () => {
    const posting = parsePosting(
      'What you need\n\nExperience with DevOps and GitHub ActionsKnowledge of JavaScript and PostgreSQL databasesFamiliarity with iPhone apps and MLOps tooling\n',
    );
    expect(posting.requirements).toMatchObject(
      required(
        'Experience with DevOps and GitHub Actions',
        'Knowledge of JavaScript and PostgreSQL databases',
        'Familiarity with iPhone apps and MLOps tooling',
      ),
    );
  });
});

describe('per-item wording in a requirements list', () => {
  it('reads "(bonus)" as preferred, a longer aside as a detail, and drops bare labels', () => {
    const posting = parsePosting(
      [
        '## Requirements',
        '- Technical:',
        '- Experience with analytics (bonus)',
        '- Go experience (Rust is a plus as well)',
        '- A Master’s degree is an added advantage',
        '- Must know SQL; NoSQL is a plus',
      ].join('\n'),
    );
    expect(posting.requirements).toMatchObject([
      ...preferred('Experience with analytics (bonus)'),
      ...required('Go experience (Rust is a plus as well)'),
      ...preferred('A Master’s degree is an added advantage'),
      ...required('Must know SQL; NoSQL is a plus'),
    ]);
  });

  it('merges indented sub-items into an item that ends with a colon', () => {
    const posting = parsePosting(
      '## Qualifications\n* One of the following languages:\n    * Go\n    * Rust\n* SQL\n',
    );
    expect(posting.requirements).toMatchObject(
      required('One of the following languages: Go; Rust', 'SQL'),
    );
  });
});
