import { describe, expect, it } from 'vitest';
import { parsePosting } from '../../../../shared/parser/index';
import { readProseSentence, trimFraming } from '../../../../shared/parser/requirement-cues';

// Requirement sentences in prose: taken by their grammatical frame, whatever the topic;
// duties, company text and notes to applicants are never taken.

describe('readProseSentence', () => {
  it.each([
    ['Candidates must reside in the United States or Canada.', 'required'],
    ['Fluency in German is required.', 'required'],
    ['A background in statistics and strong SQL skills are necessary prerequisites.', 'required'],
    ['Solid experience with Rust is a must.', 'required'],
    ['The ideal candidate has shipped mobile apps to millions of users.', 'required'],
    ['We are looking for someone with a proven record of leading teams.', 'required'],
    ['Acme is seeking an engineer who loves writing tests.', 'required'],
    ['If you are a curious engineer with Elixir experience, apply today!', 'required'],
    ['We expect our designers to be fluent in Figma.', 'required'],
    ['You will need to be comfortable with on-call rotations.', 'required'],
    ['We are unable to sponsor visas for this position.', 'required'],
    ['This role requires excellent written English.', 'required'],
    ['You have shipped production Go services.', 'required'],
    ['Experience with Terraform is a plus.', 'preferred'],
    ['Knowledge of Kafka would be a strong advantage.', 'preferred'],
    ['Prior fintech experience is desirable.', 'preferred'],
    ['Ideally, you have worked in a start-up.', 'preferred'],
  ])('takes “%s” as %s', (sentence, kind) => {
    expect(readProseSentence(sentence)).toMatchObject({ kind, sure: true });
  });

  it.each([
    'You will lead a team of five engineers and own the roadmap.',
    'You will be expected to mentor junior engineers.',
    'You are responsible for the reliability of our payment systems.',
    'We are looking for a Senior Data Engineer to join our team.',
    'Our platform is used by millions of people every day.',
    'We are an equal opportunity employer and candidates must be considered without regard to race.',
    'If you don’t meet every requirement, we encourage you to apply anyway.',
    'You will have the opportunity to work with great people.',
    'The billing system must issue correct documents in every country.',
    'What will you need to succeed?',
    'This position is bonus eligible.',
  ])('leaves “%s” alone', (sentence) => {
    expect(readProseSentence(sentence)?.sure ?? false).toBe(false);
  });

  it('offers weaker wording as possibly a requirement, with the words that made it', () => {
    expect(readProseSentence('Our best engineers are fluent in all these layers.')).toEqual({
      kind: 'required',
      why: 'cue: “fluent in”',
      sure: false,
      hard: false,
    });
  });
});

describe('trimFraming', () => {
  it('keeps the ask and drops framing that adds nothing', () => {
    expect(trimFraming('As a team lead at Acme, you must know Go.')).toBe('You must know Go.');
    expect(trimFraming('For this role you must have a driving licence.')).toBe(
      'You must have a driving licence.',
    );
    expect(trimFraming('NOTE: Candidates must live in Spain.')).toBe(
      'Candidates must live in Spain.',
    );
    expect(trimFraming('Ideally, you know Rust.')).toBe('Ideally, you know Rust.');
  });
});

describe('requirements in prose within a posting', () => {
  it('takes a list under an unknown bold line when its items read as requirements', () => {
    const posting = parsePosting(
      [
        'We build tools for farmers.',
        '',
        '**The successful Platform Engineer candidate will have:**',
        '',
        '- 5+ years of experience with Kubernetes',
        '- Strong knowledge of Terraform',
        '- Experience running PostgreSQL at scale',
        '',
        '**Our offices**',
        '',
        '- Berlin',
        '- Lisbon',
      ].join('\n'),
    );
    expect(posting.requirements.map((r) => [r.text, r.kind, r.source, r.sectionIndex])).toEqual([
      ['5+ years of experience with Kubernetes', 'required', 'list', 1],
      ['Strong knowledge of Terraform', 'required', 'list', 1],
      ['Experience running PostgreSQL at scale', 'required', 'list', 1],
    ]);
    expect(posting.requirements[0]?.why).toMatch(/The successful Platform Engineer candidate/);
    expect(posting.sections.map((s) => s.kind)).toEqual(['summary', 'requirements', 'other']);
  });

  it('files a list of requirements under a heading it cannot read as requirements', () => {
    const posting = parsePosting(
      '## The journey ahead\n\n- 3+ years of experience with React\n- Strong TypeScript skills\n- You have shipped a design system\n',
    );
    expect(posting.sections[0]?.kind).toBe('requirements');
    expect(posting.requirements).toHaveLength(3);
  });

  it('keeps possible requirements apart from the requirements, never both', () => {
    const posting = parsePosting(
      'Our best engineers are fluent in Go. You must know SQL.\n\n## Requirements\n- Go\n',
    );
    expect(posting.requirements.map((r) => r.text)).toEqual(['You must know SQL.', 'Go']);
    expect(posting.possibleRequirements).toMatchObject([
      { text: 'Our best engineers are fluent in Go.', source: 'prose', sectionIndex: 0 },
    ]);
  });

  it('reads the wording before the heading: "must" stays required under a nice-to-have heading', () => {
    const posting = parsePosting(
      '## Nice to have\n\nYou must hold a security clearance. Go experience would help us.\n\n- Rust\n- Elixir\n',
    );
    expect(posting.requirements.map((r) => [r.text, r.kind])).toEqual([
      ['Rust', 'preferred'],
      ['Elixir', 'preferred'],
      ['You must hold a security clearance.', 'required'],
    ]);
  });
});
