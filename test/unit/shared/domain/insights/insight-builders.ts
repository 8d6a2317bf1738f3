/** Builders for insight tests: applications and their log, written the way the app writes them. */
import type {
  InsightActivity,
  InsightApplication,
} from '../../../../../shared/domain/insights/history';
import type { ApplicationStatus } from '../../../../../shared/domain/model';

/** Local midnight of 2026-03-`day` (days past 31 roll into April), plus `hours`. */
export function march(day: number, hours = 0): number {
  return new Date(2026, 2, day, hours).getTime();
}

export function application(
  id: string,
  status: ApplicationStatus,
  extra: Partial<InsightApplication> = {},
): InsightApplication {
  return {
    id,
    roleId: `role-${id}`,
    status,
    channel: '',
    createdAt: march(1),
    updatedAt: march(1),
    ...extra,
  };
}

/** The 'role-created' entry a new role's first application starts with. */
export function created(app: InsightApplication, at = app.createdAt): InsightActivity {
  return {
    roleId: app.roleId,
    applicationId: app.id,
    type: 'role-created',
    at,
    summary: 'Added X',
  };
}

/** A status change as schema version 2 wrote it: only the summary says what changed. */
export function moved(
  app: InsightApplication,
  from: ApplicationStatus,
  to: ApplicationStatus,
  at: number,
): InsightActivity {
  return {
    roleId: app.roleId,
    applicationId: app.id,
    type: 'status-changed',
    at,
    summary: `Status: ${from} → ${to}`,
  };
}

/** A status change as schema version 3 writes it: with fromStatus/toStatus. */
export function movedV3(
  app: InsightApplication,
  from: ApplicationStatus,
  to: ApplicationStatus,
  at: number,
): InsightActivity {
  return { ...moved(app, from, to, at), summary: 'changed', fromStatus: from, toStatus: to };
}

export function entry(
  app: InsightApplication,
  type: string,
  at: number,
  summary = '',
): InsightActivity {
  return { roleId: app.roleId, applicationId: app.id, type, at, summary };
}
