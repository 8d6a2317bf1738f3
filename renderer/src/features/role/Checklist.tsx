/** The requirement checklist: required first, then preferred; a tick is saved at once. */
import type { Requirement, RequirementKind } from '../../../../shared/domain/model';
import { checklistProgress } from '../../../../shared/domain/progress';
import { useRequirements } from '../../db/hooks';
import { useDb } from '../../db/db-context';
import { setRequirementChecked } from '../../db/requirements-repo';
import { useNotify } from '../../app/notices';
import { ProgressMeter } from '../../components/ProgressMeter';
import { CheckItem } from './CheckItem';

const GROUPS: { kind: RequirementKind; title: string; hint: string }[] = [
  { kind: 'required', title: 'Required', hint: 'What the posting asks for.' },
  { kind: 'preferred', title: 'Preferred', hint: 'Pluses the posting mentions.' },
];

export function Checklist({ roleId }: { roleId: string }) {
  const requirements = useRequirements(roleId);
  const db = useDb();
  const notify = useNotify();

  if (requirements === undefined) return <div className="screen-loading" aria-busy="true" />;
  if (requirements.length === 0) {
    return (
      <div className="empty-state compact">
        <p>No requirements were found in this posting.</p>
      </div>
    );
  }

  const progress = checklistProgress(requirements);

  async function toggle(item: Requirement, checked: boolean): Promise<boolean> {
    try {
      const saved = await setRequirementChecked(db, item.id, checked);
      if (!saved) notify('That tick could not be saved: the item no longer exists.', 'error');
      return saved;
    } catch (error) {
      notify(`That tick could not be saved: ${String(error)}`, 'error');
      return false;
    }
  }

  return (
    <div className="checklist">
      {GROUPS.map(({ kind, title, hint }) => {
        const items = requirements.filter((item) => item.kind === kind);
        if (items.length === 0) return null;
        const { done, total } = progress[kind];
        const headingId = `checklist-${kind}`;
        return (
          <section key={kind} className="checklist-group" aria-labelledby={headingId}>
            <header className="checklist-group-header">
              <div>
                <h2 id={headingId}>{title}</h2>
                <p className="muted">{hint}</p>
              </div>
              <ProgressMeter label={`${done}/${total} ${kind}`} value={done} max={total} />
            </header>
            <ul className="checklist-items">
              {items.map((item) => (
                <li key={item.id}>
                  <CheckItem item={item} onToggle={toggle} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
