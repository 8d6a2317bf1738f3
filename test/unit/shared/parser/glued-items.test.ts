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
