/**
 * An interview's brief, opened from the Agenda: the same Markdown the brief export
 * writes, shown in place, with Copy and Export next to it.
 */
import { useEffect, useState } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import { Markdown } from '../../components/Markdown';
import { useDb } from '../../db/db-context';
import { loadRoleExport } from '../../db/export-repo';
import { interviewBriefToMarkdown } from '../../../../shared/export/interview-brief';
import { currentExportOptions } from '../export/export-messages';
import { useExportActions } from '../export/use-export-actions';

interface BriefDialogProps {
  roleId: string;
  stageId: string;
  title: string;
  onClose: () => void;
}

/** The export's YAML front matter is for other tools; on screen it would read as noise. */
function withoutFrontMatter(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n+/, '');
}

type Brief = { state: 'loading' } | { state: 'ready'; markdown: string } | { state: 'gone' };

export function BriefDialog({ roleId, stageId, title, onClose }: BriefDialogProps) {
  const db = useDb();
  const actions = useExportActions();
  const [brief, setBrief] = useState<Brief>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    void loadRoleExport(db, roleId).then((data) => {
      const markdown = data
        ? interviewBriefToMarkdown(data, stageId, currentExportOptions())
        : null;
      if (live) setBrief(markdown === null ? { state: 'gone' } : { state: 'ready', markdown });
    });
    return () => {
      live = false;
    };
  }, [db, roleId, stageId]);

  return (
    <ModalDialog
      open
      title={`Brief: ${title}`}
      onClose={onClose}
      className="brief-dialog"
      actions={
        <>
          <button
            type="button"
            className="button"
            disabled={brief.state !== 'ready'}
            onClick={() => void actions.copyBrief(roleId, stageId)}
          >
            Copy brief
          </button>
          <button
            type="button"
            className="button"
            disabled={brief.state !== 'ready'}
            onClick={() => void actions.saveBrief(roleId, stageId)}
          >
            Export brief…
          </button>
          <button type="button" className="button button-primary" onClick={onClose}>
            Close
          </button>
        </>
      }
    >
      {brief.state === 'loading' && <p aria-busy="true">Preparing the brief…</p>}
      {brief.state === 'gone' && <p>This interview no longer exists.</p>}
      {brief.state === 'ready' && (
        <Markdown text={withoutFrontMatter(brief.markdown)} className="brief-preview" />
      )}
    </ModalDialog>
  );
}
