/**
 * One line on how far the review has come: of the posting's sentences, how many are in
 * the checklist, dismissed, or not yet looked at (shared/import/review-coverage).
 */
import { useMemo } from 'react';
import type { ReviewDraft } from '../../../../shared/import/review';
import { reviewCoverage } from '../../../../shared/import/review-coverage';

function share(part: number, total: number): string {
  return `${String(total === 0 ? 0 : (part / total) * 100)}%`;
}

export function ReviewCoverage({ draft }: { draft: ReviewDraft }) {
  // Sentences, items and wordings only change with the draft.
  const coverage = useMemo(() => reviewCoverage(draft), [draft]);
  const { total, inChecklist, dismissed, unseen } = coverage;
  if (total === 0) return null;
  return (
    <div className="import-coverage">
      <p className="import-coverage-line">
        <span>
          Of the posting’s {total} {total === 1 ? 'sentence' : 'sentences'}:
        </span>{' '}
        <span className="import-coverage-part import-coverage-in">
          <strong>{inChecklist}</strong> in the checklist
        </span>
        <span aria-hidden="true"> · </span>
        <span className="import-coverage-part import-coverage-dismissed">
          <strong>{dismissed}</strong> dismissed
        </span>
        <span aria-hidden="true"> · </span>
        <span className="import-coverage-part import-coverage-unseen">
          <strong>{unseen}</strong> not yet looked at
        </span>
      </p>
      <div className="import-coverage-bar" aria-hidden="true">
        <span className="import-coverage-in" style={{ width: share(inChecklist, total) }} />
        <span className="import-coverage-dismissed" style={{ width: share(dismissed, total) }} />
      </div>
    </div>
  );
}
