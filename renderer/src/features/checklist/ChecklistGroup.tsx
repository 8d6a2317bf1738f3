/** One kind's part of the checklist: its heading, progress, and sortable items. */
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { Requirement, RequirementKind } from '../../../../shared/domain/model';
import type { KindProgress } from '../../../../shared/domain/progress';
import { ProgressMeter } from '../../components/ProgressMeter';
import type { ChecklistCommands } from './use-checklist';
import { CheckItem } from './CheckItem';

interface ChecklistGroupProps {
  kind: RequirementKind;
  title: string;
  hint: string;
  progress: KindProgress;
  /** How many of the kind's items (shown or not) have evidence. */
  evidenceCount: number;
  /** The items the filter shows, in order. */
  items: readonly Requirement[];
  /** Shown when the filter hides every item; null shows nothing under the header. */
  emptyMessage: string | null;
  reorderable: boolean;
  commands: ChecklistCommands;
  expanded: ReadonlySet<string>;
  onExpand: (id: string, open: boolean) => void;
  onMove: (item: Requirement, delta: -1 | 1) => void;
}

export function ChecklistGroup(props: ChecklistGroupProps) {
  const { kind, title, hint, progress, evidenceCount, items, emptyMessage, reorderable } = props;
  const headingId = `checklist-${kind}`;
  const ids = items.map((item) => item.id);

  return (
    <section className="checklist-group cl-group" aria-labelledby={headingId}>
      <header className="checklist-group-header">
        <div>
          <h2 id={headingId}>{title}</h2>
          <p className="muted">
            {hint}
            {evidenceCount > 0 && ` · ${evidenceCount} with evidence`}
          </p>
        </div>
        <ProgressMeter
          label={`${progress.done}/${progress.total} ${kind}`}
          value={progress.done}
          max={progress.total}
        />
      </header>
      {items.length > 0 ? (
        <SortableContext id={kind} items={ids} strategy={verticalListSortingStrategy}>
          <ul className="checklist-items cl-items">
            {items.map((item, index) => (
              <CheckItem
                key={item.id}
                item={item}
                commands={props.commands}
                position={reorderable ? { index, count: items.length } : null}
                expanded={props.expanded.has(item.id)}
                onExpand={props.onExpand}
                onMove={props.onMove}
              />
            ))}
          </ul>
        </SortableContext>
      ) : (
        emptyMessage && <p className="cl-group-empty">{emptyMessage}</p>
      )}
    </section>
  );
}
