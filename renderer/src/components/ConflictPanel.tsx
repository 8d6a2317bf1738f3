/**
 * Shown when a save found that another window changed the same text since this editor
 * loaded it. Nothing has been written over either version: both are shown, and the
 * applicant keeps one or both (one after the other, to edit into one).
 */
import { useId } from 'react';

interface ConflictPanelProps {
  /** What changed, e.g. "This note was changed in another window". */
  title: string;
  /** The version stored by the other window. */
  theirs: string;
  /** This window's unsaved version. */
  mine: string;
  onKeepMine: () => void;
  onKeepTheirs: () => void;
  onKeepBoth: () => void;
}

function Version({ label, text }: { label: string; text: string }) {
  return (
    <figure className="conflict-version">
      <figcaption className="conflict-version-label">{label}</figcaption>
      <pre className="conflict-version-text">{text || '(empty)'}</pre>
    </figure>
  );
}

export function ConflictPanel(props: ConflictPanelProps) {
  const { title, theirs, mine, onKeepMine, onKeepTheirs, onKeepBoth } = props;
  const id = useId();
  return (
    <section className="conflict" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="conflict-title">
        {title}
      </h3>
      <p className="conflict-help" role="alert">
        Neither version has been lost. Keep yours, keep theirs, or keep both one after the other and
        edit them into one.
      </p>
      <div className="conflict-versions">
        <Version label="Their version (other window)" text={theirs} />
        <Version label="Your version (this window)" text={mine} />
      </div>
      <div className="conflict-actions">
        <button type="button" className="button button-primary" onClick={onKeepMine}>
          Keep mine
        </button>
        <button type="button" className="button" onClick={onKeepTheirs}>
          Keep theirs
        </button>
        <button type="button" className="button" onClick={onKeepBoth}>
          Keep both
        </button>
      </div>
    </section>
  );
}
