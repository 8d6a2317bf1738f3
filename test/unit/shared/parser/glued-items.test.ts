import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitGluedItems } from '../../../../shared/parser/index';

describe('splitGluedItems', () => {
  it.each([
    [
      'portfolioOrganize and lead',
      'a portfolioOrganize and lead the team',
      ['a portfolio', 'Organize and lead the team'],
    ],
    [
      'deliveryProfessional',
      'software deliveryProfessional python work',
      ['software delivery', 'Professional python work'],
    ],
    [
      'tools.Proven',
      'libraries, or tools.Proven track record',
      ['libraries, or tools.', 'Proven track record'],
    ],
    [
      'queries.MySQL/MariaDB',
      'Experience with complex queries.MySQL/MariaDB: tuning and upgrades',
      ['Experience with complex queries.', 'MySQL/MariaDB: tuning and upgrades'],
    ],
    [
      'writingRussian/Ukrainian',
      'Intermediate technical reading and writingRussian/Ukrainian languages',
      ['Intermediate technical reading and writing', 'Russian/Ukrainian languages'],
    ],
    [
      'etc.)Experience',
      'tools (Docker, etc.)Experience with clouds',
      ['tools (Docker, etc.)', 'Experience with clouds'],
    ],
    [
      'Cloud)Experience',
      'clouds (AWS, Google Cloud)Experience in Linux',
      ['clouds (AWS, Google Cloud)', 'Experience in Linux'],
    ],
    [
      'sourceA proven',
      'track record in open sourceA proven understanding',
      ['track record in open source', 'A proven understanding'],
    ],
    [
      'solutionsAn exceptional',
      'MLOps solutionsAn exceptional record',
      ['MLOps solutions', 'An exceptional record'],
    ],
    [
      '2004!Personal',
      'remote since 2004!Personal learning budget',
      ['remote since 2004!', 'Personal learning budget'],
    ],
    ['field.5+ years', 'a related field.5+ years of Go', ['a related field.', '5+ years of Go']],
    [
      'equivalent12+ years',
      'BS or equivalent12+ years of Go',
      ['BS or equivalent', '12+ years of Go'],
    ],
    [
      'MUST3+ years',
      'Golang is a MUST3+ years with Kubernetes',
      ['Golang is a MUST', '3+ years with Kubernetes'],
    ],
    [
      '(PostgreSQL)+3 years',
      'Backend (Node, PostgreSQL)+3 years of React',
      ['Backend (Node, PostgreSQL)', '+3 years of React'],
    ],
    [
      '(C#)Expertise',
      'frameworks like .NET (C#)Expertise in design',
      ['frameworks like .NET (C#)', 'Expertise in design'],
    ],
    [
      'C#Expertise',
      'backend development using C#Expertise in design',
      ['backend development using C#', 'Expertise in design'],
    ],
    [
      'C#.Experience',
      'code with X++, C#.Experience with extensions',
      ['code with X++, C#.', 'Experience with extensions'],
    ],
    [
      'correlatas.;Sólida',
      'Computação ou correlatas.;Sólida experiência em Web',
      ['Computação ou correlatas.;', 'Sólida experiência em Web'],
    ],
    [
      'MySQL.Meaningful',
      'Experience with MySQL.Meaningful experience with PHP',
      ['Experience with MySQL.', 'Meaningful experience with PHP'],
    ],
    [
      'AWSStrong',
      'services running on AWSStrong track record',
      ['services running on AWS', 'Strong track record'],
    ],
    [
      'APIsUnderstanding',
      'backend Restful APIsUnderstanding of security',
      ['backend Restful APIs', 'Understanding of security'],
    ],
    [
      'MongoDBCreating',
      'MySQL and MongoDBCreating database structures',
      ['MySQL and MongoDB', 'Creating database structures'],
    ],
    [
      'GitHubWillingness',
      'experience with GitHubWillingness to be on call',
      ['experience with GitHub', 'Willingness to be on call'],
    ],
    [
      "GoYou'll",
      "experience with GoYou'll work with Python",
      ['experience with Go', "You'll work with Python"],
    ],
    [
      'teamsBachelor’s',
      'agile teamsBachelor’s degree in CS',
      ['agile teams', 'Bachelor’s degree in CS'],
    ],
    [
      'tools.Hands-on',
      'or tools.Hands-on experience with Go',
      ['or tools.', 'Hands-on experience with Go'],
    ],
    [
      'bug-fixingPositive,',
      'and bug-fixingPositive, hard-working player',
      ['and bug-fixing', 'Positive, hard-working player'],
    ],
    [
      'skillsBS in',
      'Strong communication skillsBS in engineering',
      ['Strong communication skills', 'BS in engineering'],
    ],
    [
      '(AWS).1+ years',
      'Cloud experience (AWS).1+ years of design',
      ['Cloud experience (AWS).', '1+ years of design'],
    ],
    [
      'Development.1 to 2 years',
      '3 years in C# Development.1 to 2 years in F&O',
      ['3 years in C# Development.', '1 to 2 years in F&O'],
    ],
    [
      'ExpressJS5+ years',
      'development using ExpressJS5+ years in NodeJS',
      ['development using ExpressJS', '5+ years in NodeJS'],
    ],
    [
      'Modeling.ETL Tools',
      'data modeling.ETL tools and Airflow',
      ['data modeling.', 'ETL tools and Airflow'],
    ],
    [
      'experienceNext.js',
      'Webhooks integration experienceNext.js experience',
      ['Webhooks integration experience', 'Next.js experience'],
    ],
    [
      'landscape.Proficient:',
      'crypto landscape.Proficient: Highly fluent',
      ['crypto landscape.', 'Proficient: Highly fluent'],
    ],
    [
      'TechnologyThe ability',
      'around Blockchain TechnologyThe ability to work',
      ['around Blockchain Technology', 'The ability to work'],
    ],
  ])('splits at %s', (_name, text, expected) => {
    expect(splitGluedItems(text)).toEqual(expected);
  });

  it.each([
    'Experience with MLOps and MLFlow pipelines',
    'Containers such as LXD and Docker',
    'Building iPhone and iPad apps',
    'DevOps culture and GitHub workflows',
    'JavaScript, TypeScript and PostgreSQL skills',
    'TensorFlow models and PowerShell scripts',
    'Visit LinkedIn today and YouTube later',
    'Experience with ASP.Net Core and Node.js services',
    'React hooks (useState, useEffect) and onClick handlers',
    'A degree in CS, e.g. from a university',
    'K8s clusters',
    'Writing PHPUnit tests and SQLAlchemy models',
    'Served in the U.S.Army for years',
    'Languages, e.g.Python and Go',
    'Python 3 and Node 18 years ago',
    'Use Python3 daily',
    'Scale EC2 instances and S3 buckets',
    'Experience with JIRA and other collaboration tools',
    'Familiarity with DevOps practices for RPA deployment and updates',
    'Experience with macOS and Linux desktops',
    'Use Node.js and Vue.js daily',
    'Shipped apps with Next.js and React',
  ])('keeps %s whole', (text) => {
    expect(splitGluedItems(text)).toEqual([text]);
  });

  it('splits the glued requirements line of seed 004 into its six items', () => {
    const line =
      'A proven track record of professional experience of software deliveryProfessional python development experience, preferably with a track record in open sourceA proven understanding of the machine learning space, its challenges and opportunities to improveExperience designing and implementing MLOps solutionsAn exceptional academic track record from both high school and preferably universityWillingness to travel up to 4 times a year for internal events';
    expect(splitGluedItems(line)).toHaveLength(6);
  });

  it('merges a piece of one word back into its neighbour', () => {
    expect(splitGluedItems('portfolioOrganize and lead')).toEqual(['portfolioOrganize and lead']);
  });

  it('only ever cuts the text: the pieces joined give the trimmed input back', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const pieces = splitGluedItems(text);
        expect(pieces.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      }),
    );
  });
});
