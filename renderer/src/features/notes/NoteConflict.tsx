/**
 * The note editor's conflict panel: shown while a commit found the note changed in
 * another window. The choice goes back to the form (what it shows) and to the autosave
 * (saved on top of the other window's version, so it is not a conflict again).
 */
import { useEffect, useState } from 'react';
import { formatTags, parseTags } from '../../../../shared/domain/note-search';
import { ConflictPanel } from '../../components/ConflictPanel';
import type { NoteDraftValue } from '../../db/note-drafts-repo';
import { noteToDraft, type NoteConflict as Conflict } from '../../db/note-revision';
import type { NoteAutosave } from './note-autosave';

/** The conflict the editor's autosave is holding, if any. */
export function useNoteConflict(saver: NoteAutosave): Conflict | null {
  const [conflict, setConflict] = useState(saver.revision.conflict);
  useEffect(() => saver.revision.subscribe(setConflict), [saver]);
  return conflict;
}

function asText(value: NoteDraftValue): string {
  const tags = value.tags.trim() ? `\n\nTags: ${value.tags.trim()}` : '';
  return [value.title.trim(), value.body].filter(Boolean).join('\n\n') + tags;
}

/** Both texts one after the other (theirs first, as it was saved first), tags of both. */
export function keepBoth(theirs: NoteDraftValue, mine: NoteDraftValue): NoteDraftValue {
  const bodies = [theirs.body.trimEnd(), mine.body.trimEnd()].filter(Boolean);
  const tags = [...new Set([...parseTags(theirs.tags), ...parseTags(mine.tags)])];
  return {
    ...mine,
    title: mine.title.trim() ? mine.title : theirs.title,
    body: bodies.join('\n\n'),
    tags: formatTags(tags),
    stageId: mine.stageId || theirs.stageId,
  };
}

interface NoteConflictProps {
  conflict: Conflict;
  /** What this editor shows now (typing may have gone on since the conflict). */
  mine: NoteDraftValue;
  onResolve: (value: NoteDraftValue, base: number) => void;
}

export function NoteConflict({ conflict, mine, onResolve }: NoteConflictProps) {
  const theirs = noteToDraft(conflict.theirs);
  const base = conflict.theirs.updatedAt;
  return (
    <ConflictPanel
      title="This note was changed in another window"
      theirs={asText(theirs)}
      mine={asText(mine)}
      onKeepMine={() => {
        onResolve(mine, base);
      }}
      onKeepTheirs={() => {
        onResolve(theirs, base);
      }}
      onKeepBoth={() => {
        onResolve(keepBoth(theirs, mine), base);
      }}
    />
  );
}
