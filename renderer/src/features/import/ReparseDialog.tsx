/**
 * Re-parse a role's stored posting: a preview of what would change in the checklist,
 * and nothing written until Apply. Ticks and evidence stay with items that are unchanged
 * or reworded; an item that left the posting but has progress is kept as a custom item.
 */
import { useEffect, useState } from 'react';
import {
  summarizePlan,
  type ReparsePlan,
  type ReparseRow,
} from '../../../../shared/import/reparse';
import { useNotify } from '../../components/notices';
import { ModalDialog } from '../../components/ModalDialog';
import { useDb } from '../../db/db-context';
import { applyReparse, previewReparse } from '../../db/reparse-repo';

type Status = ReparseRow['status'];

const STATUS_ORDER: Status[] = ['new', 'reworded', 'removed', 'unchanged', 'custom'];

const STATUS_LABELS: Record<Status, string> = {
  new: 'New',
  reworded: 'Reworded',
  removed: 'Removed',
  unchanged: 'Unchanged',
  custom: 'Custom',
};

/** "2 new, 1 reworded" — only the statuses that occur. */
function summarize(counts: Record<Status, number>): string {
  const parts = STATUS_ORDER.filter((status) => counts[status] > 0).map(
    (status) => `${String(counts[status])} ${STATUS_LABELS[status].toLowerCase()}`,
  );
  return parts.length > 0 ? parts.join(', ') : 'no items';
}

function RowText({ row }: { row: ReparseRow }) {
  if (row.status === 'reworded') {
    return (
      <span className="reparse-text">
        <span className="visually-hidden">Was: </span>
        <del>{row.oldText}</del>
        <span aria-hidden="true"> → </span>
        <span className="visually-hidden">now: </span>
        <ins>{row.newText}</ins>
      </span>
    );
  }
  const text = row.status === 'new' ? row.newText : (row.oldText ?? row.newText);
  return <span className="reparse-text">{text}</span>;
}

function rowNote(row: ReparseRow): string | null {
  if (row.status === 'removed') {
    return row.keepsProgress ? 'Kept as a custom item: it has your progress' : 'Will be removed';
  }
  if (row.status === 'custom') return 'Your item, kept';
  if (row.oldKind && row.oldKind !== row.kind) return `Now ${row.kind} (was ${row.oldKind})`;
  if (row.status === 'reworded' && row.keepsProgress) return 'Keeps your tick and evidence';
  return null;
}

function kindChanges(plan: ReparsePlan): boolean {
  return plan.rows.some((row) => row.oldKind !== undefined && row.oldKind !== row.kind);
}

interface ReparseDialogProps {
  roleId: string;
  open: boolean;
  onClose: () => void;
}

export function ReparseDialog({ roleId, open, onClose }: ReparseDialogProps) {
  const db = useDb();
  const notify = useNotify();
  const [plan, setPlan] = useState<ReparsePlan | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [applying, setApplying] = useState(false);
  // 'New' rows the user unticked (by index in plan.rows): an item they removed on
  // purpose, in the review step or since, need not come back.
  const [leftOut, setLeftOut] = useState<ReadonlySet<number>>(new Set());

  useEffect(() => {
    if (!open) return;
    // Each opening is a fresh mount (keyed by the button), so there is nothing to reset.
    let current = true;
    previewReparse(db, roleId)
      .then((next) => {
        if (current) setPlan(next ?? null);
      })
      .catch((caught: unknown) => {
        if (current) setError(caught instanceof Error ? caught.message : String(caught));
      });
    return () => {
      current = false;
    };
  }, [db, roleId, open]);

  async function apply() {
    if (!plan || applying) return;
    setApplying(true);
    try {
      const chosen = { ...plan, rows: plan.rows.filter((_, index) => !leftOut.has(index)) };
      await applyReparse(db, roleId, chosen);
      onClose();
      notify(`Checklist updated from the posting: ${summarize(summarizePlan(chosen))}.`);
    } catch (caught) {
      setError(
        `The checklist was not changed: ${caught instanceof Error ? caught.message : String(caught)}`,
      );
    } finally {
      setApplying(false);
    }
  }

  const counts = plan ? summarizePlan(plan) : null;
  const rows = plan
    ? STATUS_ORDER.flatMap((status) =>
        plan.rows.flatMap((row, index) => (row.status === status ? [{ row, index }] : [])),
      )
    : [];

  function toggle(index: number, include: boolean) {
    const next = new Set(leftOut);
    if (include) next.delete(index);
    else next.add(index);
    setLeftOut(next);
  }

  return (
    <ModalDialog
      open={open}
      title="Re-parse the posting"
      className="import-dialog reparse-dialog"
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={!plan || applying}
            onClick={() => void apply()}
          >
            Apply
          </button>
        </>
      }
    >
      <p className="import-hint">
        The checklist as the stored posting reads today. Nothing changes until you apply it.
      </p>
      {error && (
        <p className="import-error" role="alert">
          {error}
        </p>
      )}
      {plan === undefined && !error && <p aria-busy="true">Reading the posting…</p>}
      {plan === null && <p className="import-error">This role has no posting text to re-parse.</p>}
      {counts && (
        <ul className="reparse-counts" aria-label="Summary">
          {STATUS_ORDER.map((status) => (
            <li key={status} className={`reparse-count reparse-${status}`}>
              <strong>{counts[status]}</strong> {STATUS_LABELS[status].toLowerCase()}
            </li>
          ))}
        </ul>
      )}
      {plan &&
        counts &&
        counts.new + counts.reworded + counts.removed === 0 &&
        !kindChanges(plan) && (
          <p className="import-hint">The checklist already matches the posting.</p>
        )}
      {counts && counts.new > 0 && (
        <p className="import-hint">
          New items are added unless you untick them — untick any you removed on purpose.
        </p>
      )}
      {rows.length > 0 && (
        <ul className="reparse-rows" aria-label="Checklist changes">
          {rows.map(({ row, index }) => {
            const note = rowNote(row);
            return (
              <li
                key={row.requirementId ?? `new-${String(index)}`}
                className={leftOut.has(index) ? 'reparse-row reparse-left-out' : 'reparse-row'}
              >
                {row.status === 'new' ? (
                  <label className="reparse-status reparse-new reparse-choice">
                    <input
                      type="checkbox"
                      checked={!leftOut.has(index)}
                      aria-label={`Add “${row.newText ?? ''}”`}
                      onChange={(event) => {
                        toggle(index, event.target.checked);
                      }}
                    />
                    {STATUS_LABELS.new}
                  </label>
                ) : (
                  <span className={`reparse-status reparse-${row.status}`}>
                    {STATUS_LABELS[row.status]}
                  </span>
                )}
                <span className="reparse-kind">{row.kind}</span>
                <RowText row={row} />
                {leftOut.has(index) ? (
                  <span className="reparse-note">Left out: it will not be added</span>
                ) : (
                  note && <span className="reparse-note">{note}</span>
                )}
                {row.why && !leftOut.has(index) && (
                  <span className="reparse-note reparse-why">
                    <span className="visually-hidden">Why: </span>
                    {row.why}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </ModalDialog>
  );
}
