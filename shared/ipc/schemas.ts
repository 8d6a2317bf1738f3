/**
 * zod schemas for every channel's request payload. The main process parses each
 * payload with these before a handler sees it: the renderer is not trusted.
 */
import { z } from 'zod';
import { AUTO_BACKUP_NAME_PATTERN } from './backup-names';
import type { ChannelName, ChannelRequests } from './channels';

/** The most text one call may carry (a full backup of a large database). */
export const MAX_TEXT_CHARS = 512 * 1024 * 1024;
/** The most files one folder export may write. */
export const MAX_FOLDER_FILES = 10_000;
/** The most text one folder export may write, all files together. */
export const MAX_FOLDER_TEXT_CHARS = MAX_TEXT_CHARS;

/**
 * Names Windows reserves for devices, with or without an extension, and with the spaces
 * or dots Windows trims before one ("con .md" opens the console too).
 */
const WINDOWS_DEVICE =
  /^(con|prn|aux|nul|conin\$|conout\$|clock\$|com[0-9¹²³]|lpt[0-9¹²³])[ .]*(\..*)?$/iu;

/** Bidirectional controls: they make "evil\u202Edm.exe" read as "evilexe.md". */
const BIDI_CONTROL = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/u;

/** Whether a string holds a control character (U+0000–U+001F or U+007F). */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * A plain file name: no path separators, no `..`, no control or reserved characters,
 * not hidden. The main process still joins it only under a folder the user chose.
 */
export const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[/\\:*?"<>|]/.test(name) && !hasControlCharacter(name), {
    message: 'A file name cannot contain / \\ : * ? " < > | or control characters.',
  })
  .refine((name) => !BIDI_CONTROL.test(name), {
    message: 'A file name cannot contain text-direction control characters.',
  })
  .refine((name) => !name.startsWith('.') && name.trim() === name, {
    message: 'A file name cannot start with a dot or space.',
  })
  // Windows drops a trailing dot (so "a." would write "a") and maps device names such as
  // "con.md" to devices; refusing them keeps the written name the name that was checked.
  .refine((name) => !name.endsWith('.') && !WINDOWS_DEVICE.test(name), {
    message: 'A file name cannot end with a dot or be a reserved device name (CON, NUL, COM1…).',
  })
  // One spelling per name: two names that differ only in Unicode normalization would be
  // one file on macOS and two elsewhere.
  .transform((name) => name.normalize('NFC'));

/** The name of an open folder export: 128 random bits in hex. */
const folderToken = z.string().regex(/^[0-9a-f]{32}$/u, { message: 'Not an open export.' });

/** Notification text: one line of title, a short body, no control characters but newlines. */
const notificationText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((text) => !hasControlCharacter(text.replace(/\n/gu, ' ')), {
      message: 'Notification text cannot contain control characters.',
    })
    .refine((text) => !BIDI_CONTROL.test(text), {
      message: 'Notification text cannot contain text-direction control characters.',
    });

/** One schema per channel; the mapped type keeps `requestSchemas[channel]` typed for a generic channel. */
export const requestSchemas: { [C in ChannelName]: z.ZodType<ChannelRequests[C]> } = {
  'app:get-info': z.null(),
  // Strict: an unexpected key means a confused or hostile caller, so it is refused.
  'shell:open-external': z.strictObject({ url: z.string().min(1).max(2048) }),
  'clipboard:write-text': z.strictObject({ text: z.string().max(MAX_TEXT_CHARS) }),
  'file:save': z.strictObject({
    kind: z.enum(['markdown', 'calendar', 'vcard', 'backup']),
    suggestedName: fileName,
    content: z.string().max(MAX_TEXT_CHARS),
  }),
  'file:save-folder': z.strictObject({
    suggestedName: fileName,
    files: z
      .array(z.strictObject({ name: fileName, content: z.string().max(MAX_TEXT_CHARS) }))
      .min(1)
      .max(MAX_FOLDER_FILES, {
        message: `An export can hold at most ${MAX_FOLDER_FILES.toLocaleString('en')} files.`,
      })
      .refine((files) => new Set(files.map((f) => f.name.toLowerCase())).size === files.length, {
        message: 'File names must be unique.',
      })
      .refine(
        (files) =>
          files.reduce((sum, file) => sum + file.content.length, 0) <= MAX_FOLDER_TEXT_CHARS,
        {
          message: `An export can hold at most ${String(MAX_FOLDER_TEXT_CHARS / 1024 / 1024)} MB of text in all; export fewer roles at a time.`,
        },
      ),
  }),
  'file:folder-begin': z.strictObject({ suggestedName: fileName }),
  'file:folder-write': z.strictObject({
    token: folderToken,
    files: z
      .array(z.strictObject({ name: fileName, content: z.string().max(MAX_TEXT_CHARS) }))
      .min(1)
      .max(MAX_FOLDER_FILES)
      .refine(
        (files) =>
          files.reduce((sum, file) => sum + file.content.length, 0) <= MAX_FOLDER_TEXT_CHARS,
        { message: 'One batch of an export can hold at most 512 MB of text.' },
      ),
  }),
  'file:folder-finish': z.strictObject({ token: folderToken }),
  'file:folder-abort': z.strictObject({ token: folderToken }),
  'file:open': z.strictObject({ kind: z.enum(['backup', 'posting']) }),
  'backup:write-auto': z.strictObject({
    reason: z.enum(['daily', 'pre-upgrade', 'pre-restore']),
    content: z.string().min(1).max(MAX_TEXT_CHARS),
  }),
  'backup:get-info': z.null(),
  'backup:list-auto': z.null(),
  // Only an automatic backup's exact file name: no folder, no `..`, nothing else.
  'backup:read-auto': z.strictObject({
    id: z.string().max(200).regex(AUTO_BACKUP_NAME_PATTERN, {
      message: 'Not the name of an automatic backup.',
    }),
  }),
  'notification:show': z.strictObject({
    title: notificationText(200).refine((title) => title.trim() !== '' && !title.includes('\n'), {
      message: 'A notification needs a one-line title.',
    }),
    body: notificationText(1000),
  }),
};
