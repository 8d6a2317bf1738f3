import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePosting } from '../../../../shared/parser/index';
import type { ParsedPosting, ParsedRequirement } from '../../../../shared/parser/index';
import { textAndKind } from './well-formed';

// The five seed postings, parsed exactly: every listed item, its kind and its order is
// pinned with toEqual, so any change in what the parser extracts from them shows up here.
// The requirement sentences of their prose are pinned in seeds-pinned.test.ts.

/** The requirements that came from lists, as text and kind. */
function listed(posting: ParsedPosting): ParsedRequirement[] {
  return textAndKind(posting.requirements.filter((r) => r.source === 'list'));
}

function parseSeed(file: string): ParsedPosting {
  return parsePosting(readFileSync(new URL(`../../../../seeds/${file}`, import.meta.url), 'utf8'));
}

const required = (...texts: string[]): ParsedRequirement[] =>
  texts.map((text) => ({ text, kind: 'required' }));
const preferred = (...texts: string[]): ParsedRequirement[] =>
  texts.map((text) => ({ text, kind: 'preferred' }));

describe('seed 000 (plain headings, one item per line)', () => {
  const posting = parseSeed('000_0c6a167acd6ab0e4.txt');

  it('takes the six "Who you are" items as required', () => {
    expect(listed(posting)).toEqual(
      required(
        'You understand modern Linux cloud computing technologies, including networking, storage, containers and K8s',
        'You love developing and growing people and have a strong track record of doing it',
        'You are focused on success and the delivery of timely, high quality software',
        'You have a Bachelors or equivalent in Computer Science, STEM or similar degree',
        'You have strong written and verbal technical communication skills',
        'You have experience programming in C andor Go.',
      ),
    );
  });

  it('takes the seven "What youll do" items as responsibilities', () => {
    expect(posting.responsibilities).toEqual([
      'Lead a team of remote engineers',
      'Develop talent through coaching, mentoring, feedback and hands-on career development',
      'Set and manage expectations with other engineering teams, senior management, and external stakeholders',
      'Advocate and advance modern software development practices',
      'Participate in the engineering process through code and architectural review',
      'Engage with teams at Canonical, the open source community and partners',
      'Work from home with global travel for 4 to 6 weeks per year for internal and external events',
    ]);
  });

  it('finds the sections and the company named in "What is Canonical?"', () => {
    expect(posting.sections.map((s) => [s.heading, s.kind])).toEqual([
      ['', 'summary'],
      ['What youll do', 'responsibilities'],
      ['Who you are', 'requirements'],
      ['What is Canonical?', 'about'],
    ]);
    expect([posting.title, posting.company, posting.location, posting.sourceUrl]).toEqual([
      '',
      'Canonical',
      '',
      '',
    ]);
  });
});

describe('seed 001 (markdown)', () => {
  const posting = parseSeed('001_dfa62d79bcfee1ee.txt');

  it('takes the six "What we are looking for in you" items as required', () => {
    expect(listed(posting)).toEqual(
      required(
        'Proven track record in technical roles with Linux, preferably Ubuntu or Debian',
        'High quality software engineering with in-depth knowledge of C/C++ and Python',
        'Experience with one or more of: Ubuntu - kernel and userspace, deb/snap packaging, embedded linux, QEMU/KVM and/or OVS/OVN',
        'Experience working directly with customers, going beyond resolving their technical issues, to interpreting their business challenges and effectively communicating how your solution will meet their needs',
        'Experience managing software engineers with a track record of planning, delivery and quality',
        'Effective collaboration across multiple internal teams, building trust and delivering results',
      ),
    );
  });

  it('takes the seven "What your day will look like" items as responsibilities', () => {
    expect(posting.responsibilities).toEqual([
      'Lead a team of distributed engineers to design and implement the best Ubuntu integration for the latest server-class hardware platforms and software stacks',
      'Engage with commercial partners to deliver a delightful, optimised, first class Ubuntu experience on their platforms',
      'Develop your team through coaching, mentoring, leading by example, and feedback',
      'Oversee commercial engagements and support timely delivery on agreed project milestones',
      'Ensure an ongoing commitment to strict quality and reliability standards',
      'Engage with other teams at Canonical to ensure alignment on product architecture and roadmaps',
      'Work from home with global travel up to twice a year for up to two weeks',
    ]);
  });

  it('reads title, company, location and source URL from the header', () => {
    expect(posting.title).toBe('Linux Server Software Engineering Manager');
    expect(posting.company).toBe('Canonical');
    expect(posting.location).toBe('This is a Globally remote role');
    expect(posting.sourceUrl).toBe(
      'https://www.remotewlb.com/apply/linux-server-software-engineering-manager',
    );
  });

  it('classifies benefits, company and equal-opportunity sections', () => {
    expect(posting.sections.map((s) => [s.heading, s.kind])).toEqual([
      ['', 'summary'],
      ['What your day will look like', 'responsibilities'],
      ['What we are looking for in you', 'requirements'],
      ['What we offer you', 'benefits'],
      ['About Canonical', 'about'],
      ['Canonical is an equal opportunity employer', 'equal-opportunity'],
    ]);
    expect(posting.sections[3]?.items).toHaveLength(9);
  });
});

describe('seed 002 (plain headings, required and preferred lists)', () => {
  const posting = parseSeed('002_f97417a821afd7d2.txt');

  it('takes 12 required items, then the 5 "Additional skills" items as preferred', () => {
    expect(listed(posting)).toEqual([
      ...required(
        'You are capable of representing Canonical Ubuntu externally',
        'You have experience leading successful projects and teams',
        'You are organised and effective working through managers, from home',
        'You make well-considered plans and keep on top of progress weekly',
        'You are an articulate communicator',
        'You love technology and working with brilliant people',
        'You follow industry trends and new technologies, thoughtfully and carefully',
        'You understand and value how you do what you do, as well as what you do',
        'You have strong collaboration and influencing skills',
        'You are curious, flexible, articulate, and accountable',
        'You value soft skills and are passionate, enterprising, thoughtful, and self-motivated',
        'Willingness to travel up to 4 times a year for internal events',
      ),
      ...preferred(
        'Experience doing systems management of Linux infrastructure would be a plus',
        'A public record of community engagement, particularly with open source communities',
        'You are comfortable preparing and giving presentations',
        'Experience building highly scalable Python web applications would be a plus',
        'Experience building highly scalable SaaS applications would be a plus',
      ),
    ]);
  });

  it('takes the six responsibilities', () => {
    expect(posting.responsibilities).toEqual([
      'Collaborate proactively with multiple distributed teams',
      'Help engineering teams establish and achieve community engagement goals',
      'Establish consistency in community process, engagement, and interaction across engineering',
      'Influence others and represent technical insight to customers and other engineers',
      'Spend a significant amount of time mentoring others and providing cross-team input',
      'Work from home with global travel 4 to 6 weeks for internal and external events',
    ]);
  });

  it('reads the location line and the company from "About Canonical"', () => {
    expect(posting.title).toBe('');
    expect(posting.company).toBe('Canonical');
    expect(posting.location).toBe(
      'This role can be held anywhere in the Americas time zones, from Canada to Argentina :)',
    );
    expect(posting.sourceUrl).toBe('');
  });
});

describe('seed 003 (prose, no requirement list)', () => {
  const posting = parseSeed('003_9fd662947349757c.txt');

  it('finds the requirement sentences by their wording, in document order', () => {
    expect(textAndKind(posting.requirements)).toEqual([
      ...required(
        'You must be outstanding at maths and sciences, and have built high quality software, learned about open source ideally by working on it directly, and be looking for an engineering management role with a company that makes mission-critical products for the global market.',
        'You should also be familiar with the open source environment, and want to build products in partnership with a community.',
        'You must also have excellent judgement about people - their motivations, abilities, developmental needs and prospects for success.',
        'Engineering at Canonical requires hands-on code contribution and review, as well as architectural leadership.',
        'You will need to demonstrate insight into performance and quality engineering practices and ensure your team embraces effective disciplines on both fronts.',
        'You will need to be comfortable holding contributors accountable for work ethic and results.',
        'You must also have an understanding of security practices and principles and the impact that engineering choices have on product security.',
        'You should relish the opportunity to shape and direct and develop an engineering team that is happy and brilliant, and produces a product that will be a pleasure to use and to evolve.',
        'You must have deep experience with Python.',
      ),
      ...preferred(
        'Experience in HPC environments is a strong advantage.',
        'Familiarity with HPC hardware and software is also a strong advantage - delivering great experiences with Infiniband, RDMA, CUDA, MPI, Slurm, Lustre, Singularity and related technologies will be central to this teams work.',
        'It will also be advantageous to have experience with Docker image design and operations, and public cloud image design and operations.',
      ),
    ]);
  });

  it('takes nothing from the benefits, company or equal-opportunity text', () => {
    const texts = posting.requirements.map((r) => r.text).join('\n');
    expect(texts).not.toMatch(/base pay|remote working|Canonical is a pioneering|discrimination/);
    expect(posting.responsibilities).toEqual([]);
    expect(posting.sections.map((s) => s.kind)).toEqual([
      'summary',
      'benefits',
      'about',
      'equal-opportunity',
    ]);
  });
});

describe('seed 004 (glued list items)', () => {
  const posting = parseSeed('004_61980487fae0b1e4.txt');

  it('splits the six glued required items', () => {
    expect(listed(posting).filter((r) => r.kind === 'required')).toEqual(
      required(
        'A proven track record of professional experience of software delivery',
        'Professional python development experience, preferably with a track record in open source',
        'A proven understanding of the machine learning space, its challenges and opportunities to improve',
        'Experience designing and implementing MLOps solutions',
        'An exceptional academic track record from both high school and preferably university',
        'Willingness to travel up to 4 times a year for internal events',
      ),
    );
  });

  it('splits the ten glued "Additional skills" items as preferred, without the lead-in', () => {
    expect(listed(posting).filter((r) => r.kind === 'preferred')).toEqual(
      preferred(
        'Hands-on experience with machine learning libraries, or tools.',
        'Proven track record of building highly automated machine learning solutions for the cloud.',
        'Experience with building machine learning models',
        'Experience with container technologies (Docker, LXD, Kubernetes, etc.)',
        'Experience with public clouds (AWS, Azure, Google Cloud)',
        'Experience in the Linux and open-source software world',
        'Working knowledge of cloud computing',
        'Passionate about software quality and testing',
        'Experience working on a distributed team on an open source project -- even if that is community open source contributions.',
        'Demonstrated track record of Open Source contributions',
      ),
    );
    expect(listed(posting)).toHaveLength(16);
  });

  it('splits the nine glued responsibilities', () => {
    expect(posting.responsibilities).toEqual([
      'Manage a distributed team of engineers and its MLOps/Analytics portfolio',
      "Organize and lead the team's processes in order to help it achieve its objectives",
      'Conduct one-on-one meetings with team members',
      'Identify and measure team health indicators',
      'Interact with a vibrant community',
      'Review code produced by other engineers',
      'Attend conferences to represent Canonical and its MLOps solutions',
      'Mentor and grow your direct reports, helping them achieve their professional goals',
      'Work from home with global travel for 2 to 4 weeks per year for internal and external events',
    ]);
  });

  it('reads the title line and the LinkedIn URL', () => {
    expect(posting.title).toBe('Engineering Manager - MLOps & Analytics');
    expect(posting.sourceUrl).toBe('https://www.linkedin.com/jobs/search/?currentJobId=4125010828');
    expect(posting.company).toBe('Canonical');
    expect(posting.location).toBe('This is a Globally remote role');
  });

  it('keeps the lead-in as a paragraph of the "Additional skills" section', () => {
    const section = posting.sections.find((s) => s.kind === 'nice-to-haves');
    expect(section?.paragraphs).toEqual([
      "The following skills may be helpful to you in the role, but we don't expect everyone to bring all of them.",
    ]);
  });
});
