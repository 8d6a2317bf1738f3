/**
 * The contact dialog keeps what is typed: a reload (or crash) right after typing opens
 * the dialog again with it on the role's Contacts tab; saving or cancelling drops it.
 */
import type { Page } from '@playwright/test';
import { addContact } from './contacts-steps';
import { openRole } from './export-steps';
import { expect, test } from './fixtures';
import { getByIndex } from './idb';

async function reloadToContacts(page: Page) {
  await page.reload();
  await page.getByRole('tab', { name: 'Contacts' }).click();
  await expect(page.locator('.contacts-panel')).toBeVisible();
}

test('text typed in the contact dialog just before a reload comes back; saving drops it', async ({
  page,
}) => {
  const roleId = await openRole(page);
  await page.getByRole('tab', { name: 'Contacts' }).click();
  await page.getByRole('button', { name: 'Add contact' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add a contact' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Grace Hopper');
  await dialog.getByLabel('Part they play').selectOption({ label: 'Interviewer' });
  // Typed, then the window reloads at once: well inside the draft's pause.
  await dialog.getByRole('textbox', { name: 'Notes' }).pressSequentially('Asks about COBOL.');
  await reloadToContacts(page);

  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText(
    'Restored what you typed before the app closed.',
  );
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Grace Hopper');
  await expect(dialog.getByLabel('Part they play')).toHaveValue('interviewer');
  await expect(dialog.getByRole('textbox', { name: 'Notes' })).toHaveValue('Asks about COBOL.');
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Grace Hopper', level: 3 })).toBeVisible();

  // Saved: nothing is kept, and the next visit opens no dialog.
  await expect
    .poll(async () => (await getByIndex(page, 'drafts', 'roleId', roleId)).length)
    .toBe(0);
  await reloadToContacts(page);
  await expect(page.getByRole('heading', { name: 'Grace Hopper', level: 3 })).toBeVisible();
  await expect(dialog).toBeHidden();
});

test('an edit typed before a reload comes back on that contact; Cancel drops it', async ({
  page,
}) => {
  const roleId = await openRole(page);
  await page.getByRole('tab', { name: 'Contacts' }).click();
  await addContact(page, { name: 'Ada Lovelace', part: 'Hiring manager' });
  await page.getByRole('button', { name: 'Edit Ada Lovelace' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit Ada Lovelace' });
  await dialog.getByRole('textbox', { name: 'Phone' }).pressSequentially('+44 20 7946 0001');
  await reloadToContacts(page);

  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Phone' })).toHaveValue('+44 20 7946 0001');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  // Cancelled: the saved contact is as it was, and the typed phone is not kept.
  await expect
    .poll(async () => (await getByIndex(page, 'drafts', 'roleId', roleId)).length)
    .toBe(0);
  await reloadToContacts(page);
  await expect(dialog).toBeHidden();
  const [stored] = await getByIndex<{ phone: string }>(page, 'contacts', 'roleId', roleId);
  expect(stored?.phone).toBe('');
});
