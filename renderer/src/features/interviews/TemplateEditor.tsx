/**
 * Edit the stage templates: rename one, add, remove and reorder its stages. Edits to
 * every template are kept until Save (all saved) or Cancel (all dropped).
 */
import { useId, useRef, useState } from 'react';
import { STAGE_KINDS, type StageKind, type StageTemplate } from '../../../../shared/domain/model';
import { moveStep } from '../../../../shared/domain/reorder';
import { stageKindLabel } from '../../../../shared/domain/stage-templates';
import { ModalDialog } from '../../components/ModalDialog';

interface DraftRow {
  key: string;
  name: string;
  kind: StageKind;
  durationMinutes?: number;
}

interface Draft {
  name: string;
  rows: DraftRow[];
}

/** One template's edits, as Save hands them over. */
export interface TemplateEdit {
  id: string;
  name: string;
  stages: Omit<DraftRow, 'key'>[];
}

interface TemplateEditorProps {
  open: boolean;
  templates: readonly StageTemplate[];
  /** Resolves true when every edit was saved (failures are reported by the caller). */
  onSave: (edits: TemplateEdit[]) => Promise<boolean>;
  onClose: () => void;
}

export function TemplateEditor({ open, templates, onSave, onClose }: TemplateEditorProps) {
  const id = useId();
  const nextKey = useRef(0);
  const [selected, setSelected] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<ReadonlyMap<string, Draft>>(new Map());
  const template = templates.find((t) => t.id === selected) ?? templates[0];

  const toDraft = (t: StageTemplate): Draft => ({
    name: t.name,
    // Keys travel with their rows, so a moved row keeps its input (and focus).
    rows: t.stages.map((stage, index) => ({ ...stage, key: `${t.id}:${index}` })),
  });
  const draft = template ? (drafts.get(template.id) ?? toDraft(template)) : undefined;

  function edit(change: (current: Draft) => Draft) {
    if (!template || !draft) return;
    setDrafts(new Map(drafts).set(template.id, change(draft)));
  }

  function editRow(key: string, change: Partial<DraftRow>) {
    edit((d) => ({ ...d, rows: d.rows.map((r) => (r.key === key ? { ...r, ...change } : r)) }));
  }

  function close() {
    setDrafts(new Map());
    onClose();
  }

  async function save() {
    const edits = [...drafts].map(([templateId, d]): TemplateEdit => ({
      id: templateId,
      name: d.name,
      stages: d.rows.map(({ name, kind, durationMinutes }) =>
        durationMinutes === undefined ? { name, kind } : { name, kind, durationMinutes },
      ),
    }));
    // A failed save keeps every edit on screen, so nothing typed is lost.
    if (await onSave(edits)) close();
  }

  return (
    <ModalDialog
      open={open}
      title="Edit templates"
      onClose={close}
      className="template-editor"
      actions={
        <>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={drafts.size === 0}
            onClick={() => void save()}
          >
            Save templates
          </button>
        </>
      }
    >
      {!template || !draft ? (
        <p>There are no templates.</p>
      ) : (
        <>
          <div className="template-editor-head">
            <div className="stage-field">
              <label htmlFor={`${id}-pick`}>Template</label>
              <select
                id={`${id}-pick`}
                className="stage-input"
                value={template.id}
                onChange={(event) => {
                  setSelected(event.target.value);
                }}
              >
                {templates.map((t) => (
                  <option key={t.id} value={t.id}>
                    {drafts.get(t.id)?.name ?? t.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="stage-field">
              <label htmlFor={`${id}-name`}>Template name</label>
              <input
                id={`${id}-name`}
                className="stage-input"
                value={draft.name}
                onChange={(event) => {
                  const name = event.target.value;
                  edit((d) => ({ ...d, name }));
                }}
              />
            </div>
          </div>
          <ol className="template-rows" aria-label="Stages of this template">
            {draft.rows.map((row, index) => (
              <li key={row.key} className="template-row">
                <span className="stage-number" aria-hidden="true">
                  {index + 1}
                </span>
                <input
                  className="stage-input"
                  aria-label={`Stage ${index + 1} name`}
                  value={row.name}
                  onChange={(event) => {
                    editRow(row.key, { name: event.target.value });
                  }}
                />
                <select
                  className="stage-input"
                  aria-label={`Stage ${index + 1} kind`}
                  value={row.kind}
                  onChange={(event) => {
                    const kind = STAGE_KINDS.find((k) => k === event.target.value);
                    if (kind) editRow(row.key, { kind });
                  }}
                >
                  {STAGE_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {stageKindLabel(kind)}
                    </option>
                  ))}
                </select>
                {([-1, 1] as const).map((delta) => (
                  <button
                    key={delta}
                    type="button"
                    className="icon-button"
                    aria-label={`Move stage ${index + 1} ${delta < 0 ? 'up' : 'down'}`}
                    disabled={delta < 0 ? index === 0 : index === draft.rows.length - 1}
                    onClick={() => {
                      edit((d) => {
                        const keys = moveStep(
                          d.rows.map((r) => r.key),
                          row.key,
                          delta,
                        );
                        if (!keys) return d;
                        const byKey = new Map(d.rows.map((r) => [r.key, r]));
                        return { ...d, rows: keys.flatMap((k) => byKey.get(k) ?? []) };
                      });
                    }}
                  >
                    <span aria-hidden="true">{delta < 0 ? '↑' : '↓'}</span>
                  </button>
                ))}
                <button
                  type="button"
                  className="icon-button icon-button-danger"
                  aria-label={`Remove stage ${index + 1}`}
                  onClick={() => {
                    edit((d) => ({ ...d, rows: d.rows.filter((r) => r.key !== row.key) }));
                  }}
                >
                  <span aria-hidden="true">✕</span>
                </button>
              </li>
            ))}
          </ol>
          {draft.rows.length === 0 && <p className="muted">This template has no stages yet.</p>}
          <button
            type="button"
            className="button"
            onClick={() => {
              edit((d) => ({
                ...d,
                rows: [...d.rows, { key: `row-${nextKey.current++}`, name: '', kind: 'other' }],
              }));
            }}
          >
            + Add a stage to the template
          </button>
          <p className="muted template-hint">
            Rows left without a name are dropped on save. Changes apply to stages created from now
            on; existing stages stay as they are.
          </p>
        </>
      )}
    </ModalDialog>
  );
}
