/**
 * The note editor's fields. The form owns what is typed; every change goes to the
 * autosave (draft soon, note a little later), and a pin or a stage choice is committed at
 * once because the list shows them.
 */
import { useEffect, useRef, useState } from 'react';
import { assertNever } from '../../../../shared/assert-never';
import { FIELD_LIMITS } from '../../../../shared/domain/field-limits';
import type { InterviewStage } from '../../../../shared/domain/model';
import { FieldLimitNote } from '../../components/FieldLimitNote';
import { useFieldLimit } from '../../components/use-field-limit';
import type { CommitOutcome, NoteDraftValue } from '../../db/note-drafts-repo';
import type { AutosaveStatus, NoteAutosave } from './note-autosave';
import { NoteBody } from './NoteBody';
import { TagInput } from './TagInput';
import { NoteConflict, useNoteConflict } from './NoteConflict';
import { useFollowNote } from './use-follow-note';
import { useNoteAutosave } from './use-notes';
import { READ_ONLY_LABEL, useStorageFull } from '../../db/use-storage-status';

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
  const full = useStorageFull();
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
        disabled={full}
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

/** What the editor says about its text; "Saved" only once the note holds it. */
export function statusLabel(status: AutosaveStatus): string {
  switch (status.kind) {
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'empty':
      return 'Not saved: empty note';
    case 'refused':
    case 'failed':
      return `Not saved: ${status.reason}`;
    default:
      return assertNever(status, 'autosave status');
  }
}

export function NoteForm(props: NoteFormProps) {
  const { roleId, draftKey, initial, restored, isNew, stages, onCommitted, onDelete } = props;
  const [value, setValue] = useState(initial);
  const { saver, status } = useNoteAutosave(
    roleId,
    draftKey,
    { value: initial, isNew, restored },
    onCommitted,
  );
  const titleLimit = useFieldLimit('Title', FIELD_LIMITS.noteTitle, value.title);
  const titleRef = useRef<HTMLInputElement>(null);
  const conflict = useNoteConflict(saver);
  useFollowNote(saver, status, setValue);
  const full = useStorageFull();

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
          readOnly={full}
          {...titleLimit.inputProps}
          onChange={(event) => {
            update({ title: event.target.value });
          }}
        />
        <div className="note-editor-actions">
          <span className="note-save-status" data-status={status.kind} aria-live="polite">
            {full ? READ_ONLY_LABEL : statusLabel(status)}
          </span>
          <label className="note-pin">
            <input
              type="checkbox"
              checked={value.pinned}
              disabled={full}
              onChange={(event) => {
                update({ pinned: event.target.checked }, true);
              }}
            />
            Pin to top
          </label>
          <button
            type="button"
            className="button button-quiet"
            disabled={full}
            onClick={() => {
              onDelete(saver);
            }}
          >
            Delete note
          </button>
        </div>
      </div>
      <FieldLimitNote limit={titleLimit} className="note-title-limit" />
      {conflict && (
        <NoteConflict
          conflict={conflict}
          mine={value}
          onResolve={(chosen, base) => {
            setValue(chosen);
            void saver.resolve(chosen, base);
          }}
        />
      )}
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
