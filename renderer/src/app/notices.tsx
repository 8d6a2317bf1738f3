/**
 * Short-lived messages ("Restored 2 sample roles", errors) in one polite live region,
 * so screen readers announce them and nothing blocks the user.
 */
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';

export type NoticeTone = 'info' | 'error';

interface Notice {
  id: number;
  message: string;
  tone: NoticeTone;
}

type Notify = (message: string, tone?: NoticeTone) => void;

const NoticeContext = createContext<Notify | null>(null);
const NOTICE_MS = 5000;
/** Older messages give way: a stack of toasts helps no one. */
const MAX_NOTICES = 3;

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => {
    setNotices((current) => current.filter((notice) => notice.id !== id));
  }, []);

  const notify = useCallback<Notify>(
    (message, tone = 'info') => {
      const id = nextId.current++;
      setNotices((current) => [...current, { id, message, tone }].slice(-MAX_NOTICES));
      // Errors stay until dismissed: the user must get to read them.
      if (tone === 'info')
        setTimeout(() => {
          dismiss(id);
        }, NOTICE_MS);
    },
    [dismiss],
  );

  const value = useMemo(() => notify, [notify]);

  return (
    <NoticeContext value={value}>
      {children}
      <div className="notices" role="status" aria-live="polite">
        {notices.map((notice) => (
          <div key={notice.id} className={`notice notice-${notice.tone}`}>
            <span>{notice.message}</span>
            <button
              type="button"
              className="notice-dismiss"
              aria-label="Dismiss message"
              onClick={() => {
                dismiss(notice.id);
              }}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </NoticeContext>
  );
}

/** Shows a message in the app's notice area. */
export function useNotify(): Notify {
  const notify = useContext(NoticeContext);
  if (!notify) throw new Error('useNotify() outside <NoticeProvider>');
  return notify;
}
