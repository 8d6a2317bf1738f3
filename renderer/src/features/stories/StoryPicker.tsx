/**
 * "Use a story…": search the stories and link one to a checklist item. Stories already
 * linked to it show as such. Linking never ticks the item.
 */
import { useState } from 'react';
import type { Requirement } from '../../../../shared/domain/model';
import {
  filterStories,
  sortStories,
  storySnippet,
  storyTitle,
} from '../../../../shared/domain/story-rules';
import { ModalDialog } from '../../components/ModalDialog';
import { useNotify } from '../../components/notices';
import { useDb } from '../../db/db-context';
import { linkStory } from '../../db/stories-repo';
import { useStories } from './use-stories';

interface StoryPickerProps {
  item: Requirement;
  open: boolean;
  onClose: () => void;
}

export function StoryPicker({ item, open, onClose }: StoryPickerProps) {
  const db = useDb();
  const notify = useNotify();
  const stories = useStories();
  const [query, setQuery] = useState('');
  const shown = sortStories(filterStories(stories ?? [], query), 'updated');

  async function pick(storyId: string, title: string) {
    const linked = await linkStory(db, item.id, storyId);
    if (!linked.ok) {
      notify(linked.error, 'error');
      return;
    }
    setQuery('');
    onClose();
    notify(`Linked “${title}” to this item.`);
  }

  return (
    <ModalDialog
      open={open}
      title="Use a story"
      className="story-picker"
      onClose={onClose}
      actions={
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      }
    >
      <p className="story-picker-item">For “{item.text}”</p>
      {stories !== undefined && stories.length === 0 ? (
        <p className="muted">
          No stories yet. Use “Save as a story” to turn this item’s evidence into one, or write one
          on the Stories screen.
        </p>
      ) : (
        <>
          <input
            type="search"
            className="search-input story-picker-search"
            aria-label="Search stories"
            placeholder="Search titles, text and tags"
            value={query}
            // The dialog opens to search: focus goes here, not to Cancel.
            autoFocus
            onChange={(event) => {
              setQuery(event.target.value);
            }}
          />
          <ul className="story-picker-list" aria-label="Stories to link">
            {shown.map((story) => {
              const linked = item.storyIds.includes(story.id);
              const title = storyTitle(story);
              return (
                <li key={story.id}>
                  <button
                    type="button"
                    className="story-picker-option"
                    disabled={linked}
                    onClick={() => void pick(story.id, title)}
                  >
                    <span className="story-picker-title">
                      {title}
                      {linked && <span className="cl-tag">Linked</span>}
                    </span>
                    <span className="story-picker-snippet">{storySnippet(story.body, 100)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
          {shown.length === 0 && <p className="muted">No story matches “{query.trim()}”.</p>}
        </>
      )}
    </ModalDialog>
  );
}
