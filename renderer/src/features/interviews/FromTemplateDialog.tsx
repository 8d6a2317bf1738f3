/**
 * Create a role's stages from a template. When the role already has stages it says
 * so, and the only choices are to append the template's stages or to cancel.
 */
import { useId, useState } from 'react';
import type { StageTemplate } from '../../../../shared/domain/model';
import { ModalDialog } from '../../components/ModalDialog';

interface FromTemplateDialogProps {
  open: boolean;
  templates: readonly StageTemplate[];
  existing: number;
  onCreate: (templateId: string) => void;
  onClose: () => void;
}

export function FromTemplateDialog(props: FromTemplateDialogProps) {
  const { open, templates, existing } = props;
  const name = useId();
  const [picked, setPicked] = useState<string | null>(null);
  const template = templates.find((t) => t.id === picked) ?? templates[0];
  const count = template?.stages.length ?? 0;
  const label = existing > 0 ? `Append ${count} stages` : `Create ${count} stages`;

  return (
    <ModalDialog
      open={open}
      title="Create stages from a template"
      onClose={props.onClose}
      className="template-dialog"
      actions={
        <>
          <button type="button" className="button" onClick={props.onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={!template || count === 0}
            onClick={() => {
              if (template) props.onCreate(template.id);
            }}
          >
            {label}
          </button>
        </>
      }
    >
      {templates.length === 0 ? (
        <p>There are no templates. Use “Edit templates” to make one.</p>
      ) : (
        <fieldset className="template-choices">
          <legend>Template</legend>
          {templates.map((t) => (
            <label key={t.id} className="template-choice">
              <input
                type="radio"
                name={name}
                value={t.id}
                checked={t.id === template?.id}
                onChange={() => {
                  setPicked(t.id);
                }}
              />
              <span>
                <strong>{t.name}</strong>
                <span className="template-choice-stages">
                  {t.stages.length === 0 ? 'No stages' : t.stages.map((s) => s.name).join(' → ')}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {existing > 0 && (
        <p className="template-existing" role="note">
          This role already has {existing} stage{existing === 1 ? '' : 's'}. The template’s stages
          will be added after {existing === 1 ? 'it' : 'them'}; nothing is replaced.
        </p>
      )}
    </ModalDialog>
  );
}
