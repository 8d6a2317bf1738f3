/**
 * The Interviews tab of a role: the current application's stages, in order, each
 * editable in place; stages come blank or from an (editable) template.
 */
import { useState } from 'react';
import { useRequirements } from '../../db/hooks';
import { useNotify } from '../../components/notices';
import { useRoleStages, useStageCommands, useStageTemplates } from './use-stages';
import { FromTemplateDialog } from './FromTemplateDialog';
import { StageList } from './StageList';
import { TemplateEditor, type TemplateEdit } from './TemplateEditor';

type Dialog = 'from-template' | 'edit-templates' | null;

export function InterviewsPanel({ roleId }: { roleId: string }) {
  const data = useRoleStages(roleId);
  const requirements = useRequirements(roleId);
  const templates = useStageTemplates();
  const commands = useStageCommands(roleId);
  const notify = useNotify();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [justAdded, setJustAdded] = useState<string | null>(null);

  if (data === undefined || requirements === undefined) {
    return <div className="screen-loading" aria-busy="true" />;
  }
  const { application, stages } = data;
  if (!application) {
    return (
      <div className="empty-state compact">
        <p>This role has no application, so there is nothing to hold interview stages.</p>
      </div>
    );
  }

  function toggle(stageId: string) {
    setJustAdded(null);
    const next = new Set(expanded);
    if (next.has(stageId)) next.delete(stageId);
    else next.add(stageId);
    setExpanded(next);
  }

  async function addBlank() {
    const stage = await commands.add();
    if (!stage) return;
    setExpanded(new Set(expanded).add(stage.id));
    setJustAdded(stage.id);
  }

  async function createFrom(templateId: string) {
    setDialog(null);
    const count = await commands.addFromTemplate(templateId);
    if (count > 0) notify(`Added ${count} stage${count === 1 ? '' : 's'}.`);
  }

  async function saveTemplates(edits: TemplateEdit[]): Promise<boolean> {
    for (const edit of edits) {
      if (!(await commands.saveTemplate(edit.id, { name: edit.name, stages: edit.stages }))) {
        return false;
      }
    }
    if (edits.length > 0) notify('Templates saved.');
    return true;
  }

  const actions = (
    <>
      <button type="button" className="button button-primary" onClick={() => void addBlank()}>
        + Add stage
      </button>
      <button
        type="button"
        className="button"
        disabled={!templates}
        onClick={() => {
          setDialog('from-template');
        }}
      >
        Create from template…
      </button>
    </>
  );

  const done = stages.filter((s) => ['done', 'passed'].includes(s.status)).length;

  return (
    <div className="interviews">
      {stages.length === 0 ? (
        <div className="empty-state interviews-empty">
          <h2>No interview stages yet</h2>
          <p>Add the rounds of this application one by one, or start from a template.</p>
          <div className="interviews-empty-actions">{actions}</div>
        </div>
      ) : (
        <>
          <div className="interviews-toolbar">
            <p className="muted">
              {stages.length} stage{stages.length === 1 ? '' : 's'} · {done} done
            </p>
            <div className="interviews-toolbar-actions">{actions}</div>
          </div>
          <StageList
            applicationId={application.id}
            stages={stages}
            requirements={requirements}
            commands={commands}
            expanded={expanded}
            onToggle={toggle}
            justAdded={justAdded}
          />
        </>
      )}
      <p className="interviews-footer">
        <button
          type="button"
          className="button button-link"
          disabled={!templates}
          onClick={() => {
            setDialog('edit-templates');
          }}
        >
          Edit templates
        </button>
      </p>
      <FromTemplateDialog
        open={dialog === 'from-template'}
        templates={templates ?? []}
        existing={stages.length}
        onCreate={(templateId) => void createFrom(templateId)}
        onClose={() => {
          setDialog(null);
        }}
      />
      <TemplateEditor
        open={dialog === 'edit-templates'}
        templates={templates ?? []}
        onSave={saveTemplates}
        onClose={() => {
          setDialog(null);
        }}
      />
    </div>
  );
}
