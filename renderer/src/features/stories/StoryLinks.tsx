/**
 * What a story supports: every role with the checklist items it backs, each with its
 * tick (shown, not changed here: ticking stays on the checklist), and a way to unlink.
 */
import { useNotify } from '../../components/notices';
import { useDb } from '../../db/db-context';
import { linkStory, unlinkStory } from '../../db/stories-repo';
import { useStorageFull } from '../../db/use-storage-status';
import { roleHref } from '../../services/routes';
import { useLinkedRoles } from './use-stories';

export function StoryLinks({ storyId }: { storyId: string }) {
  const db = useDb();
  const notify = useNotify();
  const roles = useLinkedRoles(storyId);
  const full = useStorageFull();
  async function unlink(itemId: string, text: string) {
    const result = await unlinkStory(db, itemId, storyId);
    if (!result.ok) {
      notify(result.error, 'error');
      return;
    }
    notify(`Unlinked from “${text}”.`, 'info', {
      label: 'Undo',
      run: async () => {
        const linked = await linkStory(db, itemId, storyId);
        if (!linked.ok) notify(linked.error, 'error');
      },
    });
  }

  if (roles === undefined) return <section className="story-links" aria-busy="true" />;
  const count = roles.reduce((sum, role) => sum + role.items.length, 0);

  return (
    <section className="story-links" aria-labelledby="story-links-heading">
      <h2 id="story-links-heading">
        Supports {count === 1 ? '1 checklist item' : `${String(count)} checklist items`}
        {roles.length > 1 ? ` in ${String(roles.length)} roles` : ''}
      </h2>
      {roles.length === 0 ? (
        <p className="muted">
          Not linked to any checklist item yet. On a role’s Checklist tab, open an item and choose
          “Use a story…”.
        </p>
      ) : (
        roles.map(({ role, items }) => (
          <div key={role.id} className="story-link-role">
            <h3>
              <a href={roleHref(role.id)}>{role.title}</a>
            </h3>
            <ul className="story-link-items" aria-label={`Items of ${role.title}`}>
              {items.map((item) => (
                <li key={item.id} className="story-link-item">
                  <span
                    className={item.checked ? 'story-tick story-ticked' : 'story-tick'}
                    role="img"
                    aria-label={item.checked ? 'Ticked' : 'Not ticked'}
                  >
                    {item.checked ? '✓' : ''}
                  </span>
                  <span className="story-link-text">
                    {item.text}
                    {item.kind === 'preferred' && <span className="cl-tag">Preferred</span>}
                  </span>
                  <button
                    type="button"
                    className="button button-small button-quiet"
                    disabled={full}
                    aria-label={`Unlink from “${item.text}”`}
                    onClick={() => void unlink(item.id, item.text)}
                  >
                    Unlink
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
