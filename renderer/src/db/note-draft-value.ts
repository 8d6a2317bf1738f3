/**
 * The note editor's draft value: what the user sees, tags still as typed, and the
 * revision of the note it started from. A leaf module: both the draft repository and
 * the revision check read it.
 */
import { z } from 'zod';

/** Draft value of the note editor: what the user sees, tags still as typed. */
export const noteDraftValueSchema = z.object({
  title: z.string(),
  body: z.string(),
  tags: z.string(),
  pinned: z.boolean(),
  /** "" when the note is not tied to a stage. */
  stageId: z.string(),
  /** The note's `updatedAt` this text was based on; the commit checks it (note-revision). */
  base: z.number().optional(),
});
export type NoteDraftValue = z.infer<typeof noteDraftValueSchema>;

export const EMPTY_NOTE_DRAFT: NoteDraftValue = {
  title: '',
  body: '',
  tags: '',
  pinned: false,
  stageId: '',
};
