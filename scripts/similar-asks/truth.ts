/**
 * The labelled "same ask" truth (test/fixtures/similar-asks/truth.json) and pairwise
 * scoring of a grouping against it. Postings are parsed the way the app seeds a role
 * (`parsePosting(text).requirements`, in order), and labelled items are found by key
 * phrase, so the labels survive a parser that finds more items: an item no phrase
 * names is unlabelled, and a grouped pair with such an item is counted as unjudged.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSampleRoles } from '../../shared/domain/seeds';
import { parsePosting } from '../../shared/parser/index';
import type { AskGroup, AskItem } from '../../shared/similarity/index';

const root = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = resolve(root, 'test/fixtures/similar-asks');

/** One labelled item: the posting's key and a phrase of the item's text. */
type Phrase = readonly [posting: string, phrase: string];

/** A labelled set of related postings. */
export interface TruthSet {
  readonly name: string;
  readonly postings: readonly { key: string; seed?: string; file?: string }[];
  readonly asks: readonly { ask: string; items: readonly Phrase[] }[];
  readonly alone: readonly Phrase[];
}

/** Lower case, letters and digits only, single spaces (apostrophes dropped first). */
export function normPhrase(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** Reads the labelled sets. */
export function readTruth(): TruthSet[] {
  const file = JSON.parse(readFileSync(resolve(FIXTURES, 'truth.json'), 'utf8')) as {
    sets: TruthSet[];
  };
  return file.sets;
}

function seedTexts(): Map<string, string> {
  const manifest: unknown = JSON.parse(readFileSync(resolve(root, 'seeds/manifest.json'), 'utf8'));
  const files = new Map<string, string>();
  for (const entry of (manifest as { seeds: { file: string }[] }).seeds) {
    files.set(entry.file, readFileSync(resolve(root, 'seeds', entry.file), 'utf8'));
  }
  return new Map(loadSampleRoles(manifest, files).map((role) => [role.seedKey, role.text]));
}

/**
 * The checklist items of a set's postings, as the app would seed them: ids are
 * `key#order`, the role is the posting's key.
 */
export function setItems(set: TruthSet): AskItem[] {
  const seeds = set.postings.some((posting) => posting.seed)
    ? seedTexts()
    : new Map<string, string>();
  return set.postings.flatMap((posting) => {
    const text = posting.seed
      ? seeds.get(posting.seed)
      : readFileSync(resolve(FIXTURES, posting.file ?? ''), 'utf8');
    if (text === undefined) throw new Error(`no posting for ${posting.key}`);
    return parsePosting(text).requirements.map((item, order) => ({
      id: `${posting.key}#${String(order)}`,
      roleId: posting.key,
      text: item.text,
    }));
  });
}

/** What each item is labelled with: its asks, or alone, or nothing (unlabelled). */
export function labelItems(set: TruthSet, items: readonly AskItem[]) {
  const asks = new Map<string, Set<string>>();
  const primary = new Map<string, string>();
  const labelled = new Set<string>();
  const unmatched: string[] = [];
  const find = ([posting, phrase]: Phrase) => {
    const needle = normPhrase(phrase);
    const found = items.filter(
      (item) => item.roleId === posting && normPhrase(item.text).includes(needle),
    );
    if (found.length === 0) unmatched.push(`${posting}: ${phrase}`);
    return found;
  };
  for (const { ask, items: phrases } of set.asks) {
    for (const item of phrases.flatMap(find)) {
      asks.set(item.id, (asks.get(item.id) ?? new Set()).add(ask));
      if (!primary.has(item.id)) primary.set(item.id, ask);
      labelled.add(item.id);
    }
  }
  for (const item of set.alone.flatMap(find)) labelled.add(item.id);
  return { asks, primary, labelled, unmatched };
}

/** Pairwise scores of a grouping against the labels. */
export interface PairScores {
  groups: number;
  pairsGrouped: number;
  truePairs: number;
  correct: number;
  unjudged: number;
  precision: number;
  recall: number;
  unlabelled: string[];
  unmatched: string[];
  wrong: [string, string][];
  missed: [string, string][];
}

function crossPairs(items: readonly AskItem[]): [AskItem, AskItem][] {
  const pairs: [AskItem, AskItem][] = [];
  items.forEach((a, i) => {
    for (const b of items.slice(i + 1)) if (a.roleId !== b.roleId) pairs.push([a, b]);
  });
  return pairs;
}

/**
 * Scores groups pair by pair. A grouped pair of items from different postings is right
 * when the two share any ask (one story answers both). Recall counts the pairs of items
 * whose main ask (the first ask naming them in the file) is the same, because a grouping
 * puts each item in one group and a sentence asking for two things can only join one.
 */
export function scoreGroups(
  set: TruthSet,
  items: readonly AskItem[],
  groups: readonly AskGroup<AskItem>[],
): PairScores {
  const { asks, primary, labelled, unmatched } = labelItems(set, items);
  const same = (a: AskItem, b: AskItem) =>
    [...(asks.get(a.id) ?? [])].some((ask) => asks.get(b.id)?.has(ask));
  const grouped = new Set<string>();
  const wrong: [string, string][] = [];
  let correct = 0;
  let unjudged = 0;
  let pairsGrouped = 0;
  for (const group of groups) {
    for (const [a, b] of crossPairs(group.items)) {
      pairsGrouped += 1;
      grouped.add(`${a.id} ${b.id}`);
      if (!labelled.has(a.id) || !labelled.has(b.id)) unjudged += 1;
      else if (same(a, b)) correct += 1;
      else wrong.push([a.text, b.text]);
    }
  }
  // A grouping puts an item in one row, so recall asks for each item's main ask only.
  const truth = crossPairs(items).filter(
    ([a, b]) => primary.has(a.id) && primary.get(a.id) === primary.get(b.id),
  );
  const missed = truth
    .filter(([a, b]) => !grouped.has(`${a.id} ${b.id}`))
    .map(([a, b]): [string, string] => [a.text, b.text]);
  const judged = pairsGrouped - unjudged;
  return {
    groups: groups.length,
    pairsGrouped,
    truePairs: truth.length,
    correct,
    unjudged,
    precision: judged === 0 ? 1 : correct / judged,
    recall: truth.length === 0 ? 1 : (truth.length - missed.length) / truth.length,
    unlabelled: items.filter((item) => !labelled.has(item.id)).map((item) => item.text),
    unmatched,
    wrong,
    missed,
  };
}
