/**
 * Tags as the user types them ("prep, salary"), shown as chips underneath. The text is
 * kept exactly as typed (a trailing comma included), so typing is never fought; the
 * chips show what will be saved.
 */
import { formatTags, parseTags } from '../../../../shared/domain/note-search';

export function TagInput({ value, onChange }: { value: string; onChange: (next: string) => void }) {
  const tags = parseTags(value);
  return (
    <div className="note-tags">
      <label className="note-field">
        <span className="note-field-label">Tags</span>
        <input
          className="note-input note-tags-input"
          type="text"
          placeholder="Separated by commas, e.g. prep, salary"
          value={value}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      </label>
      {tags.length > 0 && (
        <ul className="tag-chips" aria-label="Tags of this note">
          {tags.map((tag) => (
            <li key={tag} className="tag-chip">
              {tag}
              <button
                type="button"
                className="tag-chip-remove"
                aria-label={`Remove tag ${tag}`}
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
