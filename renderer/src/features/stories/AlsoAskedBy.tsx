/**
 * "Also asked by": once an item has a story, the items of other roles that ask the same
 * thing, with what they share ("shares: leadership, software engineering") and one click
 * to link the same stories to them. Suggestions are computed offline from the checklist
 * text (shared/similarity); linking never ticks anything.
 */
import { useEffect, useState } from 'react';
import type { Requirement } from '../../../../shared/domain/model';
import { useNotify } from '../../components/notices';
import { useDb } from '../../db/db-context';
import { findSimilarAsks, linkStoriesTo, type SimilarAsk } from '../../db/similar-asks-repo';
import { useStorageFull } from '../../db/use-storage-status';
import { roleHref } from '../../services/routes';

function linkLabel(count: number): string {
  return count === 1 ? 'Link the story' : `Link the ${String(count)} stories`;
}

export function AlsoAskedBy({ item }: { item: Requirement }) {
  const db = useDb();
  const notify = useNotify();
  const full = useStorageFull();
  const [asks, setAsks] = useState<SimilarAsk[] | undefined>(undefined);
  const [refresh, setRefresh] = useState(0);
  const stories = item.storyIds;
  const storyKey = stories.join('\n');

  useEffect(() => {
    let live = true;
    void findSimilarAsks(db, item.id).then((found) => {
      if (live) setAsks(found);
    });
    return () => {
      live = false;
    };
  }, [db, item.id, item.text, storyKey, refresh]);

  if (stories.length === 0 || asks === undefined || asks.length === 0) return null;

  async function link(ask: SimilarAsk) {
    const added = await linkStoriesTo(db, ask.requirement.id, stories);
    if (added === undefined) notify('That item no longer exists.', 'error');
    else notify(`Linked to “${ask.requirement.text}” in ${ask.roleTitle}.`);
    setRefresh((n) => n + 1);
  }

  return (
    <section className="also-asked" aria-label="Also asked by">
      <h5>Also asked by</h5>
      <ul>
        {asks.map((ask) => {
          const missing = stories.filter((id) => !ask.requirement.storyIds.includes(id));
          return (
            <li key={ask.requirement.id}>
              <div className="also-asked-text">
                <a href={roleHref(ask.requirement.roleId)}>{ask.roleTitle}</a>
                <span> — “{ask.requirement.text}”</span>
                {ask.shared.length > 0 && (
                  <span className="cl-hint"> shares: {ask.shared.join(', ')}</span>
                )}
              </div>
              {missing.length === 0 ? (
                <span className="also-asked-done">Linked</span>
              ) : (
                <button
                  type="button"
                  className="button button-small"
                  disabled={full}
                  aria-label={`${linkLabel(missing.length)} to “${ask.requirement.text}” in ${ask.roleTitle}`}
                  onClick={() => void link(ask)}
                >
                  {linkLabel(missing.length)}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
