/**
 * The story editor: title, date, tags and the Markdown body (with an optional STAR
 * outline), saved as the user types; then the items the story supports. Delete offers
 * Undo, which brings the story back with its links.
 */
import { useId } from 'react';
import { assertNever } from '../../../../shared/assert-never';
import { storyTitle, withStarTemplate } from '../../../../shared/domain/story-rules';
import { FIELD_LIMITS } from '../../../../shared/domain/field-limits';
import { FieldLimitNote } from '../../components/FieldLimitNote';
import { useNotify } from '../../components/notices';
import { useFieldLimit } from '../../components/use-field-limit';
import { useDb } from '../../db/db-context';
import { deleteStory, restoreStory } from '../../db/stories-repo';
import type { StoryDraft } from '../../db/story-drafts-repo';
import { READ_ONLY_LABEL, useStorageFull } from '../../db/use-storage-status';
import { navigate, STORIES_HREF, storyHref } from '../../services/routes';
import { NoteBody } from '../notes/NoteBody';
import { TagInput } from '../notes/TagInput';
import { StoryLinks } from './StoryLinks';
import { enqueueStoryWork, useStoryAutosave, type StorySaveState } from './use-story-autosave';

function saveLabel(state: StorySaveState): string {
  switch (state.kind) {
    case 'saved':
      return 'Saved';
    case 'saving':
      return 'Saving…';
    case 'refused':
      return `Not saved: ${state.reason}`;
    case 'failed':
      return `Not saved: ${state.reason} — copy your text`;
    default:
      return assertNever(state, 'story save state');
  }
}

interface StoryEditorProps {
  storyId: string;
  initial: StoryDraft;
  restored: boolean;
}

export function StoryEditor({ storyId, initial, restored }: StoryEditorProps) {
  const db = useDb();
  const notify = useNotify();
  const id = useId();
  const { value, state, change, flush, close } = useStoryAutosave(storyId, initial, restored);
  const full = useStorageFull();
  const titleLimit = useFieldLimit('Title', FIELD_LIMITS.storyTitle, value.title);
  const set = (patch: Partial<StoryDraft>) => {
    change({ ...value, ...patch });
  };

  function remove() {
    // What was typed last goes into the story first, so Undo brings it back too.
    flush();
    close();
    void enqueueStoryWork(() => deleteStory(db, storyId))
      .then((deleted) => {
        navigate(STORIES_HREF);
        if (!deleted) return;
        notify(`Deleted “${storyTitle(deleted.story)}”.`, 'info', {
          label: 'Undo',
          run: async () => {
            await restoreStory(db, deleted);
            notify(`Restored “${storyTitle(deleted.story)}”.`, 'info', {
              label: 'Open',
              run: () => {
                navigate(storyHref(deleted.story.id));
              },
            });
          },
        });
      })
      .catch((error: unknown) => {
        notify(`Could not delete the story: ${String(error)}`, 'error');
      });
  }

  const failed = state.kind === 'refused' || state.kind === 'failed';
  return (
    <section className="screen story-screen" aria-labelledby={`${id}-heading`}>
      <a className="back-link" href={STORIES_HREF}>
        ← All stories
      </a>
      <h1 id={`${id}-heading`} className="visually-hidden">
        Story: {storyTitle(value)}
      </h1>
      <div className="story-editor note-editor">
        <div className="story-head">
          <input
            className="note-input story-title-input"
            type="text"
            aria-label="Story title"
            placeholder="Title, e.g. Led a distributed team through a migration"
            value={value.title}
            readOnly={full}
            {...titleLimit.inputProps}
            onChange={(event) => {
              set({ title: event.target.value });
            }}
            onBlur={flush}
          />
          <span
            className={`cl-save-state cl-save-${failed ? 'failed' : state.kind}`}
            aria-live="polite"
          >
            {full ? READ_ONLY_LABEL : saveLabel(state)}
          </span>
        </div>
        <FieldLimitNote limit={titleLimit} />
        <div className="story-meta">
          <label className="note-field">
            <span className="note-field-label">Date</span>
            <input
              className="note-input"
              type="date"
              value={value.date}
              readOnly={full}
              onChange={(event) => {
                set({ date: event.target.value });
              }}
              onBlur={flush}
            />
          </label>
          <TagInput
            value={value.tags}
            of="this story"
            onChange={(tags) => {
              set({ tags });
            }}
          />
        </div>
        <div className="story-body-tools">
          <button
            type="button"
            className="button button-small"
            disabled={full}
            onClick={() => {
              set({ body: withStarTemplate(value.body) });
            }}
          >
            Add Situation / Task / Action / Result outline
          </button>
        </div>
        <div onBlur={flush}>
          <NoteBody
            value={value.body}
            label="Story text (Markdown)"
            onChange={(body) => {
              set({ body });
            }}
          />
        </div>
        <div className="note-editor-actions">
          <button type="button" className="button button-quiet" disabled={full} onClick={remove}>
            Delete story
          </button>
        </div>
      </div>
      <StoryLinks storyId={storyId} />
    </section>
  );
}
