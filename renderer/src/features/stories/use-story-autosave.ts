/**
 * Autosave for the story editor, as notes have it: every change goes to a draft soon
 * after typing pauses (and at once when the page goes away), and a little later the
 * draft is committed into the story. The draft is what makes a reload or crash lose
 * nothing; the commit is what makes the list and the exports current.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { storyTextProblem } from '../../../../shared/domain/story-rules';
import type { ShortlistDb } from '../../db/db';
import { useDb } from '../../db/db-context';
import { dropBlankStory } from '../../db/stories-repo';
import {
  commitStoryDraft,
  saveStoryDraft,
  saveStoryDraftAtExit,
  type StoryDraft,
} from '../../db/story-drafts-repo';

/** Draft writes wait this long for a pause in typing. */
export const STORY_DRAFT_MS = 250;
/** Commits wait for a longer pause: each one reorders the list. */
export const STORY_COMMIT_MS = 1000;

export type StorySaveState =
  | { kind: 'saved' }
  | { kind: 'saving' }
  /** The text cannot go into the story as it is; the draft keeps it. */
  | { kind: 'refused'; reason: string }
  /** Not even the draft could be written: the text is only on screen. */
  | { kind: 'failed'; reason: string };

/**
 * The story's editor lock (see editor-presence): the story's page holds it, so one window
 * edits a story at a time and no other window's recovery commits its draft.
 */
export function storyEditorId(storyId: string): string {
  return `story-${storyId}`;
}

/** One queue per window, so a save, its commit and the next editor's load run in order. */
let queue: Promise<unknown> = Promise.resolve();
export function enqueueStoryWork<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work);
  queue = run.catch(() => undefined);
  return run;
}

/** Writes the draft, then commits it; what the editor should say afterwards. */
async function saveAndCommit(
  db: ShortlistDb,
  storyId: string,
  value: StoryDraft,
): Promise<StorySaveState> {
  const saved = await saveStoryDraft(db, storyId, value);
  if (!saved.ok) return { kind: 'failed', reason: saved.error };
  const committed = await commitStoryDraft(db, storyId);
  if (committed && !committed.ok) return { kind: 'refused', reason: committed.error };
  return { kind: 'saved' };
}

export interface StoryAutosave {
  value: StoryDraft;
  state: StorySaveState;
  change: (next: StoryDraft) => void;
  /** Saves now (blur). */
  flush: () => void;
  /** Stops saving for good (the story is being deleted). */
  close: () => void;
}

export function useStoryAutosave(
  storyId: string,
  initial: StoryDraft,
  restored: boolean,
): StoryAutosave {
  const db = useDb();
  const [value, setValue] = useState(initial);
  const [state, setState] = useState<StorySaveState>(
    restored ? { kind: 'saving' } : { kind: 'saved' },
  );
  const latest = useRef(initial);
  const version = useRef(restored ? 1 : 0);
  const savedVersion = useRef(0);
  const closed = useRef(false);
  const mounted = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const save = useCallback(() => {
    clearTimeout(timer.current);
    const at = version.current;
    if (closed.current || at <= savedVersion.current) return;
    savedVersion.current = at;
    const text = latest.current;
    void enqueueStoryWork(() => saveAndCommit(db, storyId, text))
      .catch((error: unknown): StorySaveState => ({ kind: 'failed', reason: String(error) }))
      .then((next) => {
        // Typing went on meanwhile: that text's own save will report.
        if (at === version.current && !closed.current) setState(next);
      });
  }, [db, storyId]);

  const change = useCallback(
    (next: StoryDraft) => {
      if (closed.current) return;
      setValue(next);
      latest.current = next;
      version.current += 1;
      const problem = storyTextProblem(next);
      setState(problem ? { kind: 'refused', reason: problem } : { kind: 'saving' });
      clearTimeout(timer.current);
      // The draft after a short pause; the commit rides on the same write after a long one.
      timer.current = setTimeout(() => {
        const at = version.current;
        void enqueueStoryWork(() => saveStoryDraft(db, storyId, latest.current)).then((saved) => {
          if (!saved.ok && at === version.current) {
            setState({ kind: 'failed', reason: saved.error });
          }
        });
        timer.current = setTimeout(save, STORY_COMMIT_MS - STORY_DRAFT_MS);
      }, STORY_DRAFT_MS);
    },
    [db, storyId, save],
  );

  // A draft left by a reload is committed a moment after opening.
  useEffect(() => {
    if (!restored) return undefined;
    const pending = setTimeout(save, STORY_COMMIT_MS);
    return () => {
      clearTimeout(pending);
    };
  }, [restored, save]);

  useEffect(() => {
    mounted.current = true;
    const atExit = () => {
      if (closed.current || version.current <= savedVersion.current) return;
      clearTimeout(timer.current);
      saveStoryDraftAtExit(db, storyId, latest.current);
    };
    window.addEventListener('pagehide', atExit);
    return () => {
      window.removeEventListener('pagehide', atExit);
      // Leaving the story: save what is left, then drop it if nothing was ever written.
      // Not when React only remounts the editor at once (StrictMode in development).
      mounted.current = false;
      save();
      setTimeout(() => {
        if (mounted.current || closed.current) return;
        void enqueueStoryWork(() => dropBlankStory(db, storyId));
      }, 0);
    };
  }, [db, storyId, save]);

  const close = useCallback(() => {
    closed.current = true;
    clearTimeout(timer.current);
  }, []);

  return { value, state, change, flush: save, close };
}
