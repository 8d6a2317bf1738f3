/** Checklist progress: how many items of each kind are ticked. */
import type { ChecklistProgress, Flag, RequirementKind } from './model';

// Declared with the role they are part of (model.ts), so that module needs nothing from here.
export type { ChecklistProgress, KindProgress } from './model';

/** Counts ticked items per kind. */
export function checklistProgress(
  items: Iterable<{ kind: RequirementKind; checked: Flag }>,
): ChecklistProgress {
  const progress: ChecklistProgress = {
    required: { done: 0, total: 0 },
    preferred: { done: 0, total: 0 },
  };
  for (const item of items) {
    const bucket = progress[item.kind];
    bucket.total += 1;
    if (item.checked === 1) bucket.done += 1;
  }
  return progress;
}

/** "2/6 required", or "2/6 required · 1/5 preferred" when the role has preferred items. */
export function formatProgress(progress: ChecklistProgress): string {
  const parts = [`${progress.required.done}/${progress.required.total} required`];
  if (progress.preferred.total > 0) {
    parts.push(`${progress.preferred.done}/${progress.preferred.total} preferred`);
  }
  return parts.join(' · ');
}

/** Share of required items ticked, 0..1 (1 when there are none). */
export function requiredShare(progress: ChecklistProgress): number {
  const { done, total } = progress.required;
  return total === 0 ? 1 : done / total;
}
