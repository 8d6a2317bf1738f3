import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePosting } from '../../../../shared/parser/index';
import type { ParsedPosting, RequirementKind } from '../../../../shared/parser/index';

// Issue 9, pinned on the five seeds: every requirement sentence the issue quotes is an
// item of its own (the whole sentence, not a fragment) with the right kind; every item
// the parser found before the issue is still found; no duty sentence becomes an item;
// and each seed's checklist is fully labelled below, so extra items fail too.

const manifest = JSON.parse(
  readFileSync(new URL('../../../../seeds/manifest.json', import.meta.url), 'utf8'),
) as { seeds: { file: string; title: string }[] };

const before = JSON.parse(
  readFileSync(new URL('../../../fixtures/parse-eval/seeds-before.json', import.meta.url), 'utf8'),
) as { seeds: { file: string; items: { text: string; kind: RequirementKind }[] }[] };

function seedFile(title: string): string {
  const seed = manifest.seeds.find((s) => s.title.includes(title));
  if (seed === undefined) throw new Error(`no seed titled ${title}`);
  return seed.file;
}

function parseSeed(file: string): ParsedPosting {
  return parsePosting(readFileSync(new URL(`../../../../seeds/${file}`, import.meta.url), 'utf8'));
}

/** Lower case, letters and digits only, single spaces (apostrophes are lost in some seeds). */
function norm(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const R = 'required' as const;
const P = 'preferred' as const;

/** Per seed: the quotes, the full expected prose items, and the duty sentences. */
const SEEDS: {
  title: string;
  quoted: [string, RequirementKind][];
  prose: [string, RequirementKind][];
  duties: string[];
}[] = [
  {
    title: 'LXD',
    quoted: [
      [
        'Technical leadership experience and a background in software engineering are necessary prerequisites for this role.',
        R,
      ],
      [
        'The successful candidate will have experience leading successful, collaborative engineering teams, and demonstrate the ability to solve challenging distributed systems problems and deep knowledge of Linux.',
        R,
      ],
      [
        'Were hiring engineering managers with experience in high-quality microservice architectures and high-performance team leadership who also have deep familiarity with Linux kernel, virtualisation, storage and networking.',
        R,
      ],
    ],
    prose: [
      [
        'You must be technically strong, but your responsibility is to run an effective team and develop the colleagues you manage.',
        R,
      ],
      // What the posting's best engineers are is what it asks of the candidate (the
      // labelling rule: "whoever the grammatical subject is"); the prose judge takes it.
      [
        'Our most effective engineers are fluent in all these layers, and able to anticipate the consequences of design and engineering choices elsewhere in a complex distributed system.',
        R,
      ],
    ],
    duties: [
      'You are expected to help them grow as engineers',
      'You will be expected to lead, challenge, and develop strong engineers',
      'LXD components span the entire software stack',
    ],
  },
  {
    title: 'Linux Server',
    quoted: [
      [
        'Technical leadership and a solid background in software engineering is a must, so that you’re able to challenge and grow your team members.',
        R,
      ],
      [
        'The right candidate must be resourceful, articulate, and able to deliver on a wide variety of solutions across server and data center technologies.',
        R,
      ],
    ],
    prose: [],
    duties: [
      'you will lead an engineering team that works across the full Linux server stack',
      'You will manage relationships with our key technology partners',
      'Code reviews and architectural leadership are part of the job.',
      'the commitment to healthy engineering practices, documentation, quality and performance optimisation are equally important technical responsibilities',
      'You will have the opportunity to influence the culture',
    ],
  },
  {
    title: 'Landscape',
    quoted: [
      [
        'Were looking for someone with a proven track record in management, and delivery of quality software over time.',
        R,
      ],
      [
        'Significant past experience with hands-on software development, particularly in Go, is desirable.',
        P,
      ],
      ['Technical contribution through code is a plus but not the primary focus of this role.', P],
    ],
    prose: [
      [
        'You are expected to be deeply technical and to enjoy working with code, but your primary responsibility is to develop and guide your teams.',
        R,
      ],
      [
        'We look for cheerful but steely leads, who are ambitious to compete with the best companies in the world and deliver a better experience for open source at scale.',
        R,
      ],
    ],
    duties: [
      'Youll be responsible for the day-to-day leadership of several teams',
      'You facilitate and ensure that they are continually improving',
      'You will have the opportunity to influence the culture',
      'Youll be delivering a large project',
      'You will be expected to lead and facilitate technical design and architecture work',
      'The role is fully remote, with global travel for 4-6 weeks per year',
    ],
  },
  {
    title: 'HPC',
    quoted: [],
    prose: [
      [
        'You must be outstanding at maths and sciences, and have built high quality software, learned about open source ideally by working on it directly, and be looking for an engineering management role with a company that makes mission-critical products for the global market.',
        R,
      ],
      [
        'You should also be familiar with the open source environment, and want to build products in partnership with a community.',
        R,
      ],
      [
        'You must also have excellent judgement about people - their motivations, abilities, developmental needs and prospects for success.',
        R,
      ],
      [
        'Engineering at Canonical requires hands-on code contribution and review, as well as architectural leadership.',
        R,
      ],
      [
        'You will need to demonstrate insight into performance and quality engineering practices and ensure your team embraces effective disciplines on both fronts.',
        R,
      ],
      [
        'You will need to be comfortable holding contributors accountable for work ethic and results.',
        R,
      ],
      [
        'You must also have an understanding of security practices and principles and the impact that engineering choices have on product security.',
        R,
      ],
      [
        'You should relish the opportunity to shape and direct and develop an engineering team that is happy and brilliant, and produces a product that will be a pleasure to use and to evolve.',
        R,
      ],
      ['You must have deep experience with Python.', R],
      ['Experience in HPC environments is a strong advantage.', P],
      [
        'Familiarity with HPC hardware and software is also a strong advantage - delivering great experiences with Infiniband, RDMA, CUDA, MPI, Slurm, Lustre, Singularity and related technologies will be central to this teams work.',
        P,
      ],
      [
        'It will also be advantageous to have experience with Docker image design and operations, and public cloud image design and operations.',
        P,
      ],
    ],
    duties: [
      'We expect teams to deliver well-documented products',
      'This role covers engineering management of a software development team',
    ],
  },
  {
    title: 'MLOps',
    quoted: [
      [
        'We expect Engineering Managers to be fluent in the programming language, architecture, and components that their team uses, in this case popular open-source machine learning tools like Kubeflow, MLFlow, and Feast.',
        R,
      ],
    ],
    prose: [
      [
        'You must be technically strong, but your main responsibility is to run an effective team and develop the colleagues you manage.',
        R,
      ],
    ],
    duties: [
      'You will develop and review code as a leader',
      'You are expected to help them grow as engineers',
      'You will also be expected to be a positive influence on culture',
      'You will collaborate closely with other Engineering Managers',
      'Code reviews and architectural leadership are part of the job.',
      'The commitment to healthy engineering practices, documentation, quality and performance optimisation is as important',
    ],
  },
];

describe.each(SEEDS)('seed “$title”: the checklist the applicant can trust', (seed) => {
  const file = seedFile(seed.title);
  const posting = parseSeed(file);
  const items = posting.requirements.map((r) => ({ text: norm(r.text), kind: r.kind }));
  const listedBefore = before.seeds.find((s) => s.file === file)?.items ?? [];

  it.each(seed.quoted)('has the quoted sentence as a whole item: %s', (quote, kind) => {
    const found = posting.requirements.find((r) => norm(r.text).includes(norm(quote)));
    expect(found?.kind).toBe(kind);
    // The item is the sentence, not a fragment: the quote is all of it.
    expect(norm(found?.text ?? '')).toBe(norm(quote));
    expect(found?.source).toBe('prose');
  });

  it('still has every item the parser found before, with its kind', () => {
    expect(listedBefore.length).toBeGreaterThan(0);
    for (const old of listedBefore) {
      const text = norm(old.text);
      // An old prose sentence may now be trimmed of its framing ("For this role you must
      // have…" → "You must have…"); it must keep most of its words.
      const found = items.find(
        (item) =>
          item.text === text || (text.includes(item.text) && item.text.length >= text.length * 0.6),
      );
      expect(found, old.text).toBeDefined();
      expect(found?.kind, old.text).toBe(old.kind);
    }
  });

  it('adds no duty sentence and no responsibility', () => {
    for (const duty of [...seed.duties, ...posting.responsibilities]) {
      const d = norm(duty);
      expect(
        items.filter((item) => item.text.includes(d) || d.includes(item.text)),
        duty,
      ).toEqual([]);
    }
  });

  it('is fully labelled: exactly the items before, the quoted and the other prose items', () => {
    // HPC's items before were its prose sentences, listed (trimmed) in `prose` above.
    const expected = [
      ...(seed.title === 'HPC' ? [] : listedBefore),
      ...[...seed.quoted, ...seed.prose].map(([text, kind]) => ({ text, kind })),
    ].map((item) => `${item.kind} ${norm(item.text)}`);
    const actual = items.map((item) => `${item.kind} ${item.text}`);
    expect([...actual].sort()).toEqual([...new Set(expected)].sort());
  });

  it('says where each item came from and why', () => {
    for (const requirement of posting.requirements) {
      expect(posting.sections[requirement.sectionIndex ?? -1]).toBeDefined();
      expect(requirement.why).toMatch(requirement.source === 'list' ? /^under “/ : /^cue: “/);
    }
  });
});
