/**
 * The prose judge's training rows: every sentence the cues read as a requirement (taken
 * or only offered) in the development prose postings, in every degraded form, labelled
 * by whether it matches a hand-labelled requirement sentence (the evaluation's own
 * one-to-one matching, scripts/parse-eval/prose-score.ts).
 */
import { parsePostingStrict } from '../../shared/parser/index';
import { judgeFeatures } from '../../shared/parser/prose-judge';
import type { ParsedRequirement } from '../../shared/parser/types';
import { degrade, FORMS, type Form } from '../parse-eval/degrade';
import type { Kind, TrueItem } from '../parse-eval/labels';
import { GLYPH_BULLET } from '../parse-eval/prose';
import { containment, CONTAINED, fromProse, MIN_COVER, partsOf } from '../parse-eval/prose-score';
import { similarity, tokens } from '../parse-eval/score';

/** A labelled posting of the development prose set. */
export interface DevPosting {
  id: string;
  text: string;
  items: readonly TrueItem[];
}

/** One candidate sentence in one form of one posting. */
export interface Candidate {
  posting: number;
  form: Form;
  text: string;
  kind: Kind;
  /** Whether the cues took it (else they only offered it). */
  sure: boolean;
  /** Whether the judge may move it (read from prose, not listed under a heading). */
  judged: boolean;
  features: string[];
  /** Index of the true sentence it matches, or -1. */
  truth: number;
}

/** The truth as the evaluation counts it: repeats once, glyph bullets out. */
export function countedTruth(items: readonly TrueItem[]): TrueItem[] {
  return items.filter(
    (item, i) =>
      items.findIndex((other) => other.text === item.text) === i && !GLYPH_BULLET.test(item.text),
  );
}

/** Matches candidates to true sentences one-to-one, best pair first (as the evaluation). */
function matchTruth(candidates: readonly { text: string }[], truth: readonly TrueItem[]): number[] {
  const pairs: [number, number, number][] = [];
  const truthTokens = truth.map((item) => tokens(item.text));
  candidates.forEach((candidate, i) => {
    const p = tokens(candidate.text);
    truthTokens.forEach((t, j) => {
      if (containment(p, t) >= CONTAINED && containment(t, p) >= MIN_COVER) {
        pairs.push([similarity(p, t), i, j]);
      }
    });
  });
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const result = candidates.map(() => -1);
  const used = new Set<number>();
  for (const [, i, j] of pairs) {
    if (result[i] !== -1 || used.has(j)) continue;
    result[i] = j;
    used.add(j);
  }
  return result;
}

/** The candidates of every posting in every form, in a fixed order. */
export function collectCandidates(postings: readonly DevPosting[]): Candidate[] {
  const rows: Candidate[] = [];
  postings.forEach((posting, index) => {
    const parts = partsOf(posting.text);
    const truth = countedTruth(posting.items);
    for (const form of FORMS) {
      const parsed = parsePostingStrict(degrade(posting.text, form), { judge: null });
      const read = (item: ParsedRequirement, sure: boolean) => ({ item, sure });
      const all = [
        ...parsed.requirements.map((item) => read(item, true)),
        ...parsed.possibleRequirements.map((item) => read(item, false)),
      ].filter(({ item }) => fromProse(tokens(item.text), parts));
      const matched = matchTruth(
        all.map(({ item }) => item),
        truth,
      );
      all.forEach(({ item, sure }, i) => {
        const sectionKind = parsed.sections[item.sectionIndex ?? 0]?.kind ?? 'other';
        const input = { text: item.text, kind: item.kind, why: item.why ?? '', sectionKind, sure };
        rows.push({
          posting: index,
          form,
          text: item.text,
          kind: item.kind,
          sure,
          judged: item.source === 'prose',
          features: judgeFeatures(input),
          truth: matched[i] ?? -1,
        });
      });
    }
  });
  return rows;
}

/** A fresh posting whose candidates were labelled one by one (prose-fresh.json). */
export interface FreshPosting {
  id: string;
  text: string;
  candidates: { text: string; sure: boolean; label: boolean }[];
}

/**
 * The candidates of the fresh postings (markdown form, as labelled), numbered after
 * `firstPosting`. Truth is 0 for a requirement and -1 otherwise. Throws when today's
 * cues find other candidates than were labelled: the labels must then be redone.
 */
export function freshCandidates(
  postings: readonly FreshPosting[],
  firstPosting: number,
): Candidate[] {
  const rows: Candidate[] = [];
  postings.forEach((posting, index) => {
    const parsed = parsePostingStrict(posting.text, { judge: null });
    const found = [
      ...parsed.requirements.map((item) => ({ item, sure: true })),
      ...parsed.possibleRequirements.map((item) => ({ item, sure: false })),
    ].filter(({ item }) => item.source === 'prose');
    found.forEach(({ item, sure }) => {
      const labelled = posting.candidates.find((c) => c.text === item.text && c.sure === sure);
      if (!labelled) throw new Error(`Unlabelled candidate in ${posting.id}: ${item.text}`);
      const sectionKind = parsed.sections[item.sectionIndex ?? 0]?.kind ?? 'other';
      const input = { text: item.text, kind: item.kind, why: item.why ?? '', sectionKind, sure };
      rows.push({
        posting: firstPosting + index,
        form: 'markdown',
        text: item.text,
        kind: item.kind,
        sure,
        judged: true,
        features: judgeFeatures(input),
        truth: labelled.label ? 0 : -1,
      });
    });
  });
  return rows;
}
