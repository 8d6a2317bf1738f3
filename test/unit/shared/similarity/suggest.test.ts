import { describe, expect, it } from 'vitest';
import {
  buildSuggestionIndex,
  compareRoles,
  similarAsksTo,
  suggestSimilarAsks,
} from '../../../../shared/similarity/index';
import type { CompareItem } from '../../../../shared/similarity/index';
import { readTruth, setItems } from '../../../../scripts/similar-asks/truth';

const seeds = readTruth().find((set) => set.name === 'seeds');
if (!seeds) throw new Error('no seeds set');
const SEED_ITEMS = setItems(seeds);

function seedItem(role: string, phrase: string) {
  const found = SEED_ITEMS.find((item) => item.roleId === role && item.text.includes(phrase));
  if (!found) throw new Error(`no ${role} item with ${phrase}`);
  return found;
}

describe('similar asks to one item', () => {
  it('suggests the same ask in other roles, once per role, with what they share', () => {
    const lxd = seedItem('lxd', 'Technical leadership experience');
    const suggestions = suggestSimilarAsks(lxd, SEED_ITEMS);
    const server = suggestions.find((s) => s.item.roleId === 'server');
    expect(server?.item.text).toMatch(/^Technical leadership and a solid background/);
    expect(server?.shared).toEqual(expect.arrayContaining(['leadership', 'software engineering']));
    expect(suggestions.some((s) => s.item.roleId === 'lxd')).toBe(false);
    const roles = suggestions.map((s) => s.item.roleId);
    expect(new Set(roles).size).toBe(roles.length);
    const scores = suggestions.map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('suggests travel for travel and never for the degree', () => {
    const index = buildSuggestionIndex(SEED_ITEMS);
    const travel = seedItem('mlops', 'Willingness to travel');
    expect(similarAsksTo(index, travel.id).map((s) => s.item.text)).toEqual([
      expect.stringMatching(/^Willingness to travel/),
    ]);
    const degree = seedItem('lxd', 'Bachelors');
    expect(similarAsksTo(index, degree.id).some((s) => /travel/i.test(s.item.text))).toBe(false);
    expect(similarAsksTo(index, 'no-such-id')).toEqual([]);
  });
});

/** A deterministic stand-in for 5,000 roles of 12 items each: seed asks, every text unique. */
function manyRequirements(roles: number, perRole: number): CompareItem[] {
  const texts = SEED_ITEMS.map((item) => item.text);
  const items: CompareItem[] = [];
  for (let role = 0; role < roles; role += 1) {
    for (let order = 0; order < perRole; order += 1) {
      const base = texts[(role * 7 + order * 13) % texts.length] ?? '';
      items.push({
        id: `r${String(role)}-${String(order)}`,
        roleId: `r${String(role)}`,
        text: `${base} (team ${String(role)})`,
        kind: order % 3 === 0 ? 'preferred' : 'required',
        checked: 0,
        order,
        storyIds: [],
      });
    }
  }
  return items;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

describe('similar asks at 5,000 roles and 60,000 requirements', () => {
  it('answers a suggestion and a 5-role comparison quickly (figures printed, not asserted)', () => {
    const all = manyRequirements(5000, 12);
    let start = performance.now();
    const index = buildSuggestionIndex(all);
    const buildMs = performance.now() - start;
    const suggestMs: number[] = [];
    const compareMs: number[] = [];
    for (let n = 0; n < 15; n += 1) {
      const target = all[(n * 3989) % all.length];
      if (!target) continue;
      start = performance.now();
      const found = similarAsksTo(index, target.id);
      suggestMs.push(performance.now() - start);
      expect(found.every((s) => s.item.roleId !== target.roleId)).toBe(true);
      const roleIds = [0, 1, 2, 3, 4].map((k) => `r${String((n * 331 + k * 977) % 5000)}`);
      start = performance.now();
      const wanted = new Set(roleIds);
      const result = compareRoles(
        roleIds.map((id) => ({ id, title: id })),
        all.filter((item) => wanted.has(item.roleId)),
      );
      compareMs.push(performance.now() - start);
      expect(result.ok).toBe(true);
    }
    console.info(
      `60,000 requirements: index built in ${buildMs.toFixed(0)} ms; similar asks to one ` +
        `item, median ${median(suggestMs).toFixed(2)} ms; comparison of 5 roles (60 items, ` +
        `picked from 60,000), median ${median(compareMs).toFixed(2)} ms`,
    );
  });
});
