/**
 * The evidence of one item: Markdown on the left, its preview on the right. Saved as the
 * user types (see useEvidenceAutosave); the preview goes through the one Markdown
 * renderer, so hostile text stays inert.
 */
import { useDeferredValue, useId } from 'react';
import type { Requirement } from '../../../../shared/domain/model';
import { FIELD_LIMITS } from '../../../../shared/domain/field-limits';
import { assertNever } from '../../../../shared/assert-never';
import { ConflictPanel } from '../../components/ConflictPanel';
import { FieldLimitNote } from '../../components/FieldLimitNote';
import { Markdown } from '../../components/Markdown';
import { useFieldLimit } from '../../components/use-field-limit';
import { keepBothTexts } from '../../db/text-revision';
import { READ_ONLY_LABEL, useStorageFull } from '../../db/use-storage-status';
import { useEvidenceAutosave, type SaveState } from './use-evidence-autosave';

/** What the editor says; "Saved" only once the item holds the text. */
export function saveLabel(state: SaveState): string {
  switch (state.kind) {
    case 'idle':
      return 'Saves as you type';
    case 'pending':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'refused':
      return `Not saved: ${state.reason}`;
    case 'failed':
      return 'Not saved: kept as a draft';
    case 'lost':
      return 'Not saved: copy your text';
    default:
      return assertNever(state, 'save state');
  }
}

export function EvidenceEditor({ item }: { item: Requirement }) {
  const { text, state, change, flush, conflict, resolve } = useEvidenceAutosave(item);
  // Typing stays responsive while a long preview catches up.
  const preview = useDeferredValue(text);
  const id = useId();
  const limit = useFieldLimit('Evidence', FIELD_LIMITS.evidence, text);
  const failed = state.kind === 'refused' || state.kind === 'failed' || state.kind === 'lost';
  // Read-only while storage is full: nothing typed here could be kept.
  const full = useStorageFull();

  return (
    <div className="cl-evidence">
      <div className="cl-evidence-write">
        <div className="cl-evidence-label">
          <label htmlFor={`${id}-text`}>Evidence</label>
          <span
            className={`cl-save-state cl-save-${failed ? 'failed' : state.kind}`}
            aria-live="polite"
          >
            {full ? READ_ONLY_LABEL : saveLabel(state)}
          </span>
        </div>
        {conflict !== null && (
          <ConflictPanel
            title="This evidence was changed in another window"
            theirs={conflict}
            mine={text}
            onKeepMine={() => {
              resolve(text);
            }}
            onKeepTheirs={() => {
              resolve(conflict);
            }}
            onKeepBoth={() => {
              resolve(keepBothTexts(conflict, text));
            }}
          />
        )}
        <textarea
          id={`${id}-text`}
          className="cl-textarea"
          value={text}
          rows={6}
          readOnly={full}
          aria-invalid={limit.over || undefined}
          aria-describedby={limit.text ? `${id}-hint ${limit.id}` : `${id}-hint`}
          placeholder="The story or proof you will use: situation, what you did, the result."
          onChange={(event) => {
            change(event.target.value);
          }}
          onBlur={flush}
        />
        <FieldLimitNote limit={limit} />
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
