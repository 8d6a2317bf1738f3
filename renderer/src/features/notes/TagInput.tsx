/**
 * Tags as the user types them ("prep, salary"), shown as chips underneath. The text is
 * kept exactly as typed (a trailing comma included), so typing is never fought; the
 * chips show what will be saved, and a tag too long or one too many is reported here.
 */
import { FIELD_LIMITS, MAX_NOTE_TAGS } from '../../../../shared/domain/field-limits';
import { formatTags, splitTags } from '../../../../shared/domain/note-search';
import { FieldLimitNote } from '../../components/FieldLimitNote';
import { useFieldLimit } from '../../components/use-field-limit';
import { useStorageFull } from '../../db/use-storage-status';

interface TagInputProps {
  value: string;
  onChange: (next: string) => void;
  /** What the chips are the tags of; stories reuse this input. */
  of?: string;
}

export function TagInput({ value, onChange, of = 'this note' }: TagInputProps) {
  const tags = splitTags(value);
  const longest = tags.reduce((a, b) => (b.length > a.length ? b : a), '');
  const shown = longest.length > 20 ? `${longest.slice(0, 20)}…` : longest;
  const limit = useFieldLimit(`Tag “${shown}”`, FIELD_LIMITS.noteTag, longest);
  const tooMany = tags.length > MAX_NOTE_TAGS;
  // Read-only while storage is full.
  const full = useStorageFull();
  return (
    <div className="note-tags">
      <label className="note-field">
        <span className="note-field-label">Tags</span>
        <input
          className="note-input note-tags-input"
          type="text"
          placeholder="Separated by commas, e.g. prep, salary"
          value={value}
          readOnly={full}
          {...limit.inputProps}
          aria-invalid={limit.over || tooMany ? true : undefined}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      </label>
      <FieldLimitNote limit={limit} />
      {tooMany && (
        <span className="field-limit" data-over="true">
          Tags: {tags.length} / {MAX_NOTE_TAGS} tags — remove some to save
        </span>
      )}
      {tags.length > 0 && (
        <ul className="tag-chips" aria-label={`Tags of ${of}`}>
          {tags.map((tag) => (
            <li key={tag} className="tag-chip">
              {tag}
              <button
                type="button"
                className="tag-chip-remove"
                aria-label={`Remove tag ${tag}`}
                disabled={full}
                onClick={() => {
                  onChange(formatTags(tags.filter((other) => other !== tag)));
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
