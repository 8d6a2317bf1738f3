/** The list side of the Notes tab: one row per note, pinned first, then newest. */
import { useId } from 'react';
import type { Note } from '../../../../shared/domain/model';
import { displayTitle, noteSnippet } from '../../../../shared/domain/note-search';
import { formatNoteDate, formatNoteDateLong } from './note-date';

interface NotesListProps {
  notes: readonly Note[];
  selectedId: string | null;
  /** A new note is open in the editor and not saved as a note yet. */
  showNewDraft: boolean;
  stageNames: ReadonlyMap<string, string>;
  onSelect: (noteId: string) => void;
}

function NoteRow({
  note,
  selected,
  stageName,
  onSelect,
}: {
  note: Note;
  selected: boolean;
  stageName: string | undefined;
  onSelect: (noteId: string) => void;
}) {
  const id = useId();
  const snippet = noteSnippet(note.body);
  return (
    <li>
      <button
        type="button"
        className="note-row"
        aria-current={selected ? 'true' : undefined}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-meta ${id}-snippet`}
        onClick={() => {
          onSelect(note.id);
        }}
      >
        <span className="note-row-head">
          <span id={`${id}-title`} className="note-row-title">
            {displayTitle(note)}
          </span>
          <time
            className="note-row-date"
            dateTime={new Date(note.updatedAt).toISOString()}
            title={formatNoteDateLong(note.updatedAt)}
          >
            {formatNoteDate(note.updatedAt)}
          </time>
        </span>
        <span id={`${id}-meta`} className="note-row-meta">
          {note.pinned === 1 && <span className="note-pin-badge">Pinned</span>}
          {stageName && <span className="note-row-stage">{stageName}</span>}
          {note.tags.map((tag) => (
            <span key={tag} className="tag-chip">
              {tag}
            </span>
          ))}
        </span>
        <span id={`${id}-snippet`} className="note-row-snippet">
          {snippet || 'No text yet'}
        </span>
      </button>
    </li>
  );
}

export function NotesList({
  notes,
  selectedId,
  showNewDraft,
  stageNames,
  onSelect,
}: NotesListProps) {
  return (
    <ul className="notes-list" aria-label="Notes">
      {showNewDraft && (
        <li>
          <div className="note-row note-row-draft" aria-current="true">
            <span className="note-row-head">
              <span className="note-row-title">New note</span>
            </span>
            <span className="note-row-snippet">Not saved as a note until you type.</span>
          </div>
        </li>
      )}
      {notes.map((note) => (
        <NoteRow
          key={note.id}
          note={note}
          selected={note.id === selectedId}
          stageName={note.stageId ? stageNames.get(note.stageId) : undefined}
          onSelect={onSelect}
        />
      ))}
    </ul>
  );
}
