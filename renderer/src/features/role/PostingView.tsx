/** The posting as parsed into sections, with the original text one click away. */
import { usePosting } from '../../db/hooks';
import { ReparseButton } from '../import/ReparseButton';

export function PostingView({ roleId }: { roleId: string }) {
  const posting = usePosting(roleId);
  if (posting === undefined) return <div className="screen-loading" aria-busy="true" />;
  if (posting === null) {
    return (
      <div className="empty-state compact">
        <p>The posting text of this role is missing.</p>
      </div>
    );
  }
  return (
    <article className="posting">
      <div className="posting-toolbar">
        <ReparseButton roleId={roleId} />
      </div>
      {posting.sections.map((section, index) => (
        <section key={index} className="posting-section">
          {section.heading && <h2>{section.heading}</h2>}
          {section.paragraphs.map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
          {section.items.length > 0 && (
            <ul>
              {section.items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <details className="posting-original">
        <summary>Original posting text</summary>
        <pre>{posting.text}</pre>
      </details>
    </article>
  );
}
