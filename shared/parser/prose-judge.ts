/**
 * A second opinion on requirements read from prose. The cue words (requirement-cues.ts)
 * find candidate sentences; this small logistic model, trained offline on the hand-
 * labelled development postings (scripts/train-prose-judge.ts), scores each one from its
 * words, its cue and its section. A sentence the cues took but the model doubts becomes
 * "possibly a requirement" instead of a checklist item, so nothing is lost: the
 * applicant still sees it, one click away. Deterministic and offline; the weights are a
 * checked-in table (prose-judge-weights.json).
 */
import TRAINED from './prose-judge-weights.json';
import type { ParsedRequirement, ParsedSection, SectionKind } from './types';

/** The weights trained on the labelled postings. */
export const PROSE_JUDGE_WEIGHTS: JudgeWeights = TRAINED;

/** What the judge reads about one candidate. */
export interface JudgeInput {
  text: string;
  kind: ParsedRequirement['kind'];
  /** The cue words or heading that made it a candidate. */
  why: string;
  sectionKind: SectionKind;
  /** Whether the cues were sure (a checklist item) or not (possibly a requirement). */
  sure: boolean;
}

/** Trained weights: a bias, feature weights, and the two decision thresholds. */
export interface JudgeWeights {
  /** How the table was made. */
  about?: string;
  bias: number;
  weights: Readonly<Record<string, number>>;
  /** A sure candidate scoring below this is only offered. */
  keep: number;
  /** An unsure candidate scoring at or above this is taken. */
  promote: number;
}

/** Words, lower case, with a plural or verb "s" dropped so "skills" meets "skill". */
function words(text: string): string[] {
  const found = text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}+#.'’-]*/gu) ?? [];
  return found.map((word) => {
    const bare = word.replace(/[.'’-]+$/u, '');
    return bare.length > 4 && bare.endsWith('s') && !bare.endsWith('ss') ? bare.slice(0, -1) : bare;
  });
}

function lengthBucket(count: number): string {
  if (count <= 6) return 'xs';
  if (count <= 12) return 's';
  if (count <= 25) return 'm';
  if (count <= 40) return 'l';
  return 'xl';
}

/**
 * The features of a candidate, as names. The model only knows names it was trained on;
 * any other name weighs nothing.
 */
export function judgeFeatures(input: JudgeInput): string[] {
  const tokens = words(input.text);
  const features = new Set<string>([
    `sec:${input.sectionKind}`,
    `kind:${input.kind}`,
    `sure:${String(input.sure)}`,
    `len:${lengthBucket(tokens.length)}`,
    `why:${words(input.why).slice(0, 4).join('_')}`,
    `w0:${tokens[0] ?? ''}`,
    `w01:${tokens.slice(0, 2).join('_')}`,
  ]);
  for (const [i, token] of tokens.entries()) {
    features.add(`u:${token}`);
    const next = tokens[i + 1];
    if (next !== undefined) features.add(`b:${token}_${next}`);
  }
  return [...features];
}

/** The model's probability that a candidate is a requirement. */
export function judgeScore(input: JudgeInput, model: JudgeWeights = PROSE_JUDGE_WEIGHTS): number {
  let sum = model.bias;
  for (const feature of judgeFeatures(input)) sum += model.weights[feature] ?? 0;
  return 1 / (1 + Math.exp(-sum));
}

/** Whether the candidate belongs in the checklist (else it is only offered). */
export function judgeTakes(input: JudgeInput, model: JudgeWeights = PROSE_JUDGE_WEIGHTS): boolean {
  const score = judgeScore(input, model);
  return input.sure ? score >= model.keep : score >= model.promote;
}

/**
 * Lets the prose judge (prose-judge.ts) move sentences read from prose: a taken one it
 * doubts is only offered, an offered one it is confident of is taken. List items are
 * never moved: their heading said what they are.
 *
 * @param sections - The posting's sections.
 * @param perSection - Taken items per section, changed in place.
 * @param possible - Offered items, changed in place.
 * @param judge - The weights.
 */
export function applySecondOpinion(
  sections: readonly ParsedSection[],
  perSection: ParsedRequirement[][],
  possible: ParsedRequirement[],
  judge: JudgeWeights,
): void {
  const inputOf = (item: ParsedRequirement, sure: boolean): JudgeInput => ({
    text: item.text,
    kind: item.kind,
    why: item.why ?? '',
    sectionKind: sections[item.sectionIndex ?? 0]?.kind ?? 'other',
    sure,
  });
  const doubted: ParsedRequirement[] = [];
  for (const list of perSection) {
    const kept: ParsedRequirement[] = [];
    for (const item of list) {
      const takes = item.source !== 'prose' || judgeTakes(inputOf(item, true), judge);
      (takes ? kept : doubted).push(item);
    }
    // Loops, not push(...list): spreading 100,000 items as arguments overflows the stack.
    list.length = 0;
    for (const item of kept) list.push(item);
  }
  const offered = possible.splice(0, possible.length);
  for (const item of offered) {
    if (item.source === 'prose' && judgeTakes(inputOf(item, false), judge)) {
      perSection[item.sectionIndex ?? 0]?.push(item);
    } else possible.push(item);
  }
  for (const item of doubted) possible.push(item);
}
