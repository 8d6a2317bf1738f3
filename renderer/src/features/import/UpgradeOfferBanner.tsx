/**
 * "N new requirements found": shown once on a role whose checklist an older parser made,
 * when reading its posting again finds items the checklist lacks. Review opens the
 * re-parse preview (nothing changes until Apply there); Not now hides it for this
 * parser version. The Posting tab's Re-parse posting stays available either way.
 */
import { useId, useState } from 'react';
import { upgradeOfferTitle } from '../../../../shared/import/parser-upgrade';
import { ReparseDialog } from './ReparseDialog';
import { useUpgradeOffer } from './use-upgrade-offer';

export function UpgradeOfferBanner({ roleId }: { roleId: string }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const { count, dismiss } = useUpgradeOffer(roleId);
  const [reviewing, setReviewing] = useState(false);
  const [opening, setOpening] = useState(0);

  // Marks a finished count for tests and tools; nothing to see.
  if (count === 0) return <span hidden data-upgrade-offer="none" />;
  if (count === null && !reviewing) return null;

  return (
    <>
      {count !== null && count > 0 && (
        <section className="upgrade-offer" aria-labelledby={`${id}-title`}>
          <div className="upgrade-offer-text">
            <h2 id={`${id}-title`} className="upgrade-offer-title">
              {upgradeOfferTitle(count)}
            </h2>
            <p className="upgrade-offer-body">
              The posting reader has improved: this posting has{' '}
              {count === 1 ? 'a requirement' : 'requirements'} your checklist lacks. Review them
              before anything changes; your ticks, evidence and own items stay.
            </p>
            {error && (
              <p className="import-error" role="alert">
                This notice could not be hidden: {error}
              </p>
            )}
          </div>
          <div className="upgrade-offer-actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                setOpening((value) => value + 1);
                setReviewing(true);
              }}
            >
              Review
            </button>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => {
                dismiss().catch((caught: unknown) => {
                  setError(caught instanceof Error ? caught.message : String(caught));
                });
              }}
            >
              Not now
            </button>
          </div>
        </section>
      )}
      <ReparseDialog
        key={opening}
        roleId={roleId}
        open={reviewing}
        onClose={() => {
          setReviewing(false);
        }}
      />
    </>
  );
}
