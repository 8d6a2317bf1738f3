/**
 * Always mounted: the "New role" dialog, the `new-role` and `open-posting` commands, and
 * files dropped anywhere on the window. Screens open the dialog through `useImport()`.
 */
import { lazy, Suspense, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useAppCommand } from '../../services/commands';
import { useNotify } from '../../components/notices';
import { usePlatform } from '../../platform';
import { ImportContext, type ImportApi } from './import-context';
import type { PostingReceiver } from './NewRoleDialog';
import type { LoadedPosting } from './posting-source';
import { usePostingDrop } from './use-posting-drop';

// The dialog, the parser behind its review and the HTML converter load on first use
// (or once the first screen is idle, see prefetchImport), not with the first screen.
const loadDialog = () => import('./NewRoleDialog');
const loadSource = () => import('./posting-source');
const NewRoleDialog = lazy(async () => ({ default: (await loadDialog()).NewRoleDialog }));

/** Fetches the New role dialog's code ahead of its first use. */
export function prefetchImport(): Promise<unknown> {
  return Promise.all([loadDialog(), loadSource()]);
}

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
      void loadSource().then(({ postingTextProblem }) => {
        const problem = postingTextProblem(text);
        deliver(problem ? { ok: false, error: problem } : { ok: true, text });
      });
    },
    [deliver],
  );

  const openPostingFile = useCallback(() => {
    void platform.openFile('posting').then((result) => {
      if (!result.ok) deliver({ ok: false, error: result.error });
      else if (result.value.status === 'opened') {
        const { file } = result.value;
        void loadSource().then(({ loadOpenedFile }) => {
          deliver(loadOpenedFile(file));
        });
      }
    });
  }, [platform, deliver]);

  useAppCommand('new-role', () => {
    openNewRole();
  });
  useAppCommand('open-posting', openPostingFile);
  const dragging = usePostingDrop((file) => {
    void loadSource()
      .then(({ loadDroppedFile }) => loadDroppedFile(file))
      .then(deliver);
  });

  const api = useMemo<ImportApi>(
    () => ({ openNewRole, openPostingFile }),
    [openNewRole, openPostingFile],
  );

  return (
    <ImportContext value={api}>
      {children}
      {session && (
        <Suspense fallback={null}>
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
        </Suspense>
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
