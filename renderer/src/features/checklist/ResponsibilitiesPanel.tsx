/**
 * Under the checklist: what the role will have the applicant do, read-only and folded
 * away by default. Applicants prepare against the duties as well as the requirements,
 * and this keeps them one click away without leaving the Checklist tab.
 */
import { usePosting } from '../../db/hooks';

export function ResponsibilitiesPanel({ roleId }: { roleId: string }) {
  const posting = usePosting(roleId);
  const sections = (posting?.sections ?? []).filter(
    (section) =>
      section.kind === 'responsibilities' &&
      (section.items.length > 0 || section.paragraphs.length > 0),
  );
  if (sections.length === 0) return null;
  const count = sections.reduce(
    (sum, section) => sum + section.items.length + section.paragraphs.length,
    0,
  );
  return (
    <details className="cl-responsibilities">
      <summary>
        What you will do <span className="cl-hint">({count} from the posting)</span>
      </summary>
      {sections.map((section, index) => (
        <section key={index} aria-label={section.heading || 'Responsibilities'}>
          {section.heading && <h3 className="cl-responsibilities-heading">{section.heading}</h3>}
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
    </details>
  );
}
