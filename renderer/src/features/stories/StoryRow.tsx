/** One story in the list: its title (the link), date, tags, first words and reach. */
import { useId } from 'react';
import type { Story } from '../../../../shared/domain/model';
import { storySnippet, storyTitle } from '../../../../shared/domain/story-rules';
import { storyHref } from '../../services/routes';
import type { LinkCount } from './use-stories';

const DAY = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "3 Mar 2024" for a story date; the day as given, whatever the time zone. */
export function formatStoryDate(date: string): string {
  return date ? DAY.format(new Date(`${date}T00:00:00Z`)) : '';
}

function reach(count: LinkCount | undefined): string {
  if (!count || count.items === 0) return 'Not linked yet';
  const items = count.items === 1 ? '1 item' : `${String(count.items)} items`;
  return count.roles === 1
    ? `Supports ${items}`
    : `Supports ${items} in ${String(count.roles)} roles`;
}

export function StoryRow({ story, count }: { story: Story; count: LinkCount | undefined }) {
  const id = useId();
  const snippet = storySnippet(story.body);
  return (
    <li className="story-row">
      <span className="story-row-head">
        <a
          className="story-row-open"
          href={storyHref(story.id)}
          aria-describedby={`${id}-meta ${id}-snippet`}
        >
          {storyTitle(story)}
        </a>
        {story.date && (
          <time className="story-row-date" dateTime={story.date}>
            {formatStoryDate(story.date)}
          </time>
        )}
      </span>
      <span id={`${id}-meta`} className="story-row-meta">
        <span className={count?.items ? 'story-reach' : 'story-reach story-reach-none'}>
          {reach(count)}
        </span>
        {story.tags.map((tag) => (
          <span key={tag} className="tag-chip">
            {tag}
          </span>
        ))}
      </span>
      <span id={`${id}-snippet`} className="story-row-snippet">
        {snippet || 'No text yet'}
      </span>
    </li>
  );
}
