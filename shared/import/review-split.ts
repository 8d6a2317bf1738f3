/** Where the review step suggests splitting an item (re-exported by ./review). */
import { splitGluedItems } from '../parser';

/**
 * A good place to split an item: the first glued boundary the parser recognises
 * ("…portfolioOrganize…", "…tools.Proven…"), else the sentence end nearest the middle
 * ("…Python. Experience with…"). Returns the index where the second part starts, or
 * null when there is no such place.
 */
export function suggestedSplit(text: string): number | null {
  const pieces = splitGluedItems(text);
  const first = pieces[0];
  if (pieces.length > 1 && first !== undefined) {
    const second = pieces[1] ?? '';
    const at = text.indexOf(second, text.indexOf(first) + first.length);
    if (at > 0) return at;
  }
  let best: number | null = null;
  const middle = text.length / 2;
  for (const match of text.matchAll(/[.!?;]\s+(?=[\p{Lu}\d])/gu)) {
    const at = match.index + match[0].length;
    if (text.slice(at).trim() === '') continue;
    if (best === null || Math.abs(at - middle) < Math.abs(best - middle)) best = at;
  }
  return best;
}
