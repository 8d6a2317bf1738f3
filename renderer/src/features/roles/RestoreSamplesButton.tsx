/** Offers to bring back deleted sample roles; hidden while none are missing. */
import { useMissingSampleKeys } from '../../db/hooks';
import { useRestoreSamples } from './use-restore-samples';

export function RestoreSamplesButton({ prominent = false }: { prominent?: boolean }) {
  const missing = useMissingSampleKeys();
  const restore = useRestoreSamples();
  if (!missing || missing.length === 0) return null;
  const label =
    missing.length === 1 ? 'Restore 1 sample role' : `Restore ${missing.length} sample roles`;
  return (
    <button
      type="button"
      className={prominent ? 'button button-primary' : 'button'}
      onClick={() => void restore()}
    >
      {label}
    </button>
  );
}
