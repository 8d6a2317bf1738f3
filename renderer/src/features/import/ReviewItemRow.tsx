/**
 * One checklist item in the review step: its wording (edited in place), its kind, and
 * split, merge-with-next and remove. Split cuts at the caret when the caret is inside
 * the wording, else where the item looks glued together (`suggestedSplit`).
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { RequirementKind } from '../../../../shared/domain/model';
import { FIELD_LIMITS } from '../../../../shared/domain/field-limits';
import { FieldLimitNote } from '../../components/FieldLimitNote';
import { useFieldLimit } from '../../components/use-field-limit';
import { suggestedSplit, type ReviewItem } from '../../../../shared/import/review';

/** Which control of a row should take focus after the checklist changed. */
export interface RowFocus {
  key: string;
  control: 'text' | 'kind';
}

interface ReviewItemRowProps {
  item: ReviewItem;
  /** "Required item 2": names every control of the row. */
  label: string;
  /** The item a merge appends, or null for the last item of its group. */
  next: { key: string; label: string } | null;
  focus: RowFocus['control'] | null;
  onFocused: () => void;
  onEdit: (key: string, text: string) => void;
  onKind: (key: string, kind: RequirementKind) => void;
  onRemove: (key: string) => void;
  onMerge: (key: string, nextKey: string) => void;
  onSplit: (key: string, at: number) => void;
}

function splitPoint(text: string, caret: number | null): number | null {
  if (caret !== null && caret > 0 && caret < text.length) {
    const before = text.slice(0, caret).trim();
    const after = text.slice(caret).trim();
    if (before !== '' && after !== '') return caret;
  }
  return suggestedSplit(text);
}

function splitTitle(text: string, at: number | null, atCaret: boolean): string {
  if (at === null) return 'Put the caret where the item should be split';
  if (atCaret) return 'Split at the caret';
  const rest = text.slice(at).trim();
  return `Split before “${rest.length > 40 ? `${rest.slice(0, 40)}…` : rest}”`;
}

export function ReviewItemRow(props: ReviewItemRowProps) {
  const { item, label, next, focus, onFocused } = props;
  const textRef = useRef<HTMLTextAreaElement>(null);
  const kindRef = useRef<HTMLSelectElement>(null);
  const [caret, setCaret] = useState<number | null>(null);
  const whyId = useId();
  const limit = useFieldLimit('Item', FIELD_LIMITS.requirementText, item.text);
  const at = splitPoint(item.text, caret);
  const atCaret = at !== null && at === caret;

  useEffect(() => {
    if (focus === null) return;
    (focus === 'kind' ? kindRef.current : textRef.current)?.focus();
    onFocused();
  }, [focus, onFocused]);

  return (
    <li className="import-item">
      <div className="import-item-body">
        <textarea
          ref={textRef}
          className="cl-input import-item-text"
          aria-label={label}
          rows={1}
          value={item.text}
          aria-invalid={item.text.trim() === '' || limit.over ? true : undefined}
          aria-describedby={
            [item.why ? whyId : '', limit.text ? limit.id : ''].filter(Boolean).join(' ') ||
            undefined
          }
          onChange={(event) => {
            props.onEdit(item.key, event.target.value);
          }}
          onSelect={(event) => {
            const { selectionStart, selectionEnd } = event.currentTarget;
            setCaret(selectionStart === selectionEnd ? selectionStart : null);
          }}
          onKeyDown={(event) => {
            // One item is one line: Enter would only add a line break the checklist drops.
            if (event.key === 'Enter') event.preventDefault();
          }}
        />
        {item.why && (
          // Why the item is here (a heading, cue words): quiet, but read with the wording.
          <span className="import-why" id={whyId} title={`Why it is here: ${item.why}`}>
            <span className="visually-hidden">Why: </span>
            {item.why}
          </span>
        )}
        <FieldLimitNote limit={limit} />
      </div>
      <select
        ref={kindRef}
        className="cl-input import-item-kind"
        aria-label={`Kind of ${label.toLowerCase()}`}
        value={item.kind}
        onChange={(event) => {
          props.onKind(item.key, event.target.value === 'preferred' ? 'preferred' : 'required');
        }}
      >
        <option value="required">Required</option>
        <option value="preferred">Preferred</option>
      </select>
      <div className="import-item-actions">
        <button
          type="button"
          className="button button-small"
          aria-label={`Split ${label.toLowerCase()}`}
          title={splitTitle(item.text, at, atCaret)}
          disabled={at === null}
          onClick={() => {
            if (at !== null) props.onSplit(item.key, at);
          }}
        >
          Split
        </button>
        {next && (
          <button
            type="button"
            className="button button-small import-merge"
            aria-label={`Merge ${label.toLowerCase()} with ${next.label.toLowerCase()}`}
            title="Append the next item to this one"
            onClick={() => {
              props.onMerge(item.key, next.key);
            }}
          >
            Merge <span aria-hidden="true">↓</span>
          </button>
        )}
        {!next && (
          // Keeps Remove in its column on the last row, where there is nothing to merge with.
          <span className="button button-small import-merge import-merge-spacer" aria-hidden="true">
            Merge ↓
          </span>
        )}
        <button
          type="button"
          className="button button-small button-quiet"
          aria-label={`Remove ${label.toLowerCase()}`}
          title="Remove this item"
          onClick={() => {
            props.onRemove(item.key);
          }}
        >
          Remove
        </button>
      </div>
    </li>
  );
}
