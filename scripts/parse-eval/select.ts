/**
 * The deterministic selector of the labelled sets.
 *
 * Criteria: a posting is a candidate when `labelPosting` keeps it (clear requirement and
 * nice-to-have headings over flat bulleted lists; see labels.ts). Postings with the same
 * text (the corpus files one posting under several languages) count once, under the
 * first id. Each candidate gets a seeded FNV-1a hash of its text: an even hash puts it
 * in the development set, an odd one in the held-out set, so a posting's set never
 * depends on which other postings exist. Each set keeps the {@link SET_SIZE} candidates
 * with the smallest hashes. The committed subset for the unit test is the first
 * {@link SUBSET_SIZE} postings of the development set, with their text.
 */

import { createHash } from 'node:crypto';
import type { CorpusPosting } from './corpus';
import { labelPosting } from './labels';
import type { TrueItem } from './labels';

/** Seed of the selection hash; changing it draws new sets. */
export const SELECTION_SEED = 'shortlist-parse-eval-1';
/** Postings per set. */
export const SET_SIZE = 300;
/** Postings in the committed unit-test subset. */
export const SUBSET_SIZE = 60;

/** A labelled posting as stored in a fixture (text looked up in the corpus by id). */
export interface LabelledPosting {
  id: string;
  /** SHA-256 of the markdown text, to notice a changed corpus. */
  sha256: string;
  items: TrueItem[];
}

/** A labelled posting with its text. */
export interface LabelledText extends LabelledPosting {
  text: string;
}

/**
 * 32-bit FNV-1a of a string's UTF-16 code units.
 *
 * @param text - Any text.
 * @returns The hash as an unsigned integer.
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * SHA-256 of a text, hex.
 *
 * @param text - Any text.
 * @returns The digest.
 */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Collects candidates as the corpus streams by, then splits them into the two sets. */
export class Selector {
  private readonly seen = new Set<string>();
  private readonly candidates: { hash: number; posting: LabelledText }[] = [];
  /** Why postings were left out, with counts (for the summary). */
  readonly reasons = new Map<string, number>();

  /** Considers one corpus posting. */
  visit(posting: CorpusPosting): void {
    const digest = sha256(posting.text);
    if (this.seen.has(digest)) {
      this.count('duplicate text');
      return;
    }
    this.seen.add(digest);
    const labels = labelPosting(posting.text);
    if (!labels.ok) {
      this.count(labels.reason);
      return;
    }
    this.candidates.push({
      hash: fnv1a(`${SELECTION_SEED}\n${posting.text}`),
      posting: { id: posting.id, sha256: digest, items: labels.items, text: posting.text },
    });
  }

  private count(reason: string): void {
    this.reasons.set(reason, (this.reasons.get(reason) ?? 0) + 1);
  }

  /** Number of candidates so far. */
  get candidateCount(): number {
    return this.candidates.length;
  }

  /** The development and held-out sets. */
  sets(): { dev: LabelledText[]; heldOut: LabelledText[] } {
    const ordered = [...this.candidates].sort(
      (a, b) => a.hash - b.hash || a.posting.id.localeCompare(b.posting.id),
    );
    const take = (parity: number): LabelledText[] =>
      ordered
        .filter((c) => c.hash % 2 === parity)
        .slice(0, SET_SIZE)
        .map((c) => c.posting);
    return { dev: take(0), heldOut: take(1) };
  }
}
