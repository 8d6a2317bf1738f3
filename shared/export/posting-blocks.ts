/**
 * The posting's own words in a role export: its summary (with the team, company and
 * other prose sections, so no paragraph of the posting is dropped) and its
 * responsibilities. The requirements go to the checklist; benefits and equal-opportunity
 * text stay in the original posting, which the app keeps verbatim.
 */
import type { RootContent } from 'mdast';
import type { ParsedSection, SectionKind } from '../parser/types';
import { bulletList, heading, listItem, oneLine, paragraph } from './mdast';
import type { RoleExportData } from './types';

/** Sections whose text belongs to the summary. */
const SUMMARY_KINDS: ReadonlySet<SectionKind> = new Set(['summary', 'about', 'other']);

/** A section's prose as paragraphs and its items as a list. */
function sectionContent(section: ParsedSection): RootContent[] {
  const blocks: RootContent[] = [];
  for (const prose of section.paragraphs) {
    const line = oneLine(prose);
    if (line) blocks.push(paragraph(line));
  }
  const items = section.items.map(oneLine).filter(Boolean);
  if (items.length > 0) blocks.push(bulletList(items.map((item) => listItem([paragraph(item)]))));
  return blocks;
}

/** Sections of `kinds`, each under its own heading (when it has one) below `## title`. */
function sectionsUnder(
  title: string,
  sections: readonly ParsedSection[],
  kinds: ReadonlySet<SectionKind>,
): RootContent[] {
  const blocks: RootContent[] = [];
  for (const section of sections) {
    if (!kinds.has(section.kind)) continue;
    const content = sectionContent(section);
    if (content.length === 0) continue;
    const name = oneLine(section.heading);
    // A heading that only repeats the block's own title adds nothing.
    if (name && name.toLowerCase() !== title.toLowerCase()) blocks.push(heading(3, name));
    blocks.push(...content);
  }
  return blocks.length === 0 ? [] : [heading(2, title), ...blocks];
}

/** `## Summary` and `## Responsibilities`, from the posting's parsed sections. */
export function postingBlocks(data: RoleExportData): RootContent[] {
  const sections = data.posting?.sections ?? [];
  return [
    ...sectionsUnder('Summary', sections, SUMMARY_KINDS),
    ...sectionsUnder('Responsibilities', sections, new Set(['responsibilities'])),
  ];
}
