/**
 * Each application's status history, rebuilt from the activity log: the statuses it went
 * through, when, and the facts the insights count (furthest stage reached, when it was
 * applied, when the first answer came). A re-application is its own application with its
 * own history, and a status that moved backwards is still one stage reached.
 */
import {
  APPLICATION_PIPELINE,
  APPLICATION_STATUSES,
  type Application,
  type ApplicationStatus,
} from '../model';
import { isShowableTime } from '../safe-format';

/** The parts of an application the insights read. */
export type InsightApplication = Pick<
  Application,
  'id' | 'roleId' | 'status' | 'appliedAt' | 'channel' | 'createdAt' | 'updatedAt'
>;

/**
 * The parts of an activity the insights read. `type` is any string so entries of types
 * this module does not know are simply ignored. `fromStatus`/`toStatus` are written on
 * status changes from schema version 3; older entries are read from their summary.
 */
export interface InsightActivity {
  roleId: string;
  applicationId?: string;
  type: string;
  at: number;
  summary: string;
  fromStatus?: string;
  toStatus?: string;
}

/** One status an application entered, and when. */
export interface StatusStep {
  status: ApplicationStatus;
  at: number;
}

/** What the insights know about one application. */
export interface ApplicationHistory {
  application: InsightApplication;
  /** Statuses in the order they were entered; the first is where it started. */
  steps: StatusStep[];
  /** Index in the pipeline of the furthest stage reached (0 = interested). */
  furthest: number;
  /** When it was applied for: the applied date, or else when it entered a later stage. */
  appliedAt?: number;
  /** The first answer after applying (a later stage, a rejection, an interview). */
  respondedAt?: number;
  /** True when it got an answer after applying, even if the time is not known. */
  responded: boolean;
}

const STATUSES: ReadonlySet<string> = new Set(APPLICATION_STATUSES);
const PIPELINE_INDEX = new Map<string, number>(APPLICATION_PIPELINE.map((s, i) => [s, i]));
const APPLIED = PIPELINE_INDEX.get('applied') ?? 1;
/** Activity types that mean the employer answered: an interview arranged or held. */
const ANSWER_TYPES: ReadonlySet<string> = new Set(['stage-scheduled', 'stage-result']);

function asStatus(value: string | undefined): ApplicationStatus | undefined {
  return value !== undefined && STATUSES.has(value) ? (value as ApplicationStatus) : undefined;
}

/** The pipeline index of a status, or -1 for an exit (rejected, withdrawn, ghosted). */
export function pipelineIndex(status: ApplicationStatus): number {
  return PIPELINE_INDEX.get(status) ?? -1;
}

/** A status change read from an activity: where it went, and where from when known. */
interface Change {
  from?: ApplicationStatus;
  to: ApplicationStatus;
  /** True for the entry that starts an application ("Started…", "Re-applied…"). */
  start: boolean;
}

const CHANGE_LINE = /^Status: (\w+) → (\w+)$/u;
const START_LINE = /^(?:Started an application|Re-applied) \((\w+)\)/u;

/** The status change an activity records, or `undefined` for any other entry. */
export function readChange(activity: InsightActivity): Change | undefined {
  if (activity.type === 'role-created') return { to: 'interested', start: true };
  if (activity.type !== 'status-changed') return undefined;
  const to = asStatus(activity.toStatus);
  if (to) {
    // Version 3 leaves `fromStatus` out when the entry starts a new application.
    const from = asStatus(activity.fromStatus);
    return from ? { from, to, start: false } : { to, start: true };
  }
  const change = CHANGE_LINE.exec(activity.summary);
  const changeTo = asStatus(change?.[2]);
  if (changeTo) return { from: asStatus(change?.[1]), to: changeTo, start: false };
  const start = asStatus(START_LINE.exec(activity.summary)?.[1]);
  return start ? { to: start, start: true } : undefined;
}

/**
 * The statuses an application went through, oldest first. With no log at all it is known
 * only in its current status (since it was created); a current status the log does not
 * end in (an entry lost, data imported) is added as the last step.
 */
export function statusSteps(
  application: InsightApplication,
  activities: readonly InsightActivity[],
): StatusStep[] {
  const steps: StatusStep[] = [];
  for (const activity of activities) {
    const change = readChange(activity);
    if (!change) continue;
    if (steps.length === 0) {
      const first = change.start ? change.to : (change.from ?? change.to);
      steps.push({ status: first, at: Math.min(application.createdAt, activity.at) });
      if (change.start || first === change.to) continue;
    }
    if (steps.at(-1)?.status !== change.to) steps.push({ status: change.to, at: activity.at });
  }
  const last = steps.at(-1);
  if (!last) return [{ status: application.status, at: application.createdAt }];
  if (last.status !== application.status) {
    steps.push({ status: application.status, at: Math.max(last.at, application.updatedAt) });
  }
  return steps;
}

function isAnswer(status: ApplicationStatus): boolean {
  return status === 'rejected' || pipelineIndex(status) > APPLIED;
}

/**
 * Everything the insights need about one application.
 *
 * @param application - The application.
 * @param activities - Its activity entries, oldest first.
 */
export function applicationHistory(
  application: InsightApplication,
  activities: readonly InsightActivity[],
): ApplicationHistory {
  const steps = statusSteps(application, activities);
  let furthest = Math.max(0, ...steps.map((step) => pipelineIndex(step.status)));
  // An applied date means it was sent, whatever the status says.
  if (application.appliedAt !== undefined) furthest = Math.max(furthest, APPLIED);
  const history: ApplicationHistory = { application, steps, furthest, responded: false };
  if (furthest < APPLIED) return history;

  // Steps from the one that reached "applied" (or went past it) on.
  const sentIndex = steps.findIndex((step) => pipelineIndex(step.status) >= APPLIED);
  const sent = sentIndex < 0 ? undefined : steps[sentIndex];
  const appliedAt = application.appliedAt ?? sent?.at;
  if (appliedAt !== undefined) history.appliedAt = appliedAt;

  const later = sentIndex < 0 ? steps : steps.slice(sentIndex);
  const answers = later.filter((step) => isAnswer(step.status)).map((step) => step.at);
  const sentAt = sent?.at ?? appliedAt ?? application.createdAt;
  for (const activity of activities) {
    if (ANSWER_TYPES.has(activity.type) && activity.at >= sentAt) answers.push(activity.at);
  }
  if (answers.length === 0) return history;
  history.responded = true;
  const first = Math.min(...answers);
  // An answer logged before the applied date the user entered is inconsistent: the time
  // to answer is unknown, but the answer still counts.
  if (appliedAt === undefined || first >= appliedAt) history.respondedAt = first;
  return history;
}

/**
 * Every application's history. Activities are matched by `applicationId`; an old entry
 * without one belongs to its role's application when the role has only one, and is
 * otherwise left out (it cannot be told which application it was about).
 */
export function applicationHistories(
  applications: readonly InsightApplication[],
  activities: readonly InsightActivity[],
): ApplicationHistory[] {
  const byApplication = new Map<string, InsightActivity[]>();
  const byRole = new Map<string, InsightApplication[]>();
  for (const application of applications) {
    byApplication.set(application.id, []);
    const siblings = byRole.get(application.roleId);
    if (siblings) siblings.push(application);
    else byRole.set(application.roleId, [application]);
  }
  for (const activity of activities) {
    if (!isShowableTime(activity.at)) continue;
    const owners = byRole.get(activity.roleId);
    const id = activity.applicationId ?? (owners?.length === 1 ? owners[0]?.id : undefined) ?? '';
    byApplication.get(id)?.push(activity);
  }
  return applications.map((application) => {
    const entries = byApplication.get(application.id) ?? [];
    entries.sort((a, b) => a.at - b.at);
    return applicationHistory(application, entries);
  });
}
