/**
 * File and folder names for exports: readable, stable for the same role, and safe on
 * Windows, macOS and Linux (no reserved characters or device names, no trailing dots,
 * at most 100 characters and well under every file system's 255-byte limit).
 */
import type { InterviewStage, Role } from '../domain/model';
import { isoDay, usableZone } from './format';

const MAX_NAME_CHARS = 100;
/** Bytes, not characters, are what Linux and macOS limit; CJK text is 3 bytes a character. */
const MAX_NAME_BYTES = 200;
/** Names Windows reserves for devices, with any extension ("con.md" is still a device). */
const WINDOWS_DEVICES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/u;

function utf8Length(value: string): number {
  let bytes = 0;
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * "Engineering Manager, Ubuntu Pro" → "engineering-manager-ubuntu-pro": letters and digits
 * of any script kept (lower-cased, NFC so macOS and Windows agree), everything else a
 * single hyphen, none at the ends.
 */
export function slugify(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .normalize('NFC');
}

/** Cuts `base` so `base + suffix` fits both limits, at a character boundary. */
function fit(base: string, suffix: string): string {
  const chars = Array.from(base);
  while (
    chars.length > 0 &&
    (chars.length + Array.from(suffix).length > MAX_NAME_CHARS ||
      utf8Length(chars.join('')) + utf8Length(suffix) > MAX_NAME_BYTES)
  ) {
    chars.pop();
  }
  return chars.join('').replace(/-+$/u, '');
}

/** A safe base name from `parts`, `fallback` when nothing readable is left. */
function safeBase(parts: readonly string[], fallback: string): string {
  const base = slugify(parts.filter((part) => part.trim() !== '').join(' ')) || fallback;
  return WINDOWS_DEVICES.test(base) ? `${base}-${fallback}` : base;
}

/** `base` + `extension`, or with "-2", "-3"… when the name is in `taken` (compared case-insensitively). */
function unique(base: string, extension: string, taken?: Set<string>): string {
  for (let n = 1; ; n += 1) {
    const suffix = `${n === 1 ? '' : `-${String(n)}`}${extension}`;
    const name = `${fit(base, suffix)}${suffix}`;
    if (!taken?.has(name.toLowerCase())) {
      taken?.add(name.toLowerCase());
      return name;
    }
  }
}

/**
 * A role's Markdown file name, from its title and company: "engineering-manager-ubuntu-pro.md".
 * With `taken`, a name already in the set gets "-2", "-3"… and the chosen name is added
 * to the set, so calling it for each role in turn gives distinct names.
 */
export function roleFileName(role: Role, taken?: Set<string>): string {
  return unique(safeBase([role.title, role.company], 'role'), '.md', taken);
}

/** A role's notes file name: "notes-engineering-manager-lxd-canonical.md". */
export function notesFileName(role: Role): string {
  return unique(safeBase(['notes', role.title, role.company], 'notes'), '.md');
}

/** An interview brief's file name: "brief-technical-interview-engineering-manager-canonical.md". */
export function briefFileName(role: Role, stage: InterviewStage): string {
  return unique(safeBase(['brief', stage.name, role.title, role.company], 'brief'), '.md');
}

/** A story's file name from its title: "led-a-distributed-team.md"; "-2"… when `taken`. */
export function storyFileName(title: string, taken?: Set<string>): string {
  return unique(safeBase([title], 'story'), '.md', taken);
}

/** A vCard file name from a label: "ada-lovelace.vcf", "contacts-lxd-canonical.vcf"; "contacts.vcf" when blank. */
export function vcardFileName(parts: readonly string[]): string {
  return unique(safeBase(parts, 'contacts'), '.vcf');
}

/** A calendar file name from a label: "technical-interview.ics", "interviews.ics" when blank. */
export function calendarFileName(label: string): string {
  return unique(safeBase([label], 'interviews'), '.ics');
}

/** The folder an all-roles export goes in: "Shortlist roles 2026-12-01" (the day in `timeZone`). */
export function exportFolderName(exportedAt: number, timeZone: string): string {
  return `Shortlist roles ${isoDay(exportedAt, usableZone(timeZone, 'UTC'))}`;
}
