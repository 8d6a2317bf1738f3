/** What the contacts specs share: adding a contact through the dialog, reading a vCard. */
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import { expect } from './fixtures';

export interface ContactInput {
  name: string;
  part?: string;
  email?: string;
  phone?: string;
  profile?: string;
  notes?: string;
}

/** On a role's Contacts tab: opens Add contact, fills the form and saves it. */
export async function addContact(page: Page, input: ContactInput): Promise<void> {
  await page.getByRole('button', { name: 'Add contact' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add a contact' });
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await dialog.getByRole('textbox', { name: 'Name' }).fill(input.name);
  if (input.part) await dialog.getByLabel('Part they play').selectOption({ label: input.part });
  if (input.email) await dialog.getByRole('textbox', { name: 'E-mail' }).fill(input.email);
  if (input.phone) await dialog.getByRole('textbox', { name: 'Phone' }).fill(input.phone);
  if (input.profile) {
    await dialog.getByRole('textbox', { name: 'Profile link' }).fill(input.profile);
  }
  if (input.notes) await dialog.getByRole('textbox', { name: 'Notes' }).fill(input.notes);
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: input.name, level: 3 })).toBeVisible();
}

/** The cards of a vCard file as ical.js reads them (one card or several). */
export function vcards(text: string): ICAL.Component[] {
  const parsed = ICAL.parse(text) as unknown[];
  const list = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[][];
  return list.map((jcard) => new ICAL.Component(jcard));
}
