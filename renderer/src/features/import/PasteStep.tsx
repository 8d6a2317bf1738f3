/** The first step: the posting text, pasted, typed, opened from a file or dropped. */
import { useId } from 'react';

interface PasteStepProps {
  text: string;
  fileName: string | undefined;
  error: string | null;
  dragging: boolean;
  onChange: (text: string) => void;
  onOpenFile: () => void;
}

export function PasteStep({
  text,
  fileName,
  error,
  dragging,
  onChange,
  onOpenFile,
}: PasteStepProps) {
  const id = useId();
  return (
    <div className={`import-paste ${dragging ? 'import-drop-target' : ''}`}>
      <p className="import-hint" id={`${id}-hint`}>
        Paste the job posting as you copied it — from the web page, Markdown or plain text. Or open
        a .txt, .md or .html file, or drop one on the window.
      </p>
      <label className="import-label" htmlFor={`${id}-text`}>
        Posting text
      </label>
      <textarea
        id={`${id}-text`}
        className="import-textarea"
        value={text}
        autoFocus
        spellCheck={false}
        placeholder={dragging ? 'Drop the file here' : 'Paste the posting here'}
        aria-describedby={error ? `${id}-error` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
      <div className="import-paste-row">
        <button type="button" className="button" onClick={onOpenFile}>
          Open file…
        </button>
        {fileName && <span className="import-file-name">Read from {fileName}</span>}
      </div>
      {error && (
        <p className="import-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
