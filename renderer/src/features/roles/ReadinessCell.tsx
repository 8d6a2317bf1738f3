/** Readiness in the Roles table: a bar for required items, and each kind on its own line. */
import { formatProgress, type ChecklistProgress } from '../../../../shared/domain/progress';

export function ReadinessCell({ progress }: { progress: ChecklistProgress }) {
  const { required, preferred } = progress;
  const percent = required.total === 0 ? 0 : Math.round((required.done / required.total) * 100);
  return (
    <div className="readiness-cell">
      {required.total > 0 && (
        <div
          className="progress-track"
          role="progressbar"
          aria-label={formatProgress(progress)}
          aria-valuemin={0}
          aria-valuemax={required.total}
          aria-valuenow={required.done}
        >
          <div className="progress-fill" style={{ width: `${percent}%` }} />
        </div>
      )}
      <span className="readiness-lines">
        <span>
          {required.done}/{required.total} required
        </span>
        {preferred.total > 0 && (
          <>
            {/* Kept for copy-paste and screen readers; the line break separates visually. */}
            <span className="visually-hidden"> · </span>
            <span className="readiness-preferred">
              {preferred.done}/{preferred.total} preferred
            </span>
          </>
        )}
      </span>
    </div>
  );
}
