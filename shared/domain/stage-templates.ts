/**
 * Interview stage templates and the rules for making and describing stages: the two
 * built-in templates, building stages from a template, labels, and the one-line
 * summary a stage result leaves in the activity log.
 */
import type {
  InterviewStage,
  StageKind,
  StageStatus,
  StageTemplate,
  StageTemplateStage,
} from './model';

/** A template as shipped; stored copies get ids and timestamps. */
export interface BuiltInTemplate {
  name: string;
  stages: readonly StageTemplateStage[];
}

/** The usual shape of a hiring process. */
export const GENERIC_TEMPLATE: BuiltInTemplate = {
  name: 'Generic',
  stages: [
    { name: 'Recruiter call', kind: 'recruiter call', durationMinutes: 30 },
    { name: 'Hiring manager interview', kind: 'hiring manager', durationMinutes: 45 },
    { name: 'Technical interview', kind: 'technical', durationMinutes: 60 },
    { name: 'Peer/panel interview', kind: 'peer/panel', durationMinutes: 60 },
    { name: 'Offer call', kind: 'offer call', durationMinutes: 30 },
  ],
};

/**
 * A long, written-first process such as Canonical's: written answers and an
 * assessment before any call, then several interview rounds, a leadership interview
 * and the offer.
 */
export const LONG_FORM_TEMPLATE: BuiltInTemplate = {
  name: 'Long-form process',
  stages: [
    { name: 'Written answers', kind: 'written' },
    { name: 'Assessment', kind: 'assessment', durationMinutes: 60 },
    { name: 'Early-stage interview', kind: 'recruiter call', durationMinutes: 60 },
    { name: 'Technical interview', kind: 'technical', durationMinutes: 60 },
    { name: 'Peer/panel interviews', kind: 'peer/panel', durationMinutes: 60 },
    { name: 'Hiring manager interview', kind: 'hiring manager', durationMinutes: 60 },
    { name: 'Leadership interview', kind: 'leadership', durationMinutes: 45 },
    { name: 'Offer call', kind: 'offer call', durationMinutes: 30 },
  ],
};

/** The templates a new database starts with, in the order they are offered. */
export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = [
  GENERIC_TEMPLATE,
  LONG_FORM_TEMPLATE,
];

/**
 * Stored copies of the built-ins. Creation times step by one millisecond so listing by
 * `createdAt` keeps the order above.
 */
export function buildBuiltInTemplates(now: number, newId: () => string): StageTemplate[] {
  return BUILT_IN_TEMPLATES.map((template, index) => ({
    id: newId(),
    name: template.name,
    stages: template.stages.map((stage) => ({ ...stage })),
    createdAt: now + index,
    updatedAt: now + index,
  }));
}

/** Where new stages go: which role and application, and the order they start from. */
export interface StagePlacement {
  roleId: string;
  applicationId: string;
  firstOrder: number;
  now: number;
}

/** A new stage with every field at its empty value. */
export function blankStage(
  placement: StagePlacement,
  id: string,
  fields: Partial<Pick<InterviewStage, 'name' | 'kind' | 'durationMinutes'>> = {},
): InterviewStage {
  const stage: InterviewStage = {
    id,
    roleId: placement.roleId,
    applicationId: placement.applicationId,
    name: fields.name ?? 'New stage',
    kind: fields.kind ?? 'other',
    order: placement.firstOrder,
    status: 'planned',
    interviewers: '',
    location: '',
    prepNotes: '',
    outcomeNotes: '',
    probeRequirementIds: [],
    createdAt: placement.now,
    updatedAt: placement.now,
  };
  if (fields.durationMinutes !== undefined) stage.durationMinutes = fields.durationMinutes;
  return stage;
}

/** The stages a template creates, numbered on from `placement.firstOrder`. */
export function stagesFromTemplate(
  template: { stages: readonly StageTemplateStage[] },
  placement: StagePlacement,
  newId: () => string,
): InterviewStage[] {
  return template.stages.map((item, index) =>
    blankStage({ ...placement, firstOrder: placement.firstOrder + index }, newId(), item),
  );
}

const KIND_LABELS: Record<StageKind, string> = {
  written: 'Written',
  assessment: 'Assessment',
  'recruiter call': 'Recruiter call',
  'hiring manager': 'Hiring manager',
  technical: 'Technical',
  'peer/panel': 'Peer/panel',
  leadership: 'Leadership',
  'offer call': 'Offer call',
  other: 'Other',
};

const STATUS_LABELS: Record<StageStatus, string> = {
  planned: 'Planned',
  scheduled: 'Scheduled',
  done: 'Done',
  passed: 'Passed',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

/** "Hiring manager", for display. */
export function stageKindLabel(kind: StageKind): string {
  return KIND_LABELS[kind];
}

/** "Passed", for display. */
export function stageStatusLabel(status: StageStatus): string {
  return STATUS_LABELS[status];
}

/** Statuses that record how a round ended: setting one is logged as a stage result. */
export function isResultStatus(status: StageStatus): boolean {
  return status === 'done' || status === 'passed' || status === 'failed' || status === 'cancelled';
}

/** Statuses of rounds still to come: the ones an agenda shows. */
export function isUpcomingStatus(status: StageStatus): boolean {
  return status === 'planned' || status === 'scheduled';
}

const OUTCOME_PREVIEW = 80;

/**
 * The activity line for a result: "Technical interview: passed", with the first line
 * of the outcome notes after a dash when there are any.
 */
export function stageResultSummary(name: string, status: StageStatus, outcomeNotes = ''): string {
  const head = `${name.trim() || 'Stage'}: ${status}`;
  const firstLine = outcomeNotes.trim().split('\n')[0]?.trim() ?? '';
  if (firstLine === '') return head;
  const preview =
    firstLine.length > OUTCOME_PREVIEW ? `${firstLine.slice(0, OUTCOME_PREVIEW - 1)}…` : firstLine;
  return `${head} — ${preview}`;
}
