import { describe, expect, it } from 'vitest';
import {
  askTerms,
  buildAskIndex,
  groupSimilarAsks,
  pairScore,
  sharedTerms,
  SIMILAR_ASK_THRESHOLD,
  stem,
} from '../../../../shared/similarity/index';
import type { AskItem } from '../../../../shared/similarity/index';

let next = 0;
function ask(roleId: string, text: string): AskItem {
  next += 1;
  return { id: `i${String(next)}`, roleId, text };
}

function texts(groups: ReturnType<typeof groupSimilarAsks>): string[][] {
  return groups.map((group) => group.items.map((item) => item.text));
}

describe('similar asks: terms', () => {
  it('stems lightly and keeps short words whole', () => {
    expect(stem('leading')).toBe(stem('leads'));
    expect(stem('managing')).toBe(stem('manage'));
    expect(stem('going')).toBe('going');
    expect(stem('skills')).toBe('skill');
  });

  it('drops the genre words and names concepts in plain words', () => {
    const labels = askTerms('Proven experience with software development and mentoring engineers');
    expect(labels.map((term) => term.label)).toEqual(['software engineering', 'developing people']);
    expect(askTerms('Experience with Go').map((term) => term.label)).toEqual(['Go']);
    expect(askTerms('go beyond the call').map((term) => term.label)).not.toContain('Go');
  });
});

describe('similar asks: grouping', () => {
  it('groups the same ask worded differently and explains what they share', () => {
    const a = ask(
      'lxd',
      'Technical leadership experience and a background in software engineering',
    );
    const b = ask(
      'server',
      'Technical leadership and a solid background in software development is a must',
    );
    const groups = groupSimilarAsks([a, b, ask('lxd', 'Willingness to travel')]);
    expect(texts(groups)).toEqual([[a.text, b.text]]);
    expect(groups[0]?.shared).toEqual(
      expect.arrayContaining(['leadership', 'software engineering']),
    );
    const index = buildAskIndex([a, b]);
    expect(sharedTerms(index, 0, 1)).toEqual(
      expect.arrayContaining(['leadership', 'software engineering']),
    );
  });

  it('keeps apart clearly different asks that share words', () => {
    const pairs: [string, string][] = [
      ['Experience with Go', 'Experience with Python'],
      ['Lead a team of engineers', 'Work in a team of engineers'],
      ['A degree in Computer Science', 'Willingness to travel up to 4 times a year'],
      ['Experience with distributed systems', 'Experience working in a distributed team'],
    ];
    for (const [left, right] of pairs) {
      expect(texts(groupSimilarAsks([ask('a', left), ask('b', right)]))).toEqual([]);
    }
  });

  it('reads the first skill a sentence names as its ask, later ones as qualifiers', () => {
    const lead = ask('a', 'You have experience leading teams with TypeScript, React and AWS');
    const manage = ask(
      'b',
      'You have 1+ years experience managing a team in a high growth company',
    );
    const stack = ask('c', 'Familiarity with TypeScript and React for frontend services');
    expect(texts(groupSimilarAsks([lead, manage, stack]))).toEqual([[lead.text, manage.text]]);
  });

  it('weighs a skill the same whichever roles are compared', () => {
    // By rarity, leadership (in every role here) would weigh less than one-off words and
    // the two leadership asks would fall apart once more leadership asks are indexed.
    const a = ask('a', 'Proven people leadership of engineering teams in a product company');
    const b = ask('b', 'Leadership of a distributed engineering organisation');
    const pair = buildAskIndex([a, b]);
    const others = ['c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((role) =>
      ask(role, 'Technical leadership'),
    );
    const crowd = buildAskIndex([a, b, ...others]);
    // Only the ordinary words' rarity moves (a little): 0.97 alone, 0.89 among ten roles.
    expect(pairScore(crowd, 0, 1)).toBeGreaterThan(pairScore(pair, 0, 1) - 0.1);
  });

  it('takes a bare "lead" for a word, not for leading people', () => {
    const steely = ask('a', 'We look for cheerful but steely leads who love open source');
    const leader = ask('b', 'Proven leadership of engineering teams');
    expect(texts(groupSimilarAsks([steely, leader]))).toEqual([]);
    expect(askTerms('Managing a team of five').map((term) => term.label)).toContain('leadership');
  });

  it('never pairs two items of the same role', () => {
    const same = [ask('a', 'Experience with Kubernetes'), ask('a', 'Experience with Kubernetes')];
    expect(groupSimilarAsks(same)).toEqual([]);
  });

  it('is deterministic: the same items in another order give the same groups', () => {
    const items = [
      ask('a', 'Bachelor degree in Computer Science'),
      ask('b', 'A university degree in computer science or similar'),
      ask('c', 'CS degree or equivalent'),
      ask('a', 'Travel up to 4 times a year'),
      ask('b', 'Willingness to travel'),
    ];
    const sorted = (groups: ReturnType<typeof groupSimilarAsks>) =>
      groups.map((group) => group.items.map((item) => item.id).sort()).sort();
    expect(sorted(groupSimilarAsks([...items].reverse()))).toEqual(sorted(groupSimilarAsks(items)));
    expect(groupSimilarAsks(items).map((group) => group.roleIds.length)).toEqual([3, 2]);
  });

  it('takes its cut-off from the one threshold', () => {
    const items = [ask('a', 'Strong Python skills'), ask('b', 'Python and Django')];
    expect(groupSimilarAsks(items, SIMILAR_ASK_THRESHOLD)).toHaveLength(1);
    expect(groupSimilarAsks(items, 1.01)).toEqual([]);
  });
});
