/**
 * New role from a posting, in two steps: paste (or open, or drop) the posting, then
 * review what was read — title, company, sections, checklist — and save. Nothing is
 * written until Save; closing after an edit asks first.
 */
import { useEffect, useState, type RefObject } from 'react';
import type { DuplicateMatch } from '../../../../shared/import/duplicates';
import { reviewFromText, type ReviewDraft } from '../../../../shared/import/review';
import { validateDraft } from '../../../../shared/import/review-validate';
import { useNotify } from '../../components/notices';
import { navigate, roleHref } from '../../services/routes';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ModalDialog } from '../../components/ModalDialog';
import { useDb } from '../../db/db-context';
import { createRoleFromReview, findDuplicateRole } from '../../db/import-repo';
import { PasteStep } from './PasteStep';
import { postingTextProblem, postingTextToReview, type LoadedPosting } from './posting-source';
import { ReviewStep } from './ReviewStep';
import { useDuplicateCheck } from './use-duplicate-check';

/** Takes a posting that arrives while the dialog is open (a drop, Open Posting File…). */
export type PostingReceiver = (loaded: LoadedPosting) => void;

interface NewRoleDialogProps {
  open: boolean;
  initial: LoadedPosting | null;
  dragging: boolean;
  receiverRef: RefObject<PostingReceiver | null>;
  onOpenFile: () => void;
  onClose: () => void;
}

interface Review {
  draft: ReviewDraft;
  /** The draft as parsed: anything else is the user's edit. */
  parsed: ReviewDraft;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function NewRoleDialog(props: NewRoleDialogProps) {
  const { open, initial, dragging, receiverRef, onOpenFile, onClose } = props;
  const db = useDb();
  const notify = useNotify();
  const initialText = initial?.ok ? initial.text : '';
  const [text, setText] = useState(initialText);
  const [fileName, setFileName] = useState(initial?.ok ? initial.fileName : undefined);
  const [error, setError] = useState(initial && !initial.ok ? initial.error : null);
  const [review, setReview] = useState<Review | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [confirming, setConfirming] = useState<'close' | 'back' | null>(null);
  const [saving, setSaving] = useState(false);
  const [lateMatch, setLateMatch] = useState<DuplicateMatch | null>(null);
  const checked = useDuplicateCheck(review?.draft ?? null);
  const duplicate = checked ?? lateMatch;

  const reviewEdited = review !== null && review.draft !== review.parsed;
  const edited = text !== initialText || reviewEdited;

  function receive(loaded: LoadedPosting) {
    if (reviewEdited) {
      setProblems(['Save or cancel this role before adding another posting.']);
      return;
    }
    setReview(null);
    setProblems([]);
    if (loaded.ok) {
      setText(loaded.text);
      setFileName(loaded.fileName);
      setError(null);
    } else {
      setError(loaded.error);
    }
  }
  useEffect(() => {
    if (!open) return;
    receiverRef.current = receive;
    return () => {
      receiverRef.current = null;
    };
  });

  function startReview() {
    const problem = postingTextProblem(text);
    if (problem) {
      setError(problem);
      return;
    }
    const draft = reviewFromText(postingTextToReview(text, fileName));
    setReview({ draft, parsed: draft });
    setProblems([]);
    setLateMatch(null);
  }

  function close() {
    setConfirming(null);
    onClose();
  }

  function requestClose() {
    if (edited) setConfirming('close');
    else close();
  }

  async function save(anyway: boolean) {
    if (!review || saving) return;
    const messages = validateDraft(review.draft);
    setProblems(messages);
    if (messages.length > 0) return;
    setSaving(true);
    try {
      if (!anyway) {
        const match = await findDuplicateRole(db, {
          sourceUrl: review.draft.sourceUrl,
          text: review.draft.text,
        });
        if (match) {
          setLateMatch(match);
          setSaving(false);
          return;
        }
      }
      const roleId = await createRoleFromReview(db, review.draft);
      const count = review.draft.items.length;
      close();
      navigate(roleHref(roleId));
      notify(
        `Added “${review.draft.title.trim() || 'Untitled role'}” with ${String(count)} checklist ${count === 1 ? 'item' : 'items'}.`,
      );
    } catch (caught) {
      setProblems([`The role could not be saved: ${errorMessage(caught)}`]);
      setSaving(false);
    }
  }

  const actions = review ? (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          if (reviewEdited) setConfirming('back');
          else setReview(null);
        }}
      >
        Back
      </button>
      <span className="import-actions-gap" />
      <button type="button" className="button" onClick={requestClose}>
        Cancel
      </button>
      {!duplicate && (
        <button
          type="button"
          className="button button-primary"
          disabled={saving}
          onClick={() => void save(false)}
        >
          Save role
        </button>
      )}
    </>
  ) : (
    <>
      <button type="button" className="button" onClick={requestClose}>
        Cancel
      </button>
      <button type="button" className="button button-primary" onClick={startReview}>
        Review
      </button>
    </>
  );

  return (
    <>
      <ModalDialog
        open={open}
        title={review ? 'Review the new role' : 'New role from a posting'}
        className="import-dialog"
        onClose={requestClose}
        actions={actions}
      >
        {review ? (
          <ReviewStep
            draft={review.draft}
            fileName={fileName}
            problems={problems}
            duplicate={duplicate}
            saving={saving}
            onChange={(draft) => {
              setReview({ ...review, draft });
              // The live check takes over again (e.g. after the source URL changed).
              setLateMatch(null);
            }}
            onOpenDuplicate={(roleId) => {
              close();
              navigate(roleHref(roleId));
            }}
            onSaveAnyway={() => void save(true)}
          />
        ) : (
          <PasteStep
            text={text}
            fileName={fileName}
            error={error}
            dragging={dragging}
            onChange={(value) => {
              setText(value);
              setFileName(undefined);
              setError(null);
            }}
            onOpenFile={onOpenFile}
          />
        )}
      </ModalDialog>
      <ConfirmDialog
        open={confirming !== null}
        title={confirming === 'back' ? 'Discard your changes?' : 'Discard this posting?'}
        confirmLabel={confirming === 'back' ? 'Discard changes' : 'Discard'}
        destructive
        onConfirm={() => {
          if (confirming === 'back') {
            setConfirming(null);
            setReview(null);
          } else close();
        }}
        onCancel={() => {
          setConfirming(null);
        }}
      >
        <p>
          {confirming === 'back'
            ? 'Going back to the posting text drops the edits you made to the checklist and details.'
            : 'The posting and your edits will not be saved.'}
        </p>
      </ConfirmDialog>
    </>
  );
}
