/**
 * Contacts in the Markdown exports: a role's people under `## Contacts`, and a round's
 * interviewers in its brief. Each person gets a heading, their details as a fact list
 * (e-mail and profile as links only when safe) and their notes as Markdown.
 */
import type { Heading, PhrasingContent, RootContent } from 'mdast';
import { contactName, contactRoleLabel } from '../domain/contact-rules';
import type { Contact, InterviewStage } from '../domain/model';
import { parseExportLinkTarget } from '../security/external-links';
import { bulletList, factItem, heading, oneLine, text } from './mdast';
import { labelledMarkdown, safeLink, stageName } from './sections';

/** Contacts by name, then id, so an export is the same whatever order they were read in. */
export function sortContacts(contacts: readonly Contact[]): Contact[] {
  return [...contacts].sort(
    (a, b) =>
      contactName(a).localeCompare(contactName(b), 'en', { sensitivity: 'base' }) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

function emailLink(email: string): PhrasingContent {
  const clean = oneLine(email);
  const target = parseExportLinkTarget(`mailto:${clean}`);
  return target === null
    ? text(clean)
    : { type: 'link', url: target, title: null, children: [text(clean)] };
}

/** The contacts a stage names as interviewers, in the order it lists them. */
export function stageInterviewers(
  stage: InterviewStage,
  contacts: ReadonlyMap<string, Contact>,
): Contact[] {
  return (stage.interviewerContactIds ?? [])
    .map((id) => contacts.get(id))
    .filter((contact): contact is Contact => contact !== undefined);
}

/**
 * Who interviews in a stage, as one line: the linked contacts ("Ada Lovelace (Hiring
 * manager)") then the stage's free-text interviewers; "" when neither is there.
 */
export function interviewersLine(
  stage: InterviewStage,
  contacts: ReadonlyMap<string, Contact>,
): string {
  const named = stageInterviewers(stage, contacts).map(
    (contact) => `${oneLine(contactName(contact))} (${contactRoleLabel(contact.role)})`,
  );
  return [named.join(', '), oneLine(stage.interviewers)].filter(Boolean).join('; ');
}

/**
 * One person under a heading of `depth` ("Ada Lovelace — Hiring manager"): e-mail, phone,
 * profile, the interviews they are in, then their notes.
 */
export function contactBlocks(
  contact: Contact,
  position: number,
  depth: Heading['depth'],
  stages: readonly InterviewStage[] = [],
): RootContent[] {
  const facts = [];
  if (oneLine(contact.email)) facts.push(factItem('E-mail', emailLink(contact.email)));
  if (oneLine(contact.phone)) facts.push(factItem('Phone', contact.phone));
  if (oneLine(contact.profileUrl)) facts.push(factItem('Profile', safeLink(contact.profileUrl)));
  const rounds = stages
    .filter((stage) => (stage.interviewerContactIds ?? []).includes(contact.id))
    .map(stageName);
  if (rounds.length > 0) facts.push(factItem('Interviews', rounds.join(', ')));
  const blocks: RootContent[] = [
    heading(depth, `${oneLine(contactName(contact))} — ${contactRoleLabel(contact.role)}`),
  ];
  if (facts.length > 0) blocks.push(bulletList(facts));
  blocks.push(
    ...labelledMarkdown('Notes', contact.notes, depth, `contact-${String(position)}-notes`),
  );
  return blocks;
}

/**
 * `## Contacts` with every person of the role, by name. Nothing when there are none:
 * most roles have no contacts, and an empty section would only add noise to each file.
 */
export function contactsSection(
  contacts: readonly Contact[] | undefined,
  stages: readonly InterviewStage[],
): RootContent[] {
  const sorted = sortContacts(contacts ?? []);
  if (sorted.length === 0) return [];
  const blocks: RootContent[] = [heading(2, 'Contacts')];
  sorted.forEach((contact, index) => blocks.push(...contactBlocks(contact, index + 1, 3, stages)));
  return blocks;
}

/** A brief's `## Interviewers`: the stage's linked contacts in full; nothing when none. */
export function interviewersSection(
  stage: InterviewStage,
  contacts: readonly Contact[] | undefined,
): RootContent[] {
  const people = stageInterviewers(stage, new Map((contacts ?? []).map((c) => [c.id, c])));
  if (people.length === 0) return [];
  return [
    heading(2, 'Interviewers'),
    ...people.flatMap((contact, index) => contactBlocks(contact, index + 1, 3)),
  ];
}
