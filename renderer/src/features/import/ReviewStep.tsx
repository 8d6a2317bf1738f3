/**
 * The second step: what the parser read, all of it editable before anything is saved —
 * the role's details, how much of the posting the checklist covers, the sections it
 * found (each switchable as a whole), the sentences it was unsure of, and the checklist.
 */
import { useEffect, useId, useRef } from 'react';
import type { DuplicateMatch } from '../../../../shared/import/duplicates';
import type { ReviewDraft } from '../../../../shared/import/review';
import { ROLE_FIELD_LIMITS, type RoleField } from '../../../../shared/domain/role-limits';
import { FieldLimitNote } from '../../components/FieldLimitNote';
import { fieldLimitState } from '../../components/use-field-limit';
import { DuplicateWarning } from './DuplicateWarning';
import { ReviewChecklist } from './ReviewChecklist';
import { ReviewCoverage } from './ReviewCoverage';
import { ReviewPossible } from './ReviewPossible';
import { ReviewSections } from './ReviewSections';

interface ReviewStepProps {
  draft: ReviewDraft;
  fileName: string | undefined;
  problems: string[];
  duplicate: DuplicateMatch | null;
  saving: boolean;
  onChange: (draft: ReviewDraft) => void;
  onOpenDuplicate: (roleId: string) => void;
  onSaveAnyway: () => void;
}

const FIELDS: { key: RoleField; label: string; placeholder: string; type?: string }[] = [
  { key: 'title', label: 'Title', placeholder: 'Job title' },
  { key: 'company', label: 'Company', placeholder: 'Company name' },
  { key: 'team', label: 'Team', placeholder: 'Team or department' },
  { key: 'location', label: 'Location', placeholder: 'City, country or Remote' },
  { key: 'sourceUrl', label: 'Source URL', placeholder: 'https://…', type: 'url' },
];

export function ReviewStep(props: ReviewStepProps) {
  const { draft, fileName, problems, duplicate, saving, onChange } = props;
  const id = useId();
  const problemsRef = useRef<HTMLUListElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  // The Review button that had focus is gone: start the review at the first field,
  // so keyboard users are not dropped onto the page behind the dialog.
  useEffect(() => {
    titleRef.current?.focus();
  }, []);
  // The messages sit below the checklist: bring them into view when Save produces them.
  useEffect(() => {
    if (problems.length > 0) problemsRef.current?.scrollIntoView({ block: 'nearest' });
  }, [problems]);
  return (
    <div className="import-review">
      {duplicate && (
        <DuplicateWarning
          match={duplicate}
          saving={saving}
          onOpen={props.onOpenDuplicate}
          onSaveAnyway={props.onSaveAnyway}
        />
      )}
      {fileName && <p className="import-file-name">Read from {fileName}</p>}
      <fieldset className="import-fields">
        <legend className="import-legend">Details</legend>
        {FIELDS.map((field) => {
          // Counted as the save checks it (trimmed); nothing cuts a paste short.
          const rule = { max: ROLE_FIELD_LIMITS[field.key], trimmed: true };
          const limit = fieldLimitState(
            `${id}-${field.key}-limit`,
            field.label,
            rule,
            draft[field.key],
          );
          return (
            <div key={field.key} className={`import-field import-field-${field.key}`}>
              <label htmlFor={`${id}-${field.key}`}>{field.label}</label>
              <input
                ref={field.key === 'title' ? titleRef : undefined}
                id={`${id}-${field.key}`}
                className="cl-input"
                type={field.type ?? 'text'}
                value={draft[field.key]}
                {...limit.inputProps}
                placeholder={field.placeholder}
                onChange={(event) => {
                  onChange({ ...draft, [field.key]: event.target.value });
                }}
              />
              <FieldLimitNote limit={limit} />
            </div>
          );
        })}
      </fieldset>
      {draft.leftOut !== undefined && (
        <p className="import-left-out" role="note">
          This posting has {(draft.items.length + draft.leftOut).toLocaleString()} items that read
          as requirements, far more than a real posting: the first {draft.items.length} are below
          and the other {draft.leftOut.toLocaleString()} were left out. They stay in the posting
          text, and you can add any of them by hand.
        </p>
      )}
      <ReviewCoverage draft={draft} />
      <ReviewSections draft={draft} onChange={onChange} />
      <ReviewPossible draft={draft} onChange={onChange} />
      <ReviewChecklist draft={draft} onChange={onChange} />
      {problems.length > 0 && (
        <ul ref={problemsRef} className="import-problems" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
