/**
 * Stories: the applicant's reusable evidence, each backing checklist items in any role.
 * Search and sort the list, open one, or start a new one. Opening the screen commits
 * story drafts a closed or crashed window left behind, so the list shows their text.
 */
import { useEffect, useState } from 'react';
import {
  STORY_SORTS,
  STORY_SORT_LABELS,
  filterStories,
  sortStories,
  type StorySort,
} from '../../../../shared/domain/story-rules';
import { ListToolbar } from '../../components/ListToolbar';
import { useNotify } from '../../components/notices';
import { useDb } from '../../db/db-context';
import { liveEditorIds } from '../../db/editor-presence';
import { createStory } from '../../db/stories-repo';
import { commitStoryDrafts } from '../../db/story-drafts-repo';
import { useStorageFull } from '../../db/use-storage-status';
import { navigate, storyHref } from '../../services/routes';
import { StoriesExportMenu } from './StoriesExportMenu';
import { StoryRow } from './StoryRow';
import { useLinkCounts, useStories } from './use-stories';
import { enqueueStoryWork, storyEditorId } from './use-story-autosave';

export function StoriesScreen() {
  const db = useDb();
  const notify = useNotify();
  const stories = useStories();
  const counts = useLinkCounts(stories);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<StorySort>('updated');
  const full = useStorageFull();

  useEffect(() => {
    if (full) return;
    void enqueueStoryWork(async () => {
      const live = await liveEditorIds();
      return commitStoryDrafts(db, (id) => live.has(storyEditorId(id)));
    }).catch((error: unknown) => {
      notify(`Unsaved story text could not be recovered: ${String(error)}`, 'error');
    });
  }, [db, full, notify]);

  async function startStory() {
    const created = await createStory(db);
    if (created.ok) navigate(storyHref(created.value.id));
    else notify(created.error, 'error');
  }

  if (stories === undefined) return <div className="screen-loading" aria-busy="true" />;
  const shown = sortStories(filterStories(stories, query), sort);

  return (
    <section className="screen stories" aria-labelledby="stories-heading">
      <header className="screen-header">
        <div>
          <h1 id="stories-heading">Stories</h1>
          <p className="screen-subtitle">
            Write an example once; link it to every checklist item it proves, in any role
          </p>
        </div>
        <div className="stories-actions">
          {/* When there are none, the empty state below offers the first one. */}
          {stories.length > 0 && (
            <>
              <StoriesExportMenu />
              <button
                type="button"
                className="button button-primary"
                disabled={full}
                onClick={() => void startStory()}
              >
                New story
              </button>
            </>
          )}
        </div>
      </header>
      {stories.length === 0 ? (
        <div className="empty-state">
          <h2>No stories yet</h2>
          <p>
            A story is a piece of evidence you can tell in many interviews: a situation, what you
            did, and the result. Write it once here, or use “Save as a story” on a checklist item,
            then link it to the items it supports in every role.
          </p>
          <button
            type="button"
            className="button button-primary"
            disabled={full}
            onClick={() => void startStory()}
          >
            Write your first story
          </button>
        </div>
      ) : (
        <>
          <ListToolbar
            searchLabel="Search stories"
            placeholder="Search titles, text and tags"
            query={query}
            onQuery={setQuery}
            sort={sort}
            sorts={STORY_SORTS}
            sortLabels={STORY_SORT_LABELS}
            onSort={setSort}
            shown={shown.length}
            total={stories.length}
            noun={['story', 'stories']}
          />
          {shown.length === 0 ? (
            <p className="stories-none">No story matches “{query.trim()}”.</p>
          ) : (
            <ul className="stories-list" aria-label="Stories">
              {shown.map((story) => (
                <StoryRow key={story.id} story={story} count={counts.get(story.id)} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
