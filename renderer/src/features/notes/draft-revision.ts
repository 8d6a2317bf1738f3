/**
 * The revision an editor's text is based on, and the conflict a commit found. Kept apart
 * from the autosave's timing: the autosave stamps each draft with the base, moves the
 * base on after each commit, and stops committing while a conflict waits for the user.
 */
import type { CommitOutcome, NoteDraftValue } from '../../db/note-drafts-repo';
import type { NoteConflict } from '../../db/note-revision';

type Listener = (conflict: NoteConflict | null) => void;

export class DraftRevision {
  private current: NoteConflict | null = null;
  private listeners = new Set<Listener>();

  constructor(
    /** The editor's own id, in its draft keys (undefined for a key from before them). */
    readonly editorId: string | undefined,
    /** The note's `updatedAt` the text builds on; undefined for a note not yet created. */
    private base: number | undefined,
  ) {}

  /** The value to write as a draft: the text and the base it builds on. */
  stamp(value: NoteDraftValue): NoteDraftValue {
    const text = { ...value };
    delete text.base;
    return this.base === undefined ? text : { ...text, base: this.base };
  }

  /** The note now holds this editor's text: the next draft builds on it. */
  committed(outcome: CommitOutcome): void {
    this.base = outcome.updatedAt;
  }

  /** Whether the text builds on this revision of the note. */
  buildsOn(updatedAt: number): boolean {
    return this.base === updatedAt;
  }

  get conflict(): NoteConflict | null {
    return this.current;
  }

  /** A commit found the note changed elsewhere: hold commits until the user chooses. */
  conflicted(conflict: NoteConflict): void {
    this.current = conflict;
    for (const listener of this.listeners) listener(conflict);
  }

  /** The user chose: what they keep now builds on the other window's version. */
  resolved(base: number): void {
    this.base = base;
    this.current = null;
    for (const listener of this.listeners) listener(null);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}
