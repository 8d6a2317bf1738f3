/**
 * The prose part of the evaluation: requirement sentences written in paragraphs rather
 * than lists ("Experience with Go is desirable.", "The right candidate must be…").
 *
 * How the prose set was drawn (deterministic, before any labelling): every English corpus
 * posting (labels.ts `isEnglish`) whose body has at least one bulleted list and at least
 * {@link MIN_SENTENCES} prose sentences, once per distinct text, gets a seeded FNV-1a hash
 * of its text; the {@link PROSE_DEV_SIZE} smallest even hashes form the development prose
 * set and the {@link PROSE_HELD_OUT_SIZE} smallest odd ones the held-out prose set. The prose sentences of a posting
 * are its body's text lines (not headings, not bullets, not lines that start with a bullet
 * glyph such as "・") split at a sentence end followed
 * by a capital — this module's own reading, independent of the parser.
 *
 * How the sentences were labelled: by a person reading each sentence in its posting,
 * never by running the parser, with the rule in PROSE_LABEL_RULE (also stored in the
 * fixture). Only the sentences labelled as requirements are stored, with their kind; the
 * fixture records how many sentences were read, so a changed corpus is noticed.
 */

import { bodyEnd, bodyStart, readBlocks } from './blocks';
import type { CorpusPosting } from './corpus';
import { isEnglish } from './labels';
import type { TrueItem } from './labels';
import { fnv1a, sha256 } from './select';

/** Seed of the prose selection hash. */
export const PROSE_SEED = 'shortlist-prose-1';
/** Postings in the development prose set (40 drawn first, then 30, 80, 80 and 80 more added later). */
export const PROSE_DEV_SIZE = 310;
/** Postings in the held-out prose set. */
export const PROSE_HELD_OUT_SIZE = 40;
/** Fewest prose sentences a posting needs to be drawn. */
export const MIN_SENTENCES = 4;

/** The labelling rule, as written in the fixture. */
export const PROSE_LABEL_RULE = [
  'A prose sentence is a requirement when it states something the candidate must or should HAVE or BE:',
  'skills, experience, knowledge, education, certifications, traits, languages, or conditions the',
  'candidate must meet about travel, place or hours of work and the right to work there ("Candidates',
  'must reside in…", "We are unable to sponsor visas", "MUST be willing to work EST hours"), whoever',
  'the grammatical subject is ("You have…", "The ideal candidate is…", "Experience with X is a plus",',
  '"We are looking for someone with…", "If you are a skilled X with Y, apply").',
  'Not requirements: what the person will DO (duties, "you will lead…", "you will be expected to…"),',
  'descriptions of the company, team, product, stack or role, facts about the job itself ("This is a',
  'hybrid role in Dublin", "The role includes travel"), benefits and pay, equal-opportunity, privacy',
  'and background-check text, application instructions, lead-ins ending in a colon, and sentences',
  'that only name the job ("We are looking for an experienced Data Engineer to join our team").',
  'Kind: preferred when the sentence itself says the thing is optional ("a plus", "desirable",',
  '"nice to have", "bonus", "an advantage", "ideally", "preferred"); otherwise required.',
  'A sentence that mixes a duty and a requirement ("You must be technically strong, but your',
  'responsibility is to run the team") is a requirement.',
].join(' ');

/** A sentence end followed by the start of the next sentence. */
const SENTENCE_END = /(?<=[.!?])\s+(?=["“(]?[\p{Lu}\d])/u;

/**
 * A text line that starts with a bullet glyph rather than a markdown marker ("・ BSc in
 * science", "• Go"): a list item written by hand, not a paragraph.
 */
export const GLYPH_BULLET = /^[・•‣◦▪●■►➢➤✓✔]\s*/u;

/**
 * The prose sentences of a markdown posting, as the labeller read them.
 *
 * @param markdown - The posting as in the corpus.
 * @returns Sentences of the body's text lines, in order.
 */
export function proseSentences(markdown: string): string[] {
  const lines = markdown.split(/\r\n|\r|\n/);
  const blocks = readBlocks(markdown).slice(bodyStart(lines), bodyEnd(lines));
  const sentences: string[] = [];
  for (const block of blocks) {
    if (block.kind !== 'text' || GLYPH_BULLET.test(block.text)) continue;
    for (const sentence of block.text.split(SENTENCE_END)) {
      const trimmed = sentence.trim();
      if (/\p{L}{2}/u.test(trimmed)) sentences.push(trimmed);
    }
  }
  return sentences;
}

/** A labelled prose posting as stored in the fixture. */
export interface ProsePosting {
  id: string;
  sha256: string;
  /** Which prose set it belongs to. */
  set: 'dev' | 'held-out';
  /** How many prose sentences were read (all of {@link proseSentences}). */
  sentences: number;
  /** The sentences labelled as requirements, in document order. */
  items: TrueItem[];
  /** The posting's text (development set only; held-out texts are read from the corpus). */
  text?: string;
}

/** Draws the two prose sets as the corpus streams by. */
export class ProseSelector {
  private readonly seen = new Set<string>();
  private readonly candidates: { hash: number; posting: CorpusPosting; digest: string }[] = [];

  /** Considers one corpus posting. */
  visit(posting: CorpusPosting): void {
    const digest = sha256(posting.text);
    if (this.seen.has(digest)) return;
    this.seen.add(digest);
    if (!isEnglish(posting.text)) return;
    const lines = posting.text.split(/\r\n|\r|\n/);
    const body = readBlocks(posting.text).slice(bodyStart(lines), bodyEnd(lines));
    if (!body.some((block) => block.kind === 'bullet')) return;
    if (proseSentences(posting.text).length < MIN_SENTENCES) return;
    this.candidates.push({ hash: fnv1a(`${PROSE_SEED}\n${posting.text}`), posting, digest });
  }

  /**
   * Postings beyond the two sets, in the same seeded order: `count` of the given hash
   * parity starting at rank `start` (the development set is the even ranks 0 to
   * {@link PROSE_DEV_SIZE} - 1, so even ranks from there on are fresh, never held out).
   */
  beyond(parity: 0 | 1, start: number, count: number): CorpusPosting[] {
    return [...this.candidates]
      .sort((a, b) => a.hash - b.hash || a.posting.id.localeCompare(b.posting.id))
      .filter((c) => c.hash % 2 === parity)
      .slice(start, start + count)
      .map((c) => c.posting);
  }

  /** The drawn postings with their set, development first. */
  sets(): { set: 'dev' | 'held-out'; posting: CorpusPosting; digest: string }[] {
    const ordered = [...this.candidates].sort(
      (a, b) => a.hash - b.hash || a.posting.id.localeCompare(b.posting.id),
    );
    const take = (parity: number, set: 'dev' | 'held-out', size: number) =>
      ordered
        .filter((c) => c.hash % 2 === parity)
        .slice(0, size)
        .map((c) => ({ set, posting: c.posting, digest: c.digest }));
    return [...take(0, 'dev', PROSE_DEV_SIZE), ...take(1, 'held-out', PROSE_HELD_OUT_SIZE)];
  }
}
