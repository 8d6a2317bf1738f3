/**
 * A story another window is editing: shown read-only, as that window last saved it, with
 * word that it opens here for editing once that window closes it.
 */
import { storyTitle } from '../../../../shared/domain/story-rules';
import { Markdown } from '../../components/Markdown';
import { STORIES_HREF } from '../../services/routes';
import { StoryLinks } from './StoryLinks';
import { useStory } from './use-stories';

export function StoryElsewhere({ storyId }: { storyId: string }) {
  const story = useStory(storyId);
  if (story === undefined) return <div className="screen-loading" aria-busy="true" />;
  return (
    <section className="screen story-screen" aria-labelledby="story-elsewhere-heading">
      <a className="back-link" href={STORIES_HREF}>
        ← All stories
      </a>
      <h1 id="story-elsewhere-heading">{story ? storyTitle(story) : 'Story not found'}</h1>
      <p className="story-elsewhere" role="status">
        This story is open in another window. Edit it there; it opens here for editing as soon as
        you close it there.
      </p>
      {story &&
        (story.body.trim() ? (
          <Markdown text={story.body} />
        ) : (
          <p className="muted">No text yet.</p>
        ))}
      {story && <StoryLinks storyId={storyId} />}
    </section>
  );
}
