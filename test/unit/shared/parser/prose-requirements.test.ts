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
    // Where the candidate may work from, and their right to work there.
    ['Visa sponsorship for this role is currently not available.', 'required'],
    ['This position is not eligible to be performed in Alaska or Hawaii.', 'required'],
    ['We are only considering candidates based in North America.', 'required'],
    ['Employees can not be located in Ohio or Texas.', 'required'],
    ['Therefore, there is a requirement to be based in the UK.', 'required'],
    ['Preference for candidates on Eastern Time or Central Time.', 'preferred'],
    // Invitations, searches and descriptions of the person, in other words.
    ['If making an impact inspires you, join us.', 'required'],
    ['We are builders, and if this sounds like you, you will thrive in our team.', 'required'],
    ['This team is the right fit for you if you love working with customers.', 'required'],
    ['We’re seeking people who continually put our purpose first.', 'required'],
    ['This role demands both technical expertise and business acumen.', 'required'],
    ['Success in this role comes from having a strong data engineering background.', 'required'],
    ['Because you’ll be solving hard problems, you are a growth-oriented individual.', 'required'],
    ['Are you a seasoned software engineer with a passion for innovation?', 'required'],
    ['A startup person: You aren’t driven by titles or hierarchy.', 'required'],
    ['We appreciate broad perspectives and a willingness to dive deep.', 'required'],
    ['You will help define the roadmap, using your expertise in cloud platforms.', 'required'],
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
    // Things about the job, the company or applying, in the same shapes as asks.
    'If this opportunity resonates with you, we would love to hear from you!',
    'If you’re looking for a fast-paced organization, Acme is the place for you.',
    'If you apply, we promise to update you once a week.',
    'You are central to the effective functioning of our docs site.',
    'You have a real opportunity to impact the lives of thousands of people.',
    'This role requires collaboration across time zones and continents.',
    'You will be required to collect materials from the warehouse every day.',
    'You should expect the hiring manager to ask about your goals.',
    'We welcome candidates with experience in any and all technologies.',
    'We’re open to candidates in the US and other countries.',
    'All of our vacancies are open to people with disabilities.',
    'Founded in 2012, Acme is a digital asset trading platform.',
    'You’ll be able to make data-driven decisions from day one.',
    'Bonus Points!',
  ])('leaves “%s” alone', (sentence) => {
    expect(readProseSentence(sentence)?.sure ?? false).toBe(false);
  });

  it('offers weaker wording as possibly a requirement, with the words that made it', () => {
    expect(readProseSentence('Our best engineers are fluent in all these layers.')).toEqual({
      kind: 'required',
      why: 'cue: “fluent in”',
      sure: false,
      hard: false,
      plain: false,
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
