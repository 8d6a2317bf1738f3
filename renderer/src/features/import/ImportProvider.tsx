/**
 * Always mounted: the "New role" dialog, the `new-role` and `open-posting` commands, and
 * files dropped anywhere on the window. Screens open the dialog through `useImport()`.
 */
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useAppCommand } from '../../services/commands';
import { useNotify } from '../../components/notices';
import { usePlatform } from '../../platform';
import { ImportContext, type ImportApi } from './import-context';
import { NewRoleDialog, type PostingReceiver } from './NewRoleDialog';
import {
  loadDroppedFile,
  loadOpenedFile,
  postingTextProblem,
  type LoadedPosting,
} from './posting-source';
import { usePostingDrop } from './use-posting-drop';

interface Session {
  id: number;
  open: boolean;
  initial: LoadedPosting | null;
}

export function ImportProvider({ children }: { children: ReactNode }) {
  const platform = usePlatform();
  const notify = useNotify();
  const [session, setSession] = useState<Session | null>(null);
  const nextId = useRef(1);
  // The open dialog takes postings itself (it may be mid-review); null when closed.
  const receiver = useRef<PostingReceiver | null>(null);

  const deliver = useCallback(
    (loaded: LoadedPosting) => {
      if (receiver.current) {
        receiver.current(loaded);
        return;
      }
      if (!loaded.ok) {
        notify(loaded.error, 'error');
        return;
      }
      setSession({ id: nextId.current++, open: true, initial: loaded });
    },
    [notify],
  );

  const openNewRole = useCallback(
    (text?: string) => {
      if (text === undefined) {
        if (!receiver.current) setSession({ id: nextId.current++, open: true, initial: null });
        return;
      }
      const problem = postingTextProblem(text);
      deliver(problem ? { ok: false, error: problem } : { ok: true, text });
    },
    [deliver],
  );

  const openPostingFile = useCallback(() => {
    void platform.openFile('posting').then((result) => {
      if (!result.ok) deliver({ ok: false, error: result.error });
      else if (result.value.status === 'opened') deliver(loadOpenedFile(result.value.file));
    });
  }, [platform, deliver]);

  useAppCommand('new-role', () => {
    openNewRole();
  });
  useAppCommand('open-posting', openPostingFile);
  const dragging = usePostingDrop((file) => {
    void loadDroppedFile(file).then(deliver);
  });

  const api = useMemo<ImportApi>(
    () => ({ openNewRole, openPostingFile }),
    [openNewRole, openPostingFile],
  );

  return (
    <ImportContext value={api}>
      {children}
      {session && (
        <NewRoleDialog
          key={session.id}
          open={session.open}
          initial={session.initial}
          dragging={dragging}
          receiverRef={receiver}
          onOpenFile={openPostingFile}
          onClose={() => {
            setSession({ ...session, open: false });
          }}
        />
      )}
      {dragging && !session?.open && (
        <div className="import-drop-overlay" aria-hidden="true">
          <div className="import-drop-card">
            <strong>Drop the posting to add a role</strong>
            <span>A .txt, .md or .html file</span>
          </div>
        </div>
      )}
    </ImportContext>
  );
}
