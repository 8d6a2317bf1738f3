/**
 * The stories behind one checklist item: each linked story's title (opens it) and first
 * lines, with Unlink; "Use a story…" links an existing one, and "Save as a story" turns
 * the item's evidence into a new story linked to it. None of this ticks the item.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Requirement } from '../../../../shared/domain/model';
import { storyOpening, storyTitle } from '../../../../shared/domain/story-rules';
import { Markdown } from '../../components/Markdown';
import { useNotify } from '../../components/notices';
import { useDb } from '../../db/db-context';
import { getStories, linkStory, saveItemAsStory, unlinkStory } from '../../db/stories-repo';
import { useStorageFull } from '../../db/use-storage-status';
import { navigate, storyHref } from '../../services/routes';
import { AlsoAskedBy } from './AlsoAskedBy';
import { StoryPicker } from './StoryPicker';

/** "Supported by 2 stories". */
export function supportedBy(count: number): string {
  return count === 1 ? 'Supported by 1 story' : `Supported by ${String(count)} stories`;
}

export function ItemStories({ item }: { item: Requirement }) {
  const db = useDb();
  const notify = useNotify();
  const full = useStorageFull();
  const [picking, setPicking] = useState(false);
  const key = item.storyIds.join('\n');
  const stories = useLiveQuery(() => getStories(db, key ? key.split('\n') : []), [db, key]);

  async function unlink(storyId: string, title: string) {
    const result = await unlinkStory(db, item.id, storyId);
    if (!result.ok) {
      notify(result.error, 'error');
      return;
    }
    notify(`Unlinked “${title}” from this item.`, 'info', {
      label: 'Undo',
      run: async () => {
        const linked = await linkStory(db, item.id, storyId);
        if (!linked.ok) notify(linked.error, 'error');
      },
    });
  }

  async function saveAsStory() {
    const saved = await saveItemAsStory(db, item.id);
    if (!saved.ok) {
      notify(saved.error, 'error');
      return;
    }
    const story = saved.value;
    notify(`Saved as the story “${storyTitle(story)}”, linked to this item.`, 'info', {
      label: 'Open',
      run: () => {
        navigate(storyHref(story.id));
      },
    });
  }

  return (
    <section className="item-stories" aria-label={`Stories for “${item.text}”`}>
      <div className="item-stories-head">
        <h4>{stories?.length ? supportedBy(stories.length) : 'Stories'}</h4>
        <div className="item-stories-actions">
          <button
            type="button"
            className="button button-small"
            disabled={full}
            onClick={() => {
              setPicking(true);
            }}
          >
            Use a story…
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={full}
            onClick={() => void saveAsStory()}
          >
            Save as a story
          </button>
        </div>
      </div>
      {stories !== undefined && stories.length === 0 && (
        <p className="cl-hint">
          Link a story you can tell for this, and for the same ask in other roles.
        </p>
      )}
      {stories !== undefined && stories.length > 0 && (
        <ul className="item-stories-list">
          {stories.map((story) => {
            const title = storyTitle(story);
            const opening = storyOpening(story.body);
            return (
              <li key={story.id} className="item-story">
                <div className="item-story-head">
                  <a className="item-story-title" href={storyHref(story.id)}>
                    {title}
                  </a>
                  <button
                    type="button"
                    className="button button-small button-quiet"
                    disabled={full}
                    aria-label={`Unlink “${title}”`}
                    onClick={() => void unlink(story.id, title)}
                  >
                    Unlink
                  </button>
                </div>
                {opening ? (
                  <Markdown text={opening} className="item-story-opening" />
                ) : (
                  <p className="cl-hint">No text yet.</p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <AlsoAskedBy item={item} />
      <StoryPicker
        item={item}
        open={picking}
        onClose={() => {
          setPicking(false);
        }}
      />
    </section>
  );
}
