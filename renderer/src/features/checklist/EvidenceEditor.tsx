/**
 * The evidence of one item: Markdown on the left, its preview on the right. Saved as the
 * user types (see useEvidenceAutosave); the preview goes through the one Markdown
 * renderer, so hostile text stays inert.
 */
import { useDeferredValue, useId } from 'react';
import type { Requirement } from '../../../../shared/domain/model';
import { EVIDENCE_MAX } from '../../../../shared/domain/checklist-rules';
import { assertNever } from '../../../../shared/assert-never';
import { Markdown } from '../../components/Markdown';
import { useEvidenceAutosave, type SaveState } from './use-evidence-autosave';

function saveLabel(state: SaveState): string {
  switch (state) {
    case 'idle':
      return 'Saves as you type';
    case 'pending':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'failed':
      return 'Not saved: kept as a draft';
    default:
      return assertNever(state, 'save state');
  }
}

export function EvidenceEditor({ item }: { item: Requirement }) {
  const { text, state, change, flush } = useEvidenceAutosave(item);
  // Typing stays responsive while a long preview catches up.
  const preview = useDeferredValue(text);
  const id = useId();

  return (
    <div className="cl-evidence">
      <div className="cl-evidence-write">
        <div className="cl-evidence-label">
          <label htmlFor={`${id}-text`}>Evidence</label>
          <span className={`cl-save-state cl-save-${state}`} aria-live="polite">
            {saveLabel(state)}
          </span>
        </div>
        <textarea
          id={`${id}-text`}
          className="cl-textarea"
          value={text}
          maxLength={EVIDENCE_MAX}
          rows={6}
          aria-describedby={`${id}-hint`}
          placeholder="The story or proof you will use: situation, what you did, the result."
          onChange={(event) => {
            change(event.target.value);
          }}
          onBlur={flush}
        />
        <p id={`${id}-hint`} className="cl-hint">
          Markdown: **bold**, lists, [links](https://…).
        </p>
      </div>
      <div className="cl-evidence-preview" role="group" aria-label="Evidence preview">
        <p className="cl-evidence-label" aria-hidden="true">
          Preview
        </p>
        {preview.trim() ? (
          <Markdown text={preview} />
        ) : (
          <p className="cl-hint">What you write appears here, formatted.</p>
        )}
      </div>
    </div>
  );
}
