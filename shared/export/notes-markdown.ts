/**
 * A role's notes alone as one Markdown file ("Save notes as Markdown…" on the Notes tab):
 * front matter naming the role, then every note, newest first, each under its heading.
 * The whole role, checklist included, is the role export's job.
 */
import { usableZone } from './format';
import { frontMatter, heading, oneLine, paragraph, serialize, yamlDate } from './mdast';
import { noteBlocks, roleTitle, sortNotes, stageName } from './sections';
import type { ExportOptions, RoleExportData } from './types';

/**
 * The role's notes as Markdown (CommonMark + GFM, YAML front matter), LF line endings
 * and one final newline; dates in `options.timeZone`.
 */
export function notesToMarkdown(data: RoleExportData, options: ExportOptions): string {
  const zone = usableZone(options.timeZone, 'UTC');
  const title = roleTitle(data.role);
  const stageNames = new Map(data.stages.map((stage) => [stage.id, stageName(stage)]));
  const notes = sortNotes(data.notes);
  const blocks = [
    frontMatter({
      title: `Notes — ${title}`,
      role: title,
      company: oneLine(data.role.company),
      notes: notes.length,
      exported: yamlDate(new Date(options.exportedAt).toISOString()),
    }),
    heading(1, `Notes: ${title}`),
  ];
  if (notes.length === 0) blocks.push(paragraph('No notes yet.'));
  notes.forEach((note, index) => blocks.push(...noteBlocks(note, index + 1, 2, zone, stageNames)));
  return serialize(blocks);
}
