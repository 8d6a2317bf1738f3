/** Display rules for application statuses. */
import { APPLICATION_STATUSES, type ApplicationStatus } from './model';

const LABELS: Record<ApplicationStatus, string> = {
  interested: 'Interested',
  applied: 'Applied',
  screening: 'Screening',
  interviewing: 'Interviewing',
  offer: 'Offer',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  ghosted: 'Ghosted',
};

/** "Interviewing", for display. */
export function statusLabel(status: ApplicationStatus): string {
  return LABELS[status];
}

/** Position in the pipeline (exits after it), for sorting by progress. */
export function statusRank(status: ApplicationStatus): number {
  return APPLICATION_STATUSES.indexOf(status);
}
