/**
 * Prints, for labelling, the prose candidates (sentences the cues took or offered) of
 * fresh postings: even-hash prose ranks beyond the development set, so never a held-out
 * posting. One JSON line per posting with candidates: {id, text, candidates: [{heading,
 * sure, text}]}; labels are added by hand as `label: true|false` on each candidate (the
 * rule is PROSE_LABEL_RULE) and the result kept in test/fixtures/parse-eval/prose-fresh.json.
 *
 *   npx tsx scripts/prose-judge/draw-fresh.ts START COUNT > fresh.jsonl
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePostingStrict } from '../../shared/parser/index';
import { forEachPosting } from '../parse-eval/corpus';
import { PROSE_DEV_SIZE, ProseSelector } from '../parse-eval/prose';

const root = fileURLToPath(new URL('../..', import.meta.url));
const start = PROSE_DEV_SIZE + Number(process.argv[2] ?? '0');
const count = Number(process.argv[3] ?? '50');
const selector = new ProseSelector();
await forEachPosting(resolve(root, '../shared/corpus/remotewlb-postings.jsonl.gz'), (posting) => {
  selector.visit(posting);
});
for (const posting of selector.beyond(0, start, count)) {
  const parsed = parsePostingStrict(posting.text, { judge: null });
  const candidates = [
    ...parsed.requirements.map((item) => ({ item, sure: true })),
    ...parsed.possibleRequirements.map((item) => ({ item, sure: false })),
  ].filter(({ item }) => item.source === 'prose');
  if (candidates.length === 0) continue;
  const listed = candidates.map(({ item, sure }) => ({
    heading: parsed.sections[item.sectionIndex ?? 0]?.heading ?? '',
    sure,
    text: item.text,
  }));
  process.stdout.write(
    `${JSON.stringify({ id: posting.id, text: posting.text, candidates: listed })}\n`,
  );
}
