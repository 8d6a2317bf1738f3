/**
 * Trains the prose judge (shared/parser/prose-judge.ts) on the development prose postings
 * and writes its weights to shared/parser/prose-judge-weights.json.
 *
 *   npm run train-prose-judge            cross-validate, then train on all and write
 *   npm run train-prose-judge -- --cv    cross-validate only (print the figures)
 *
 * Cross-validation: ten folds by posting (posting index mod 10), every form of a posting
 * in the same fold. The regularisation and the two thresholds are chosen on the folds'
 * out-of-fold scores only: the best mean precision whose recall stays at or above
 * {@link MIN_RECALL} in every form. The held-out prose postings are never read here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORMS } from './parse-eval/degrade';
import type { ProsePosting } from './parse-eval/prose';
import {
  collectCandidates,
  countedTruth,
  freshCandidates,
  type Candidate,
  type FreshPosting,
} from './prose-judge/candidates';
import { commonFeatures, fit, predict, type Fitted } from './prose-judge/logistic';

const root = fileURLToPath(new URL('..', import.meta.url));
const FOLDS = 10;
/** Recall every form must keep on the folds (the target is 0.85; the margin is for unseen postings). */
const MIN_RECALL = Number(process.env.MIN_RECALL ?? 0.845);
/** Share of the fresh postings' true candidates the judge must still take. */
const MIN_KEPT = Number(process.env.MIN_KEPT ?? 0.95);
/** A feature must occur in this many development postings to be learned at all. */
const MIN_POSTINGS = 3;
/** Weights smaller than this are left out of the table (they barely move a score). */
const MIN_WEIGHT = 0.03;
const FRESH_WEIGHT = Number(process.env.FRESH_WEIGHT ?? 3);
const L2_GRID = (process.env.L2 ?? '0.3,1,3').split(',').map(Number);
const TRAINING = { rounds: 300, rate: 0.5 };
const KEEP_GRID = Array.from({ length: 13 }, (_, i) => 0.1 + i * 0.05);
const PROMOTE_GRID = process.env.NO_PROMOTE
  ? [2]
  : [...Array.from({ length: 8 }, (_, i) => 0.6 + i * 0.05), 2];

const postings = (
  JSON.parse(readFileSync(resolve(root, 'test/fixtures/parse-eval/prose.json'), 'utf8')) as {
    postings: ProsePosting[];
  }
).postings
  .filter((p) => p.set === 'dev')
  .map((p) => ({ id: p.id, text: p.text ?? '', items: p.items }));
const fresh = (
  JSON.parse(readFileSync(resolve(root, 'test/fixtures/parse-eval/prose-fresh.json'), 'utf8')) as {
    postings: FreshPosting[];
  }
).postings;
const truthCounts = postings.map((p) => countedTruth(p.items).length);
const devRows = collectCandidates(postings);
const freshRows = freshCandidates(fresh, postings.length);
const rows = [...devRows, ...freshRows];
const isFresh = (row: Candidate) => row.posting >= postings.length;
const label = (row: Candidate): 0 | 1 => (row.truth >= 0 ? 1 : 0);

function train(subset: readonly Candidate[], l2: number): Fitted {
  const vocabulary = commonFeatures(subset, MIN_POSTINGS);
  // Fresh rows count more: they show the cues' mistakes on postings the cues were not
  // tuned on, which is what the judge is for.
  const weighted = subset.flatMap((row) =>
    isFresh(row) ? Array<Candidate>(FRESH_WEIGHT).fill(row) : [row],
  );
  return fit(
    weighted.map((row) => ({ features: row.features, label: label(row) })),
    vocabulary,
    { l2, ...TRAINING },
  );
}

/** Out-of-fold probabilities, one per row. */
function outOfFold(l2: number): number[] {
  const scores = rows.map(() => 0);
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = train(
      rows.filter((row) => row.posting % FOLDS !== fold),
      l2,
    );
    rows.forEach((row, i) => {
      if (row.posting % FOLDS === fold) scores[i] = predict(model, row.features);
    });
  }
  return scores;
}

interface Figures {
  precision: number;
  recall: number;
}

/** Prose precision and recall per form when the judge uses these thresholds. */
function figures(scores: readonly number[], keep: number, promote: number): Figures[] {
  return FORMS.map((form) => {
    let kept = 0;
    let matched = 0;
    rows.forEach((row, i) => {
      if (row.form !== form || isFresh(row)) return;
      const score = scores[i] ?? 0;
      const taken = row.judged ? score >= (row.sure ? keep : promote) : row.sure;
      if (!taken) return;
      kept++;
      if (row.truth >= 0) matched++;
    });
    const truth = truthCounts.reduce((a, b) => a + b, 0);
    return { precision: kept ? matched / kept : 0, recall: truth ? matched / truth : 0 };
  });
}

/** On the fresh postings: precision of what is taken, and share of true candidates taken. */
function freshFigures(scores: readonly number[], keep: number, promote: number) {
  let taken = 0;
  let right = 0;
  let wanted = 0;
  let wantedTaken = 0;
  rows.forEach((row, i) => {
    if (!isFresh(row)) return;
    const take = (scores[i] ?? 0) >= (row.sure ? keep : promote);
    const good = row.truth >= 0;
    if (take) taken++;
    if (take && good) right++;
    if (good) wanted++;
    if (good && take) wantedTaken++;
  });
  return { precision: right / taken, kept: wantedTaken / wanted };
}

const show = (f: readonly Figures[]) =>
  f
    .map((x, i) => `${FORMS[i] ?? ''} P ${x.precision.toFixed(3)} R ${x.recall.toFixed(3)}`)
    .join(' | ');

const showFresh = (f: { precision: number; kept: number }) =>
  `fresh P ${f.precision.toFixed(3)}, true ones kept ${f.kept.toFixed(3)}`;
console.log(
  `${String(postings.length)} development postings (${String(devRows.length)} candidates), ` +
    `${String(fresh.length)} fresh postings (${String(freshRows.length)} labelled candidates)`,
);
const everything = rows.map(() => 1);
console.log(
  `cues alone: ${show(figures(everything, 0, 2))}; ${showFresh(freshFigures(everything, 0, 2))}`,
);
interface Choice {
  l2: number;
  keep: number;
  promote: number;
  figures: Figures[];
  fresh: { precision: number; kept: number };
}
let best: Choice | undefined;
for (const l2 of L2_GRID) {
  const scores = outOfFold(l2);
  for (const keep of KEEP_GRID) {
    for (const promote of PROMOTE_GRID) {
      const f = figures(scores, keep, promote);
      const freshF = freshFigures(scores, keep, promote);
      if (process.argv.includes('--table') && promote > 1) {
        console.log(`  l2 ${String(l2)} keep ${keep.toFixed(2)}: ${show(f)}; ${showFresh(freshF)}`);
      }
      if (Math.min(...f.map((x) => x.recall)) < MIN_RECALL || freshF.kept < MIN_KEPT) continue;
      if (!best || freshF.precision > best.fresh.precision + 1e-9) {
        best = { l2, keep, promote, figures: f, fresh: freshF };
      }
    }
  }
}
if (!best) throw new Error(`No setting keeps recall at ${String(MIN_RECALL)} in every form.`);
const chosen = best;
console.log(
  `cross-validated (${String(FOLDS)} folds), l2 ${String(chosen.l2)}, keep ${chosen.keep.toFixed(2)}, promote ${chosen.promote > 1 ? 'never' : chosen.promote.toFixed(2)}:`,
);
console.log(`  ${show(chosen.figures)}; ${showFresh(chosen.fresh)}`);

if (!process.argv.includes('--cv')) {
  const model = train(rows, chosen.l2);
  const weights = Object.fromEntries(
    [...model.weights]
      .filter(([, w]) => Math.abs(w) >= MIN_WEIGHT)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, w]) => [name, Number(w.toFixed(3))]),
  );
  const table = {
    about:
      `Generated by npm run train-prose-judge (scripts/train-prose-judge.ts); do not edit. ` +
      `Trained on ${String(postings.length)} development prose postings (${String(devRows.length)} candidates in 4 forms) ` +
      `and ${String(fresh.length)} fresh ones (${String(freshRows.length)} hand-labelled candidates). ` +
      `Cross-validated: ${show(chosen.figures)}; ${showFresh(chosen.fresh)}.`,
    bias: Number(model.bias.toFixed(3)),
    keep: Number(chosen.keep.toFixed(2)),
    promote: chosen.promote > 1 ? 2 : Number(chosen.promote.toFixed(2)),
    weights,
  };
  writeFileSync(
    resolve(root, 'shared/parser/prose-judge-weights.json'),
    `${JSON.stringify(table, null, 2)}\n`,
  );
  console.log(
    `wrote ${String(Object.keys(weights).length)} weights to shared/parser/prose-judge-weights.json`,
  );
}
