/**
 * "Possibly a requirement": sentences the parser was unsure of, each added to the
 * checklist with one click (as required or preferred) or dismissed; dismissed ones stay
 * listed apart and can be brought back. Focus moves to the next sentence's first button.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { RequirementKind } from '../../../../shared/domain/model';
import type { PossibleItem, ReviewDraft } from '../../../../shared/import/review';
import {
  addPossible,
  dismissedPossibilities,
  dismissPossible,
  openPossibilities,
} from '../../../../shared/import/review-possible';

interface ReviewPossibleProps {
  draft: ReviewDraft;
  onChange: (draft: ReviewDraft) => void;
}

function quote(text: string): string {
  return `“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`;
}

export function ReviewPossible({ draft, onChange }: ReviewPossibleProps) {
  const id = useId();
  const open = openPossibilities(draft);
  const dismissed = dismissedPossibilities(draft);
  const [announcement, setAnnouncement] = useState('');
  // The sentence whose first button takes focus after the change renders ('' = heading).
  const pendingFocus = useRef<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Stays once shown, empty or not, so focus and the last announcement have a home.
  const [shown] = useState(() => open.length + dismissed.length > 0);

  useEffect(() => {
    const key = pendingFocus.current;
    if (key === null) return;
    pendingFocus.current = null;
    const target = listRef.current?.querySelector<HTMLButtonElement>(
      `[data-possible="${key}"] button`,
    );
    (target ?? headingRef.current)?.focus();
  });

  if (!shown && open.length === 0 && dismissed.length === 0) return null;

  /** Applies a change to one open sentence and moves focus to the one after it. */
  function act(entry: PossibleItem, next: ReviewDraft, message: string) {
    const index = open.indexOf(entry);
    const neighbour = open[index + 1] ?? open[index - 1];
    onChange(next);
    setAnnouncement(message);
    pendingFocus.current = neighbour?.key ?? '';
  }

  function add(entry: PossibleItem, kind: RequirementKind) {
    act(entry, addPossible(draft, entry.key, kind), `Added ${quote(entry.text)} as ${kind}.`);
  }

  return (
    <section className="import-possible" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1} className="import-legend">
        Possibly a requirement <span className="import-count">{open.length}</span>
      </h3>
      {open.length > 0 ? (
        <p className="import-muted import-possible-hint">
          The parser was not sure about these sentences. Add the ones you will be asked about.
        </p>
      ) : (
        <p className="import-muted import-possible-hint">Nothing left to look at here.</p>
      )}
      {open.length > 0 && (
        <ul ref={listRef} className="import-possible-list" aria-label="Possibly a requirement">
          {open.map((entry) => {
            const textId = `${id}-${entry.key}`;
            return (
              <li key={entry.key} className="import-possible-item" data-possible={entry.key}>
                <div className="import-possible-text">
                  <span id={textId}>{entry.text}</span>
                  {entry.why && (
                    <span className="import-why">
                      <span className="visually-hidden">Why: </span>
                      {entry.why}
                    </span>
                  )}
                </div>
                <div className="import-possible-actions">
                  {(['required', 'preferred'] as const).map((kind) => (
                    <button
                      key={kind}
                      type="button"
                      className="button button-small"
                      aria-describedby={textId}
                      onClick={() => {
                        add(entry, kind);
                      }}
                    >
                      Add as {kind}
                    </button>
                  ))}
                  <button
                    type="button"
                    className="button button-small button-quiet"
                    aria-describedby={textId}
                    onClick={() => {
                      act(
                        entry,
                        dismissPossible(draft, entry.key),
                        `Dismissed ${quote(entry.text)}.`,
                      );
                    }}
                  >
                    Dismiss
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {dismissed.length > 0 && (
        <details className="import-possible-dismissed">
          <summary>Dismissed ({dismissed.length})</summary>
          <ul className="import-possible-list" aria-label="Dismissed sentences">
            {dismissed.map((entry) => (
              <li key={entry.key} className="import-possible-item">
                <span className="import-possible-text import-muted" id={`${id}-${entry.key}`}>
                  {entry.text}
                </span>
                <button
                  type="button"
                  className="button button-small button-quiet"
                  aria-describedby={`${id}-${entry.key}`}
                  onClick={() => {
                    onChange(dismissPossible(draft, entry.key, false));
                    setAnnouncement(`Brought back ${quote(entry.text)}.`);
                  }}
                >
                  Bring back
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
