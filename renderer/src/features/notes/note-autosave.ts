/**
 * Autosave for the note editor. Every change is written to a draft soon after the user
 * stops typing (and at once on blur, tab switch, page hide or unmount); a little later
 * the draft is committed into the note, so the list stays current. The draft is what
 * makes a reload or crash lose nothing; the commit is what makes the note itself current.
 */
import { isBlankNoteText, noteTextProblem } from '../../../../shared/domain/note-limits';
import type { ShortlistDb } from '../../db/db';
import {
  commitNoteDraft,
  loadNoteDraft,
  noteDraftKey,
  saveNoteDraft,
  saveNoteDraftAtExit,
  type CommitOutcome,
  type NoteDraftValue,
} from '../../db/note-drafts-repo';
import { draftEditorId, draftNoteId } from '../../db/note-revision';
import { DraftRevision } from './draft-revision';

/** Draft writes wait this long for a pause in typing (the brief allows up to 400 ms). */
export const DRAFT_SAVE_MS = 250;
/** Commits wait for a longer pause: each one reorders the list and bumps `updatedAt`. */
export const COMMIT_MS = 1000;

/**
 * One queue for every note-draft read and write in this window. A save, the commit that
 * follows it and the next editor's draft load then run in order: a new editor never reads
 * a draft the previous one is about to commit, and a new note is never created twice.
 */
let queue: Promise<unknown> = Promise.resolve();

export function enqueueDraftWork<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * What the editor says about its text. "saved" only once the text is in the note itself
 * (committed), never merely in a draft: a draft is not in the list or the exports.
 */
export type AutosaveStatus =
  /** Keystrokes not yet in the note. */
  | { kind: 'saving' }
  /** The note holds exactly what the editor shows. */
  | { kind: 'saved' }
  /** A new note with nothing in it: there is nothing to save, and no note. */
  | { kind: 'empty' }
  /** The text cannot go into the note as it is (too long…); the draft keeps it. */
  | { kind: 'refused'; reason: string }
  /** Not even the draft could be written: the text is only on screen. */
  | { kind: 'failed'; reason: string };

const SAVING: AutosaveStatus = { kind: 'saving' };
const KEPT_AS_DRAFT = 'kept as a draft, not yet in the note';
const COPY_YOUR_TEXT: AutosaveStatus = { kind: 'failed', reason: 'copy your text' };

/** What the editor says as it opens, before any keystroke. */
export function openingStatus(
  value: NoteDraftValue,
  isNew: boolean,
  restored: boolean,
): AutosaveStatus {
  const problem = noteTextProblem(value);
  if (problem) return { kind: 'refused', reason: problem };
  if (isNew && isBlankNoteText(value)) return { kind: 'empty' };
  // A restored draft is committed a moment after opening.
  return restored ? SAVING : { kind: 'saved' };
}

export interface AutosaveEvents {
  onStatus: (status: AutosaveStatus) => void;
  onCommitted: (outcome: CommitOutcome) => void;
  onError: (error: unknown) => void;
}

export class NoteAutosave {
  private key: string;
  /** Counts changes; a write records the version it carried, so an older one never wins. */
  private version = 0;
  private latest: NoteDraftValue | null = null;
  /** What the editor shows: the opening text until the first change. */
  private shown: NoteDraftValue;
  private queuedVersion = 0;
  private savedVersion = 0;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private commitTimer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;
  private events: AutosaveEvents = {
    onStatus: () => undefined,
    onCommitted: () => undefined,
    onError: () => undefined,
  };

  /** The note revision the text builds on, and any conflict waiting for the user. */
  readonly revision: DraftRevision;

  constructor(
    private readonly db: ShortlistDb,
    private readonly roleId: string,
    key: string,
    opening: NoteDraftValue,
  ) {
    this.key = key;
    this.shown = opening;
    this.revision = new DraftRevision(draftEditorId(key), opening.base);
  }

  /** Who hears about status, commits and errors (the current render's callbacks). */
  listen(events: AutosaveEvents): void {
    this.events = events;
  }

  /** The note that holds the text, once there is one (a new note has none until its commit). */
  get noteId(): string | null {
    return this.key.startsWith('note:') ? draftNoteId(this.key) : null;
  }

  /** Records a change: a draft write soon, a commit after a longer pause. */
  change(value: NoteDraftValue): void {
    if (this.closed) return;
    this.version += 1;
    this.latest = value;
    this.shown = value;
    // A limit is reported as the user types; the draft still keeps every character.
    const problem = noteTextProblem(value);
    this.events.onStatus(problem ? { kind: 'refused', reason: problem } : SAVING);
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.flush(), DRAFT_SAVE_MS);
    this.scheduleCommit();
  }

  /** Commits after a pause, e.g. when the editor opened a draft left by a reload. */
  scheduleCommit(): void {
    if (this.closed) return;
    clearTimeout(this.commitTimer);
    this.commitTimer = setTimeout(() => void this.commit(), COMMIT_MS);
  }

  /** Writes any unsaved change to the draft now. */
  flush(): Promise<void> {
    clearTimeout(this.saveTimer);
    const { latest: value, version } = this;
    if (this.closed || !value || version <= this.queuedVersion) {
      return enqueueDraftWork(() => Promise.resolve());
    }
    this.queuedVersion = version;
    return enqueueDraftWork(async () => {
      if (version <= this.savedVersion) return;
      // The key is read when the write runs: a new note's commit may have renamed it.
      const stamped = this.revision.stamp(value);
      const saved = await saveNoteDraft(this.db, this.key, this.roleId, stamped);
      if (saved.ok) this.markSaved(version);
      else this.failed(saved.error);
    }).catch((error: unknown) => {
      this.failed(error);
    });
  }

  /**
   * Writes the newest text at once, synchronously, as the page goes away (pagehide):
   * a reload or a closed window a moment after the last keystroke loses nothing.
   */
  flushAtExit(): void {
    clearTimeout(this.saveTimer);
    const { latest: value, version } = this;
    if (this.closed || !value || version <= this.savedVersion) return;
    try {
      const stamped = this.revision.stamp(value);
      if (!saveNoteDraftAtExit(this.db, this.key, this.roleId, stamped)) return;
      this.queuedVersion = Math.max(this.queuedVersion, version);
      this.markSaved(version);
    } catch (error) {
      this.failed(error);
    }
  }

  /** The draft holds this version; "Saved" waits for the commit into the note. */
  private markSaved(version: number): void {
    this.savedVersion = Math.max(this.savedVersion, version);
  }

  /** Not even the draft was written: say so, so the user copies their text. */
  private failed(error: unknown): void {
    this.events.onStatus(COPY_YOUR_TEXT);
    this.events.onError(error);
  }

  /**
   * Says what a commit left, unless typing went on meanwhile (its own status stands):
   * "saved" only when no draft is left over, i.e. the note holds the text.
   */
  private async reportCommit(version: number, committed: boolean): Promise<void> {
    if (version !== this.version || version !== this.savedVersion) return;
    if ((await loadNoteDraft(this.db, this.key)) === undefined) {
      const blankNew = !committed && this.noteId === null;
      this.events.onStatus(blankNew ? { kind: 'empty' } : { kind: 'saved' });
      return;
    }
    const reason = noteTextProblem(this.shown) ?? KEPT_AS_DRAFT;
    this.events.onStatus({ kind: 'refused', reason });
  }

  /** Writes any unsaved change and commits the draft into the note, now. */
  commit(): Promise<void> {
    clearTimeout(this.commitTimer);
    if (this.closed) return enqueueDraftWork(() => Promise.resolve());
    void this.flush();
    return enqueueDraftWork(async () => {
      // While the user chooses between two versions, the draft alone keeps their text.
      if (this.revision.conflict) return;
      // The version the draft holds as the commit runs (the flush above came first).
      const version = this.savedVersion;
      const outcome = await commitNoteDraft(this.db, this.key);
      if (outcome?.kind === 'conflict') {
        this.revision.conflicted(outcome);
        this.events.onStatus({ kind: 'refused', reason: 'changed in another window' });
        return;
      }
      if (outcome?.created) this.key = noteDraftKey(outcome.noteId, this.revision.editorId);
      if (outcome) this.revision.committed(outcome);
      if (outcome) this.events.onCommitted(outcome);
      await this.reportCommit(version, outcome !== null);
    }).catch((error: unknown) => {
      // The note was not written; the draft (if it was written) still has the text.
      const kept = this.savedVersion === this.version;
      this.events.onStatus(kept ? { kind: 'refused', reason: KEPT_AS_DRAFT } : COPY_YOUR_TEXT);
      this.events.onError(error);
    });
  }

  /** After a conflict: saves the text the user chose, on top of the other version. */
  resolve(value: NoteDraftValue, base: number): Promise<void> {
    this.revision.resolved(base);
    this.change(value);
    return this.commit();
  }

  /** Stops all saving (the note was deleted): later changes and timers do nothing. */
  close(): void {
    this.closed = true;
    clearTimeout(this.saveTimer);
    clearTimeout(this.commitTimer);
  }
}
