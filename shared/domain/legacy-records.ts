/**
 * Reading what older versions stored as free text into the records version 3 keeps:
 * an application's one-line contact becomes a {@link Contact}, and a status-change
 * activity's summary gives its from/to statuses. Pure, so the Dexie upgrade and its
 * tests share it.
 */
import {
  APPLICATION_STATUSES,
  type ApplicationStatus,
  type Contact,
  type ContactRole,
} from './model';

/** Longest name a migrated contact gets; the whole text stays in its notes. */
const MAX_NAME = 200;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u;
const ROLE_WORDS: readonly [RegExp, ContactRole][] = [
  [/\brecruit(?:er|ing|ment)\b|\btalent\b/iu, 'recruiter'],
  [/\bhiring manager\b/iu, 'hiring manager'],
  [/\binterviewer\b/iu, 'interviewer'],
  [/\breferr(?:al|er|ed)\b/iu, 'referrer'],
];

/**
 * The contact an application's free-text `contact` line stands for, or undefined when
 * the line is blank. The name is the line without its e-mail address; when that drops
 * or shortens anything, the full line is kept in the notes so nothing is lost.
 */
export function contactFromFreeText(
  text: string,
  fields: { id: string; roleId: string; now: number },
): Contact | undefined {
  const line = text.trim();
  if (!line) return undefined;
  const email = EMAIL.exec(line)?.[0] ?? '';
  const withoutEmail = email ? line.replace(email, ' ') : line;
  const cleaned = withoutEmail
    .replace(/[<>()[\]]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/gu, '');
  const firstLine = cleaned.split('\n')[0] ?? '';
  const name = (firstLine || email || line).slice(0, MAX_NAME);
  const role = ROLE_WORDS.find(([pattern]) => pattern.test(line))?.[1] ?? 'other';
  return {
    id: fields.id,
    roleId: fields.roleId,
    name,
    role,
    email,
    phone: '',
    profileUrl: '',
    notes: name === line ? '' : `From the application's contact field: ${line}`,
    createdAt: fields.now,
    updatedAt: fields.now,
  };
}

function asStatus(word: string | undefined): ApplicationStatus | undefined {
  return (APPLICATION_STATUSES as readonly string[]).includes(word ?? '')
    ? (word as ApplicationStatus)
    : undefined;
}

/**
 * The statuses a 'status-changed' summary names, as older versions wrote them:
 * "Status: applied → screening", "Started an application (interested)" and
 * "Re-applied (applied); earlier application: rejected" (a new application: no `from`).
 * Empty when the summary is none of these.
 */
export function statusChangeFromSummary(summary: string): {
  fromStatus?: ApplicationStatus;
  toStatus?: ApplicationStatus;
} {
  const change = /^Status: (\w+) → (\w+)$/u.exec(summary);
  if (change) {
    const fromStatus = asStatus(change[1]);
    const toStatus = asStatus(change[2]);
    return fromStatus && toStatus ? { fromStatus, toStatus } : {};
  }
  const started = /^(?:Started an application|Re-applied) \((\w+)\)/u.exec(summary);
  const toStatus = asStatus(started?.[1]);
  return toStatus ? { toStatus } : {};
}
