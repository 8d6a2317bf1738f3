import { describe, expect, it } from 'vitest';
import { STAGE_KINDS } from '../../../../shared/domain/model';
import {
  BUILT_IN_TEMPLATES,
  GENERIC_TEMPLATE,
  LONG_FORM_TEMPLATE,
  blankStage,
  buildBuiltInTemplates,
  isResultStatus,
  isUpcomingStatus,
  stageKindLabel,
  stageResultSummary,
  stageStatusLabel,
  stagesFromTemplate,
} from '../../../../shared/domain/stage-templates';

function counter() {
  let n = 0;
  return () => `id-${++n}`;
}

const placement = { roleId: 'role-1', applicationId: 'app-1', firstOrder: 3, now: 1000 };

describe('built-in templates', () => {
  it('has the generic process in order', () => {
    expect(GENERIC_TEMPLATE.name).toBe('Generic');
    expect(GENERIC_TEMPLATE.stages.map((s) => s.kind)).toEqual([
      'recruiter call',
      'hiring manager',
      'technical',
      'peer/panel',
      'offer call',
    ]);
  });

  it('has the long-form process: written, assessment, rounds, leadership, offer', () => {
    expect(LONG_FORM_TEMPLATE.name).toBe('Long-form process');
    const kinds = LONG_FORM_TEMPLATE.stages.map((s) => s.kind);
    expect(kinds.slice(0, 2)).toEqual(['written', 'assessment']);
    expect(kinds.slice(-2)).toEqual(['leadership', 'offer call']);
    expect(kinds).toEqual(expect.arrayContaining(['technical', 'peer/panel', 'hiring manager']));
    expect(kinds.length).toBeGreaterThanOrEqual(7);
  });

  it('uses only known kinds and unique names within a template', () => {
    for (const template of BUILT_IN_TEMPLATES) {
      for (const stage of template.stages) expect(STAGE_KINDS).toContain(stage.kind);
      const names = template.stages.map((s) => s.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('builds stored copies in offer order, not sharing the constants', () => {
    const built = buildBuiltInTemplates(500, counter());
    expect(built.map((t) => [t.id, t.name, t.createdAt])).toEqual([
      ['id-1', 'Generic', 500],
      ['id-2', 'Long-form process', 501],
    ]);
    expect(built[0]?.stages).toEqual(GENERIC_TEMPLATE.stages);
    expect(built[0]?.stages[0]).not.toBe(GENERIC_TEMPLATE.stages[0]);
  });
});

describe('stages', () => {
  it('makes a blank planned stage', () => {
    expect(blankStage(placement, 's1')).toEqual({
      id: 's1',
      roleId: 'role-1',
      applicationId: 'app-1',
      name: 'New stage',
      kind: 'other',
      order: 3,
      status: 'planned',
      interviewers: '',
      location: '',
      prepNotes: '',
      outcomeNotes: '',
      probeRequirementIds: [],
      createdAt: 1000,
      updatedAt: 1000,
    });
  });

  it('makes one stage per template stage, numbered on', () => {
    const stages = stagesFromTemplate(GENERIC_TEMPLATE, placement, counter());
    expect(stages.map((s) => [s.id, s.name, s.kind, s.order, s.durationMinutes])).toEqual([
      ['id-1', 'Recruiter call', 'recruiter call', 3, 30],
      ['id-2', 'Hiring manager interview', 'hiring manager', 4, 45],
      ['id-3', 'Technical interview', 'technical', 5, 60],
      ['id-4', 'Peer/panel interview', 'peer/panel', 6, 60],
      ['id-5', 'Offer call', 'offer call', 7, 30],
    ]);
    expect(stages.every((s) => s.status === 'planned' && s.applicationId === 'app-1')).toBe(true);
  });

  it('leaves out the duration when the template gives none', () => {
    const [written] = stagesFromTemplate(LONG_FORM_TEMPLATE, placement, counter());
    expect(written).not.toHaveProperty('durationMinutes');
  });
});

describe('labels and results', () => {
  it('labels kinds and statuses', () => {
    expect(stageKindLabel('peer/panel')).toBe('Peer/panel');
    expect(stageStatusLabel('cancelled')).toBe('Cancelled');
  });

  it('tells results from rounds still to come', () => {
    expect(['done', 'passed', 'failed', 'cancelled'].every((s) => isResultStatus(s as never))).toBe(
      true,
    );
    expect(isResultStatus('planned')).toBe(false);
    expect(isResultStatus('scheduled')).toBe(false);
    expect(isUpcomingStatus('scheduled')).toBe(true);
    expect(isUpcomingStatus('passed')).toBe(false);
  });

  it('summarises a result in one line', () => {
    expect(stageResultSummary('Technical interview', 'passed')).toBe('Technical interview: passed');
    expect(stageResultSummary('  ', 'failed')).toBe('Stage: failed');
    expect(stageResultSummary('Panel', 'done', '\n  Went well\nDetails…')).toBe(
      'Panel: done — Went well',
    );
    const long = stageResultSummary('Panel', 'passed', 'x'.repeat(200));
    expect(long).toBe(`Panel: passed — ${'x'.repeat(79)}…`);
  });
});
