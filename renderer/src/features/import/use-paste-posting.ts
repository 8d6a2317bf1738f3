/**
 * Paste on a screen (not into a field) starts a new role with the pasted posting. Pastes
 * into text fields, and pastes while a dialog is open, keep their usual meaning.
 */
import { useEffect, useRef } from 'react';

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLSelectElement) return false;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(
    target.type,
  );
}

/** Calls `onPaste` with the pasted text (HTML converted) when a paste is not meant for a field. */
export function usePastePosting(onPaste: (text: string) => void): void {
  const latest = useRef(onPaste);
  useEffect(() => {
    latest.current = onPaste;
  });

  useEffect(() => {
    const listener = (event: ClipboardEvent) => {
      if (isTextField(event.target) || isTextField(document.activeElement)) return;
      if (document.querySelector('dialog[open]')) return;
      const data = event.clipboardData;
      if (!data) return;
      event.preventDefault();
      // The clipboard is readable only during the event; the HTML converter loads after.
      const plain = data.getData('text/plain');
      const html = data.getData('text/html');
      const pasted = { getData: (type: string) => (type === 'text/html' ? html : plain) };
      void import('./posting-source').then(({ textFromClipboard }) => {
        latest.current(textFromClipboard(pasted));
      });
    };
    document.addEventListener('paste', listener);
    return () => {
      document.removeEventListener('paste', listener);
    };
  }, []);
}
