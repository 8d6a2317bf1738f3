/**
 * The Markdown body: a plain textarea and a live preview, side by side when the editor is
 * wide, or one at a time behind a Write/Preview switch when it is narrow (the switch only
 * shows then; see notes.css). The preview goes through the app's one Markdown renderer,
 * which drops raw HTML and opens links only through the platform's checked path.
 */
import { useDeferredValue, useState } from 'react';
import { FIELD_LIMITS } from '../../../../shared/domain/field-limits';
import { FieldLimitNote } from '../../components/FieldLimitNote';
import { Markdown } from '../../components/Markdown';
import { useFieldLimit } from '../../components/use-field-limit';
import { useStorageFull } from '../../db/use-storage-status';

type View = 'write' | 'preview';

interface NoteBodyProps {
  value: string;
  onChange: (next: string) => void;
  /** The textarea's name; stories reuse this editor. */
  label?: string;
}

export function NoteBody({ value, onChange, label = 'Note text (Markdown)' }: NoteBodyProps) {
  const [view, setView] = useState<View>('write');
  // Typing stays instant on long notes: the preview may lag a frame behind.
  const preview = useDeferredValue(value);
  const limit = useFieldLimit('Text', FIELD_LIMITS.noteBody, value);
  // Read-only while storage is full; the text can still be selected and copied.
  const full = useStorageFull();

  return (
    <div className="note-body" data-view={view}>
      <div className="note-view-switch" role="group" aria-label="Editor view">
        {(['write', 'preview'] as const).map((option) => (
          <button
            key={option}
            type="button"
            className="note-view-option"
            aria-pressed={view === option}
            onClick={() => {
              setView(option);
            }}
          >
            {option === 'write' ? 'Write' : 'Preview'}
          </button>
        ))}
      </div>
      <div className="note-body-panes">
        <textarea
          className="note-textarea"
          aria-label={label}
          placeholder={'Write in Markdown: # headings, - lists, **bold**, [links](https://…)'}
          value={value}
          readOnly={full}
          {...limit.inputProps}
          spellCheck
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
        <section className="note-preview" aria-label="Preview">
          {preview.trim() ? (
            <Markdown text={preview} />
          ) : (
            <p className="muted">The preview shows here as you write.</p>
          )}
        </section>
      </div>
      <FieldLimitNote limit={limit} />
    </div>
  );
}
