import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePosting } from '../../../../shared/parser/index';
import type { ParsedPosting } from '../../../../shared/parser/index';
import { expectWellFormed, textAndKind } from './well-formed';

// Four real postings copied from the shared corpus into test/fixtures/postings (see the
// README there). Besides pinning what the parser finds in them, the plain-text round
// trip checks that the same requirements come back once the markdown is stripped the
// way copying from a rendered page strips it.

function fixture(name: string): string {
  return readFileSync(new URL(`../../../fixtures/postings/${name}`, import.meta.url), 'utf8');
}

/** What copy-paste from a rendered page gives: no `#`, no bullets, no bold, links as text. */
function asCopiedText(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*#{1,6}\s*/, '')
        .replace(/^\s*[*\-+]\s+/, '')
        .replaceAll('**', '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .trimEnd(),
    )
    .join('\n');
}

const summary = (posting: ParsedPosting) => ({
  title: posting.title,
  company: posting.company,
  location: posting.location,
  sourceUrl: posting.sourceUrl,
  kinds: posting.sections.map((s) => s.kind),
});

describe('GEICO: bold pseudo-headings and a "you will:" lead-in', () => {
  const posting = parsePosting(fixture('geico-engineer-ii.md'));

  it('reads metadata and sections', () => {
    expectWellFormed(posting);
    expect(summary(posting)).toEqual({
      title: 'Engineer II - Platform Automation',
      company: 'GEICO',
      location: 'US,Remote',
      sourceUrl: 'https://www.remotewlb.com/apply/engineer-ii-platform-automation',
      kinds: [
        'summary',
        'summary',
        'summary',
        'responsibilities',
        'responsibilities',
        'requirements',
        'requirements',
        'requirements',
        'benefits',
        'benefits',
        // "As an Associate, you’ll enjoy our Total Rewards Program…:" leads in the perks.
        'benefits',
        // The board's closing "CLICK TO APPLY" is page chrome, not a section.
      ],
    });
  });

  it('takes the qualification, experience and education items, and no benefit', () => {
    const listed = posting.requirements.filter((r) => r.source === 'list');
    expect(listed).toHaveLength(23);
    expect(posting.requirements.every((r) => r.kind === 'required')).toBe(true);
    expect(listed.at(-1)?.text).toBe(
      'Bachelor’s degree in Computer Science, Information Systems, or equivalent education or work experience',
    );
    // The two sentences of the summary that describe the candidate are taken too, and
    // the sponsorship condition that sits among the perks.
    const prose = posting.requirements.filter((r) => r.source === 'prose').map((r) => r.text);
    expect(prose).toHaveLength(3);
    expect(prose[0]).toMatch(/^GEICO is seeking an experienced Engineer with a passion/);
    expect(prose[1]).toMatch(/^The ideal candidate has broad and deep technical knowledge/);
    expect(prose[2]).toBe(
      'At this time, GEICO will not sponsor a new applicant for employment authorization for this position.',
    );
    expect(posting.responsibilities).toHaveLength(6);
    expect(posting.responsibilities[0]).toBe(
      'Scope, design, and build scalable, resilient distributed systems',
    );
  });

  it('gives the same requirements and responsibilities from the copied plain text', () => {
    const plain = parsePosting(asCopiedText(fixture('geico-engineer-ii.md')));
    expect(textAndKind(plain.requirements)).toEqual(textAndKind(posting.requirements));
    expect(plain.responsibilities).toEqual(posting.responsibilities);
  });
});

describe('Sopra Steria: French headings and prose requirements', () => {
  const posting = parsePosting(fixture('sopra-steria-tech-lead-fr.md'));

  it('finds the profile sentences, with "serait un plus" as preferred', () => {
    expectWellFormed(posting);
    expect(posting.requirements).toMatchObject([
      {
        text: "Vous possédez une bonne capacité d'analyse, une solide compétence de conception logicielle, vous êtes un(e) développeur(se) frontend et backend confirmé(e).",
        kind: 'required',
      },
      {
        text: "De formation type Bac + 5 (école d'Ingénieurs ou de formation équivalente), vous justifiez d'une expérience technique de 4 ans minimum en conception et programmation sur des technologies comme Java, Angular, Spring Batch.",
        kind: 'required',
      },
      {
        text: "Vous faites preuve de fortes capacités d'adaptation, possédez un excellent relationnel et appréciez le travail en équipe.",
        kind: 'required',
      },
      {
        text: "La maîtrise des concepts de l'intégration continue et des méthodes Agile serait un plus.",
        kind: 'preferred',
      },
    ]);
    expect(posting.responsibilities).toHaveLength(7);
    expect(posting.company).toBe('Sopra Steria');
  });

  it('gives the same requirements from the copied plain text', () => {
    const plain = parsePosting(asCopiedText(fixture('sopra-steria-tech-lead-fr.md')));
    expect(textAndKind(plain.requirements)).toEqual(textAndKind(posting.requirements));
  });
});

describe('Medius: question headings and an aside that says "is a plus"', () => {
  const posting = parsePosting(fixture('medius-devops.md'));

  it('keeps an item required when only its parenthesised aside is a plus', () => {
    expectWellFormed(posting);
    expect(posting.requirements).toMatchObject([
      { text: 'Robust experience in cloud infrastructure (Azure is a plus!)', kind: 'required' },
      {
        text: 'Must be able to solve problems with code (C#, PowerShell, Python, or similar)',
        kind: 'required',
      },
      {
        text: 'Familiarity with CI/CD tools, monitoring solutions, and both Windows and Linux environments',
        kind: 'required',
      },
      {
        text: 'A proactive, curious individual with a passion for discovering and leveraging new cloud technologies',
        kind: 'required',
      },
      {
        text: 'A proven track record of implementing change and improvements across teams',
        kind: 'required',
      },
    ]);
    expect(posting.responsibilities[0]).toMatch(/^Elevate Azure Administration: Dive deep/);
  });

  it('gives the same requirements from the copied plain text', () => {
    const plain = parsePosting(asCopiedText(fixture('medius-devops.md')));
    expect(textAndKind(plain.requirements)).toEqual(textAndKind(posting.requirements));
  });
});

describe('Defense Unicorns: benefits under "Health:", "Financial:" labels', () => {
  const posting = parsePosting(fixture('defense-unicorns-sre.md'));

  it('keeps every benefit group out of the requirements', () => {
    expectWellFormed(posting);
    expect(posting.sections.filter((s) => s.kind === 'benefits').map((s) => s.heading)).toEqual([
      'Benefits Our Unicorns Enjoy',
      'Health',
      'Financial',
      'Leave',
      'Learning',
    ]);
    const texts = posting.requirements.map((r) => r.text).join('\n');
    expect(texts).not.toMatch(/401k|Parental|Dental|\$185,000|Remote - USA/);
  });

  it('takes the preferred qualifications as preferred', () => {
    const listed = posting.requirements.filter(
      (r) => r.source === 'list' && posting.sections[r.sectionIndex ?? 0]?.kind === 'nice-to-haves',
    );
    expect(listed).toHaveLength(11);
    expect(listed.every((r) => r.kind === 'preferred')).toBe(true);
    expect(listed[0]?.text).toBe('6+ years experience with software engineering');
    // A skill the page listed among the responsibilities is still an ask.
    expect(posting.requirements).toContainEqual(
      expect.objectContaining({
        text: expect.stringMatching(/^Excellent leadership and communication skills/) as string,
        kind: 'required',
        source: 'list',
      }),
    );
    expect(posting.requirements).toContainEqual(
      expect.objectContaining({
        text: 'Must be able to obtain and maintain a clearance.',
        kind: 'required',
      }),
    );
    expect(posting.responsibilities).toHaveLength(13);
  });
});
