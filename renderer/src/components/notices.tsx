/**
 * Short-lived messages ("Restored 2 sample roles") and errors, in live regions so screen
 * readers announce them, without blocking the user.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { withoutDoubledStop } from '../../../shared/text/sentence';

export type NoticeTone = 'info' | 'error';

/** A button on a notice, e.g. "Undo" after a delete. */
export interface NoticeAction {
  label: string;
  run: () => void | Promise<void>;
}

interface Notice {
  id: number;
  message: string;
  tone: NoticeTone;
  action?: NoticeAction;
}

type Notify = (message: string, tone?: NoticeTone, action?: NoticeAction) => void;

const NoticeContext = createContext<Notify | null>(null);
const NOTICE_MS = 5000;
/** Long enough to notice a mistake and press Undo. */
const ACTION_NOTICE_MS = 10000;
/** Older messages give way: a stack of toasts helps no one. */
const MAX_NOTICES = 3;

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending) clearTimeout(timer);
    };
  }, []);

  const dismiss = useCallback((id: number) => {
    setNotices((current) => current.filter((notice) => notice.id !== id));
  }, []);

  const notify = useCallback<Notify>(
    (message, tone = 'info', action) => {
      const id = nextId.current++;
      // Messages quote the user's words; one that ends a sentence must not end in `.”.`.
      const text = withoutDoubledStop(message);
      const notice: Notice = action
        ? { id, message: text, tone, action }
        : { id, message: text, tone };
      setNotices((current) => [...current, notice].slice(-MAX_NOTICES));
      // Errors stay until dismissed: the user must get to read them.
      if (tone === 'error') return;
      const timer = setTimeout(
        () => {
          timers.current.delete(timer);
          dismiss(id);
        },
        action ? ACTION_NOTICE_MS : NOTICE_MS,
      );
      timers.current.add(timer);
    },
    [dismiss],
  );

  const renderNotice = (notice: Notice) => (
    <div key={notice.id} className={`notice notice-${notice.tone}`}>
      <span>{notice.message}</span>
      {notice.action && (
        <button
          type="button"
          className="notice-action"
          onClick={() => {
            dismiss(notice.id);
            void notice.action?.run();
          }}
        >
          {notice.action.label}
        </button>
      )}
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
  );

  return (
    <NoticeContext value={notify}>
      {children}
      <div className="notices">
        {/* Errors interrupt (assertive); confirmations wait their turn (polite). */}
        <div role="alert" className="notice-region">
          {notices.filter((n) => n.tone === 'error').map(renderNotice)}
        </div>
        <div role="status" className="notice-region">
          {notices.filter((n) => n.tone === 'info').map(renderNotice)}
        </div>
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
