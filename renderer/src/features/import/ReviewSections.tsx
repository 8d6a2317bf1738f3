/**
 * The sections the parser found, each with what it is about — Requirements, Preferred,
 * Responsibilities or Other — as a choice: switching one moves all its items on or off
 * the checklist at once (a list under a heading the parser did not know, for one).
 */
import { useId, useState } from 'react';
import type { ParsedSection } from '../../../../shared/parser/types';
import type { ReviewDraft } from '../../../../shared/import/review';
import {
  SECTION_CHOICES,
  sectionChoice,
  switchSection,
  type SectionChoice,
} from '../../../../shared/import/review-sections';

function contents(section: ParsedSection): string {
  const parts: string[] = [];
  if (section.items.length > 0) {
    parts.push(section.items.length === 1 ? '1 item' : `${String(section.items.length)} items`);
  }
  if (section.paragraphs.length > 0) {
    const n = section.paragraphs.length;
    parts.push(n === 1 ? '1 paragraph' : `${String(n)} paragraphs`);
  }
  return parts.length > 0 ? parts.join(', ') : 'empty';
}

/** How a section is named to screen readers and in messages. */
export function sectionName(section: ParsedSection): string {
  return section.heading ? `Section “${section.heading}”` : 'Section before the first heading';
}

const LABELS = Object.fromEntries(SECTION_CHOICES.map(({ value, label }) => [value, label]));

function isChoice(value: string): value is SectionChoice {
  return SECTION_CHOICES.some((choice) => choice.value === value);
}

interface ReviewSectionsProps {
  draft: ReviewDraft;
  onChange: (draft: ReviewDraft) => void;
}

export function ReviewSections({ draft, onChange }: ReviewSectionsProps) {
  const id = useId();
  const [announcement, setAnnouncement] = useState('');
  const { sections } = draft;
  const count = sections.length === 1 ? '1 section' : `${String(sections.length)} sections`;

  function change(index: number, section: ParsedSection, choice: SectionChoice) {
    const next = switchSection(draft, index, choice);
    onChange(next);
    const moved = next.items.filter((item) => item.sectionIndex === index).length;
    const checklist =
      choice === 'requirements' || choice === 'preferred'
        ? `${String(moved)} ${moved === 1 ? 'item' : 'items'} on the checklist`
        : 'its items are off the checklist';
    setAnnouncement(`${sectionName(section)} is now ${LABELS[choice] ?? choice}: ${checklist}.`);
  }

  return (
    <details className="import-sections" open={sections.length > 0}>
      <summary>
        Sections found ({count})
        <span className="import-muted import-sections-hint">
          Switch a section to move all its items at once
        </span>
      </summary>
      {sections.length === 0 ? (
        <p className="import-muted">No sections were found in this text.</p>
      ) : (
        <ol className="import-section-list">
          {sections.map((section, index) => {
            const choice = sectionChoice(section.kind);
            const preview = section.items[0] ?? section.paragraphs[0] ?? '';
            return (
              <li key={index} className={`import-section import-section-${choice}`}>
                <div className="import-section-text">
                  <span className="import-section-heading">
                    {section.heading || <em>Before the first heading</em>}
                  </span>
                  <span className="import-section-meta">
                    <span className="import-muted">{contents(section)}</span>
                    {preview && (
                      <span className="import-section-preview" id={`${id}-${String(index)}`}>
                        {preview}
                      </span>
                    )}
                  </span>
                </div>
                <select
                  className="cl-input import-section-kind"
                  aria-label={sectionName(section)}
                  aria-describedby={preview ? `${id}-${String(index)}` : undefined}
                  value={choice}
                  onChange={(event) => {
                    const value = event.target.value;
                    if (isChoice(value)) change(index, section, value);
                  }}
                >
                  {SECTION_CHOICES.map(({ value, label }) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              </li>
            );
          })}
        </ol>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </details>
  );
}
