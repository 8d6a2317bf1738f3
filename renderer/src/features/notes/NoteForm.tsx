/**
 * The note editor's fields. The form owns what is typed; every change goes to the
 * autosave (draft soon, note a little later), and a pin or a stage choice is committed at
 * once because the list shows them.
 */
import { useEffect, useRef, useState } from 'react';
import type { InterviewStage } from '../../../../shared/domain/model';
import type { CommitOutcome, NoteDraftValue } from '../../db/note-drafts-repo';
import type { NoteAutosave } from './note-autosave';
import { NoteBody } from './NoteBody';
import { TagInput } from './TagInput';
import { useNoteAutosave } from './use-notes';

interface NoteFormProps {
  roleId: string;
  draftKey: string;
  initial: NoteDraftValue;
  /** The initial value came from a draft left by a reload or crash. */
  restored: boolean;
  isNew: boolean;
  stages: readonly InterviewStage[];
  onCommitted: (outcome: CommitOutcome) => void;
  onDelete: (saver: NoteAutosave) => void;
}

function StageSelect({
  value,
  stages,
  onChange,
}: {
  value: string;
  stages: readonly InterviewStage[];
  onChange: (stageId: string) => void;
}) {
  // A stage of an earlier application (or one deleted since) is kept, not silently dropped.
  const unknown = value !== '' && !stages.some((stage) => stage.id === value);
  if (stages.length === 0 && !unknown) {
    return <span className="note-stage-none muted">No interview stages yet</span>;
  }
  return (
    <label className="note-field note-stage">
      <span className="note-field-label">Stage</span>
      <select
        className="note-select"
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        <option value="">Not tied to a stage</option>
        {unknown && <option value={value}>An earlier stage</option>}
        {stages.map((stage) => (
          <option key={stage.id} value={stage.id}>
            {stage.name}
          </option>
        ))}
      </select>
    </label>
  );
}

export function NoteForm(props: NoteFormProps) {
  const { roleId, draftKey, initial, restored, isNew, stages, onCommitted, onDelete } = props;
  const [value, setValue] = useState(initial);
  const { saver, status } = useNoteAutosave(roleId, draftKey, onCommitted);
  const titleRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // Text restored from a draft goes into the note without waiting for a keystroke.
    if (restored) saver.scheduleCommit();
    if (isNew) titleRef.current?.focus();
  }, [saver, restored, isNew]);

  function update(patch: Partial<NoteDraftValue>, commitNow = false) {
    const next = { ...value, ...patch };
    setValue(next);
    saver.change(next);
    if (commitNow) void saver.commit();
  }

  return (
    <form
      className="note-editor"
      aria-label="Note editor"
      onSubmit={(event) => {
        event.preventDefault();
      }}
      onBlur={() => {
        void saver.flush();
      }}
    >
      <div className="note-editor-top">
        <input
          ref={titleRef}
          className="note-title-input"
          type="text"
          aria-label="Title"
          placeholder="Untitled note"
          value={value.title}
          onChange={(event) => {
            update({ title: event.target.value });
          }}
        />
        <div className="note-editor-actions">
          <span className="note-save-status" data-status={status}>
            {status === 'saving' ? 'Saving…' : 'Saved'}
          </span>
          <label className="note-pin">
            <input
              type="checkbox"
              checked={value.pinned}
              onChange={(event) => {
                update({ pinned: event.target.checked }, true);
              }}
            />
            Pin to top
          </label>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              onDelete(saver);
            }}
          >
            Delete note
          </button>
        </div>
      </div>
      {restored && <p className="note-restored">Restored text you typed before the app closed.</p>}
      <div className="note-editor-meta">
        <TagInput
          value={value.tags}
          onChange={(tags) => {
            update({ tags });
          }}
        />
        <StageSelect
          value={value.stageId}
          stages={stages}
          onChange={(stageId) => {
            update({ stageId }, true);
          }}
        />
      </div>
      <NoteBody
        value={value.body}
        onChange={(body) => {
          update({ body });
        }}
      />
    </form>
  );
}
