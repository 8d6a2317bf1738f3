/**
 * One story's page: opens its draft if a reload or crash left one (else the story), then
 * the editor and the checklist items the story supports. Reads go through the story
 * queue, so they wait for the previous editor's last save.
 */
import { useEffect, useState } from 'react';
import { useDb } from '../../db/db-context';
import { liveEditorIds } from '../../db/editor-presence';
import { getStory } from '../../db/stories-repo';
import { loadStoryDraft, storyToDraft, type StoryDraft } from '../../db/story-drafts-repo';
import { STORIES_HREF } from '../../services/routes';
import { StoryEditor } from './StoryEditor';
import { enqueueStoryWork, storyEditorId } from './use-story-autosave';

type Loaded =
  | { kind: 'ready'; value: StoryDraft; restored: boolean }
  | { kind: 'missing' }
  | { kind: 'failed'; error: string };

export function StoryScreen({ storyId }: { storyId: string }) {
  const db = useDb();
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let live = true;
    const load = async (): Promise<Loaded> => {
      const story = await getStory(db, storyId);
      if (!story) return { kind: 'missing' };
      // Another window editing this story keeps its own text; here the story shows.
      const openElsewhere = (await liveEditorIds()).has(storyEditorId(storyId));
      const draft = openElsewhere ? undefined : await loadStoryDraft(db, storyId);
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
  }, [db, storyId]);

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
