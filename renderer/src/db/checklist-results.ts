/** Expected failures of checklist commands, as values with messages fit to show. */

/** An expected failure is a value with a message fit to show the user. */
export type ChecklistResult<T> = { ok: true; value: T } | { ok: false; error: string };

export const GONE = 'That item no longer exists (it may have been deleted in another window).';

export function ok<T>(value: T): ChecklistResult<T> {
  return { ok: true, value };
}

export function fail<T>(error: string): ChecklistResult<T> {
  return { ok: false, error };
}

export function firstIssue(error: { issues: readonly { message: string }[] }): string {
  return error.issues[0]?.message ?? 'That change is not valid.';
}
