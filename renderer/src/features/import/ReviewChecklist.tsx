/**
 * The checklist as parsed, required items first then preferred, every operation a pure
 * step on the draft (shared/import/review). Focus follows the item an operation leaves
 * behind, and a live region says what happened, so it all works from the keyboard.
 */
import { useCallback, useId, useRef, useState, type SubmitEvent } from 'react';
import type { RequirementKind } from '../../../../shared/domain/model';
import { FIELD_LIMITS } from '../../../../shared/domain/field-limits';
import { FieldLimitNote } from '../../components/FieldLimitNote';
import { useFieldLimit } from '../../components/use-field-limit';
import {
  addItem,
  editItem,
  mergeItems,
  removeItem,
  setItemKind,
  splitItem,
  type ReviewDraft,
  type ReviewItem,
} from '../../../../shared/import/review';
import { KindSelect } from '../checklist/KindSelect';
import { ReviewItemRow, type RowFocus } from './ReviewItemRow';

interface ReviewChecklistProps {
  draft: ReviewDraft;
  onChange: (draft: ReviewDraft) => void;
}

const GROUPS: { kind: RequirementKind; title: string }[] = [
  { kind: 'required', title: 'Required' },
  { kind: 'preferred', title: 'Preferred' },
];

export function ReviewChecklist({ draft, onChange }: ReviewChecklistProps) {
  const id = useId();
  const [focus, setFocus] = useState<RowFocus | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [newText, setNewText] = useState('');
  const [newKind, setNewKind] = useState<RequirementKind>('required');
  const [addError, setAddError] = useState<string | null>(null);
  const addLimit = useFieldLimit('New item', FIELD_LIMITS.requirementText, newText);
  const addRef = useRef<HTMLInputElement>(null);
  const focused = useCallback(() => {
    setFocus(null);
  }, []);

  const groupOf = (kind: RequirementKind) => draft.items.filter((item) => item.kind === kind);
  const labelOf = (item: ReviewItem) => {
    const group = groupOf(item.kind);
    const title = item.kind === 'required' ? 'Required' : 'Preferred';
    return `${title} item ${String(group.indexOf(item) + 1)}`;
  };

  function apply(next: ReviewDraft, nextFocus: RowFocus | null, message: string) {
    onChange(next);
    setFocus(nextFocus);
    setAnnouncement(message);
    if (!nextFocus) addRef.current?.focus();
  }

  function remove(item: ReviewItem) {
    const group = groupOf(item.kind);
    const index = group.indexOf(item);
    const neighbour = group[index + 1] ?? group[index - 1];
    apply(
      removeItem(draft, item.key),
      neighbour ? { key: neighbour.key, control: 'text' } : null,
      `Removed ${labelOf(item).toLowerCase()}.`,
    );
  }

  function split(key: string, at: number) {
    const next = splitItem(draft, key, at);
    const before = new Set(draft.items.map((item) => item.key));
    const added = next.items.find((item) => !before.has(item.key));
    apply(next, { key: added?.key ?? key, control: 'text' }, 'Split into two items.');
  }

  function add(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = newText.trim();
    if (text === '') {
      setAddError('Type the item’s wording first.');
      return;
    }
    // Over the limit: the count under the field says so; the text stays to be shortened.
    if (addLimit.over) return;
    onChange(addItem(draft, text, newKind));
    setNewText('');
    setAddError(null);
    setAnnouncement(`Added a ${newKind} item.`);
  }

  const counts = GROUPS.map(({ kind }) => `${String(groupOf(kind).length)} ${kind}`).join(', ');

  return (
    <section className="import-checklist" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="import-legend">
        Checklist <span className="import-muted">({counts})</span>
      </h3>
      {GROUPS.map(({ kind, title }) => {
        const group = groupOf(kind);
        return (
          <section key={kind} className="import-group" aria-labelledby={`${id}-${kind}`}>
            <h4 id={`${id}-${kind}`}>
              {title} <span className="import-count">{group.length}</span>
            </h4>
            {group.length === 0 ? (
              <p className="import-muted">No {kind} items.</p>
            ) : (
              <ol className="import-items">
                {group.map((item, index) => {
                  const nextItem = group[index + 1];
                  return (
                    <ReviewItemRow
                      key={item.key}
                      item={item}
                      label={`${title} item ${String(index + 1)}`}
                      next={
                        nextItem
                          ? { key: nextItem.key, label: `${title} item ${String(index + 2)}` }
                          : null
                      }
                      focus={focus?.key === item.key ? focus.control : null}
                      onFocused={focused}
                      onEdit={(key, text) => {
                        onChange(editItem(draft, key, text));
                      }}
                      onKind={(key, value) => {
                        apply(
                          setItemKind(draft, key, value),
                          { key, control: 'kind' },
                          `Moved to ${value}.`,
                        );
                      }}
                      onRemove={() => {
                        remove(item);
                      }}
                      onMerge={(key, nextKey) => {
                        apply(
                          mergeItems(draft, key, nextKey),
                          { key, control: 'text' },
                          'Merged with the next item.',
                        );
                      }}
                      onSplit={split}
                    />
                  );
                })}
              </ol>
            )}
          </section>
        );
      })}
      <form className="import-add" aria-label="Add an item" onSubmit={add}>
        <input
          ref={addRef}
          className="cl-input import-add-text"
          aria-label="New item"
          placeholder="Add an item the parser missed"
          value={newText}
          aria-invalid={addError || addLimit.over ? true : undefined}
          aria-describedby={
            [addError ? `${id}-add-error` : '', addLimit.text ? addLimit.id : '']
              .filter(Boolean)
              .join(' ') || undefined
          }
          onChange={(event) => {
            setNewText(event.target.value);
            setAddError(null);
          }}
        />
        <KindSelect value={newKind} onChange={setNewKind} />
        <button type="submit" className="button">
          Add item
        </button>
      </form>
      <FieldLimitNote limit={addLimit} />
      {addError && (
        <p className="import-error" id={`${id}-add-error`}>
          {addError}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
