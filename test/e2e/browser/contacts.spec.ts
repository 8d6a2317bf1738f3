/**
 * Contacts: added on a role's Contacts tab (with validation), linked to a round as its
 * interviewer, shown in the brief, exported as a vCard that ical.js reads back, listed
 * across roles on the Contacts screen, and deleted with Undo.
 */
import { addContact, vcards } from './contacts-steps';
import { LXD, downloadOf, notice, openRole } from './export-steps';
import { expect, test } from './fixtures';
import { getByIndex } from './idb';

test('a contact added to a stage appears in the brief and exports as a vCard', async ({ page }) => {
  const roleId = await openRole(page);
  await page.getByRole('tab', { name: 'Contacts' }).click();
  await expect(page.getByRole('heading', { name: 'Keep the people of this role' })).toBeVisible();

  // A bad e-mail is refused beside its field, and nothing is saved.
  await page.getByRole('button', { name: 'Add contact' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add a contact' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Ada Lovelace');
  await dialog.getByRole('textbox', { name: 'E-mail' }).fill('ada at example');
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  const email = dialog.getByRole('textbox', { name: 'E-mail' });
  await expect(email).toBeFocused();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('Enter an e-mail address like name@example.com.')).toBeVisible();
  expect(await getByIndex(page, 'contacts', 'roleId', roleId)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await addContact(page, {
    name: 'Ada Lovelace',
    part: 'Hiring manager',
    email: 'ada@example.com',
    phone: '+44 20 7946 0000',
    profile: 'https://example.com/in/ada',
    notes: 'Cares about *remote* teams, clusters; asks about LXD.',
  });
  await addContact(page, { name: 'Sam Recruiter', part: 'Recruiter' });

  // Linked to a round as its interviewer, from the stage editor.
  await page.getByRole('tab', { name: 'Interviews' }).click();
  await page.getByRole('button', { name: '+ Add stage' }).click();
  const name = page.getByRole('textbox', { name: 'Name' });
  await name.fill('Technical interview');
  await name.blur();
  const card = page
    .getByRole('list', { name: 'Interview stages' })
    .getByRole('article', { name: 'Technical interview', exact: true });
  const picker = card.getByRole('group', { name: 'Interviewers from this role’s contacts' });
  await picker.getByRole('checkbox', { name: /Ada Lovelace/ }).check();
  await expect
    .poll(async () => {
      const [stage] = await getByIndex<{ interviewerContactIds?: string[] }>(
        page,
        'stages',
        'roleId',
        roleId,
      );
      return stage?.interviewerContactIds?.length ?? 0;
    })
    .toBe(1);
  await expect(card.locator('.stage-summary')).toContainText('with Ada Lovelace');

  const brief = await downloadOf(page, () =>
    card.getByRole('button', { name: 'Export brief…' }).click(),
  );
  expect(brief.text).toContain('- **Interviewers:** Ada Lovelace (Hiring manager)');
  expect(brief.text).toContain('## Interviewers\n\n### Ada Lovelace — Hiring manager\n');
  expect(brief.text).toContain('- **E-mail:** <ada@example.com>');
  expect(brief.text).not.toContain('Sam Recruiter');

  // The contact's vCard, read back by a vCard parser.
  await page.getByRole('tab', { name: 'Contacts' }).click();
  const contacts = page.getByRole('list', { name: 'Contacts' });
  await expect(contacts.getByText('Technical interview')).toBeVisible();
  const vcf = await downloadOf(page, () =>
    page.getByRole('button', { name: 'Export vCard of Ada Lovelace' }).click(),
  );
  expect(vcf.name).toBe('ada-lovelace-canonical.vcf');
  await expect(notice(page, `Downloaded ${vcf.name}`)).toBeVisible();
  const [ada] = vcards(vcf.text);
  expect(ada?.getFirstPropertyValue('version')).toBe('4.0');
  expect(ada?.getFirstPropertyValue('fn')).toBe('Ada Lovelace');
  expect(ada?.getFirstPropertyValue('n')).toEqual(['Lovelace', 'Ada', '', '', '']);
  expect(ada?.getFirstPropertyValue('role')).toBe('Hiring manager');
  expect(ada?.getFirstPropertyValue('org')).toBe('Canonical');
  expect(ada?.getFirstPropertyValue('email')).toBe('ada@example.com');
  expect(ada?.getFirstPropertyValue('tel')).toBe('+44 20 7946 0000');
  expect(ada?.getFirstPropertyValue('url')).toBe('https://example.com/in/ada');
  expect(ada?.getFirstPropertyValue('note')).toBe(
    'Cares about *remote* teams, clusters; asks about LXD.',
  );

  // All of the role's contacts in one file.
  const all = await downloadOf(page, () =>
    page.getByRole('button', { name: 'Export all as vCard' }).click(),
  );
  expect(vcards(all.text).map((c) => c.getFirstPropertyValue('fn'))).toEqual([
    'Ada Lovelace',
    'Sam Recruiter',
  ]);

  // Logged, like every other change the applicant makes.
  await page.getByRole('tab', { name: 'Activity' }).click();
  await expect(
    page
      .getByRole('tabpanel', { name: 'Activity' })
      .getByText('Contact added: Ada Lovelace (Hiring manager)'),
  ).toBeVisible();
});

test('the Contacts screen lists every role’s people; a delete can be undone', async ({ page }) => {
  await openRole(page);
  await page.getByRole('tab', { name: 'Contacts' }).click();
  await addContact(page, { name: 'Grace Hopper', part: 'Interviewer', email: 'grace@example.com' });
  await openRole(page, 'Engineering Manager, HPC');
  await page.getByRole('tab', { name: 'Contacts' }).click();
  await addContact(page, { name: 'Alan Turing', part: 'Recruiter' });

  // Ctrl+6 goes to Contacts.
  await page.keyboard.press('Control+6');
  await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: 'Contacts' });
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await expect(table.locator('tbody tr').first()).toContainText('Alan Turing');
  await page.getByLabel('Sort').selectOption({ label: 'Role (job)' });
  await expect(table.locator('tbody tr').first()).toContainText('Engineering Manager, HPC');
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('grace@');
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(page.getByText('1 of 2')).toBeVisible();

  // A name opens its role on the Contacts tab.
  await table.getByRole('button', { name: 'Grace Hopper' }).click();
  await expect(page.getByRole('heading', { name: LXD, level: 1 })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Contacts' })).toHaveAttribute(
    'aria-selected',
    'true',
  );

  await page.getByRole('button', { name: 'Delete Grace Hopper' }).click();
  await expect(page.getByRole('heading', { name: 'Grace Hopper', level: 3 })).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { name: 'Grace Hopper', level: 3 })).toBeVisible();
});
