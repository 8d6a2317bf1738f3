/**
 * `npm run similar-asks`: groups the checklist items of related postings into "same
 * ask" groups with the app's grouping (shared/similarity) and scores them pair by pair
 * against hand labels (test/fixtures/similar-asks/truth.json): the five seeds, four
 * development sets of related corpus postings (one company; four companies; five
 * companies), and three held-out sets never tuned on. Prints, per set, the number of
 * groups, pairs grouped, and pairwise precision and recall. Exits 1 when a target
 * (precision 0.90, recall 0.75) is missed on the seeds or a development set.
 *
 * Options: `--show <set>` also prints that set's groups, wrong pairs, missed pairs and
 * unlabelled items (for development; use it on held-out only to report, never to tune).
 */
import { pathToFileURL } from 'node:url';
import { groupSimilarAsks, SIMILAR_ASK_THRESHOLD } from '../shared/similarity/index';
import { readTruth, scoreGroups, setItems } from './similar-asks/truth';

/** Pairwise targets from issue 10. */
export const TARGETS = { precision: 0.9, recall: 0.75 };

const pct = (value: number) => value.toFixed(3);

function main(argv: readonly string[]): number {
  const showAt = argv.indexOf('--show');
  const show = showAt >= 0 ? argv[showAt + 1] : undefined;
  const lines = [`Similar asks (threshold ${String(SIMILAR_ASK_THRESHOLD)})`];
  let failed = false;
  for (const set of readTruth()) {
    const items = setItems(set);
    const groups = groupSimilarAsks(items);
    const s = scoreGroups(set, items, groups);
    lines.push(
      `${set.name.padEnd(9)} postings ${String(set.postings.length)}, items ${String(items.length)}: ` +
        `groups ${String(s.groups)}, pairs grouped ${String(s.pairsGrouped)} ` +
        `(unjudged ${String(s.unjudged)}), labelled same-ask pairs ${String(s.truePairs)}; ` +
        `precision ${pct(s.precision)}, recall ${pct(s.recall)}`,
    );
    const missed = s.precision < TARGETS.precision || s.recall < TARGETS.recall;
    if (missed && !set.name.startsWith('held-out')) failed = true;
    if (set.name !== show) continue;
    for (const group of groups) {
      lines.push(`  group [${group.shared.join(', ')}]`);
      for (const item of group.items) lines.push(`    ${item.id}  ${item.text.slice(0, 100)}`);
    }
    for (const [a, b] of s.wrong) lines.push(`  WRONG  ${a.slice(0, 70)}  |  ${b.slice(0, 70)}`);
    for (const [a, b] of s.missed) lines.push(`  MISSED ${a.slice(0, 70)}  |  ${b.slice(0, 70)}`);
    for (const text of s.unlabelled) lines.push(`  UNLABELLED ${text.slice(0, 100)}`);
    for (const phrase of s.unmatched) lines.push(`  NO ITEM FOR ${phrase}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return failed ? 1 : 0;
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(invokedPath).href) {
  process.exitCode = main(process.argv.slice(2));
}
