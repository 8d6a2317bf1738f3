/**
 * One story's page. Only one window edits a story at a time: this page holds the story's
 * editor lock, and while another window has it open, this one shows the story read-only
 * and says so, then opens it for editing as soon as that window lets go (or closes).
 * Once held, it opens the story's draft if a reload or crash left one, else the story.
 */
import { useEffect, useState } from 'react';
import { useDb } from '../../db/db-context';
import { holdEditorLockWhenFree } from '../../db/editor-presence';
import { getStory } from '../../db/stories-repo';
import { loadStoryDraft, storyToDraft, type StoryDraft } from '../../db/story-drafts-repo';
import { STORIES_HREF } from '../../services/routes';
import { StoryEditor } from './StoryEditor';
import { StoryElsewhere } from './StoryElsewhere';
import { enqueueStoryWork, storyEditorId } from './use-story-autosave';

type Loaded =
  | { kind: 'ready'; value: StoryDraft; restored: boolean }
  | { kind: 'missing' }
  | { kind: 'failed'; error: string };

type Lock = 'asking' | 'elsewhere' | 'held';

export function StoryScreen({ storyId }: { storyId: string }) {
  const db = useDb();
  const [lock, setLock] = useState<Lock>('asking');
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let live = true;
    let held = false;
    const release = holdEditorLockWhenFree(
      storyEditorId(storyId),
      () => {
        held = true;
        if (live) setLock('held');
      },
      // Another window has it open: say why, rather than wait in silence.
      () => {
        if (live) setLock('elsewhere');
      },
    );
    return () => {
      live = false;
      if (!held) {
        release();
        return;
      }
      // Let go once the editor's last save (queued as it unmounts) is in: a window
      // waiting for the story then opens what was typed here.
      setTimeout(() => {
        void enqueueStoryWork(() => Promise.resolve()).finally(release);
      }, 0);
    };
  }, [storyId]);

  useEffect(() => {
    if (lock !== 'held') return undefined;
    let live = true;
    const load = async (): Promise<Loaded> => {
      const story = await getStory(db, storyId);
      if (!story) return { kind: 'missing' };
      const draft = await loadStoryDraft(db, storyId);
      if (draft) return { kind: 'ready', value: draft, restored: true };
      return { kind: 'ready', value: storyToDraft(story), restored: false };
    };
    void enqueueStoryWork(load)
      .catch((error: unknown): Loaded => ({ kind: 'failed', error: String(error) }))
      .then((result) => {
        if (live) setLoaded(result);
      });
    return () => {
      live = false;
    };
  }, [db, storyId, lock]);

  if (lock === 'elsewhere') return <StoryElsewhere storyId={storyId} />;
  if (loaded === null) return <div className="screen-loading" aria-busy="true" />;
  if (loaded.kind !== 'ready') {
    return (
      <section className="screen" aria-labelledby="story-missing">
        <div className="empty-state" role={loaded.kind === 'failed' ? 'alert' : undefined}>
          <h1 id="story-missing">
            {loaded.kind === 'missing' ? 'Story not found' : 'This story could not be opened'}
          </h1>
          <p>
            {loaded.kind === 'missing'
              ? 'It may have been deleted, here or in another window.'
              : loaded.error}
          </p>
          <a className="button button-primary" href={STORIES_HREF}>
            All stories
          </a>
        </div>
      </section>
    );
  }
  return <StoryEditor storyId={storyId} initial={loaded.value} restored={loaded.restored} />;
}
