/**
 * Messages of expected failures of checklist commands, which return the shared `Result`
 * (shared/result.ts).
 */

export const GONE = 'That item no longer exists (it may have been deleted in another window).';

export function firstIssue(error: { issues: readonly { message: string }[] }): string {
  return error.issues[0]?.message ?? 'That change is not valid.';
}
