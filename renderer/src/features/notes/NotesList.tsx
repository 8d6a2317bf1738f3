/** The list side of the Notes tab: one row per note, pinned first, then newest. */
import { useId } from 'react';
import type { Note } from '../../../../shared/domain/model';
import { displayTitle, noteSnippet } from '../../../../shared/domain/note-search';
import { isoOrUndefined } from '../../../../shared/domain/safe-format';
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
  // The button names the note by its title alone; the rest of the row describes it. Its
  // ::after stretches over the row, so a click anywhere on the row opens the note.
  return (
    <li className="note-row" data-selected={selected || undefined}>
      <span className="note-row-head">
        <button
          type="button"
          className="note-row-open"
          aria-current={selected ? 'true' : undefined}
          aria-describedby={`${id}-date ${id}-meta ${id}-snippet`}
          onClick={() => {
            onSelect(note.id);
          }}
        >
          {displayTitle(note)}
        </button>
        <time
          id={`${id}-date`}
          className="note-row-date"
          dateTime={isoOrUndefined(note.updatedAt)}
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
        <li className="note-row note-row-draft" data-selected aria-current="true">
          <span className="note-row-head">
            <span className="note-row-title">New note</span>
          </span>
          <span className="note-row-snippet">Draft · saves as you type</span>
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
