/** The sections the parser found, collapsed: a glance at how it read the posting. */
import type { ParsedSection, SectionKind } from '../../../../shared/parser/types';

const KIND_LABELS: Record<SectionKind, string> = {
  summary: 'Summary',
  responsibilities: 'Responsibilities',
  requirements: 'Requirements',
  'nice-to-haves': 'Nice to have',
  benefits: 'Benefits',
  about: 'About',
  'equal-opportunity': 'Equal opportunity',
  other: 'Other',
};

function contents(section: ParsedSection): string {
  const parts: string[] = [];
  if (section.items.length > 0) {
    parts.push(section.items.length === 1 ? '1 item' : `${String(section.items.length)} items`);
  }
  if (section.paragraphs.length > 0) {
    const n = section.paragraphs.length;
    parts.push(n === 1 ? '1 paragraph' : `${String(n)} paragraphs`);
  }
  return parts.join(', ');
}

export function ReviewSections({ sections }: { sections: ParsedSection[] }) {
  const count = sections.length === 1 ? '1 section' : `${String(sections.length)} sections`;
  return (
    <details className="import-sections">
      <summary>Sections found ({count})</summary>
      {sections.length === 0 ? (
        <p className="import-muted">No sections were found in this text.</p>
      ) : (
        <ol className="import-section-list">
          {sections.map((section, index) => (
            <li key={index}>
              <span className="import-section-heading">
                {section.heading || <em>Before the first heading</em>}
              </span>
              <span className={`import-kind import-kind-${section.kind}`}>
                {KIND_LABELS[section.kind]}
              </span>
              <span className="import-muted">{contents(section)}</span>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
