// Contacts' screenshots, at 1280×800 and 900×650: a role's Contacts tab with three
// people (one linked to a round), the add dialog, and the Contacts screen across roles.
import { runIfInvoked } from './screenshot-script.mjs';

async function addContact(page, { name, part, email = '', phone = '', notes = '' }) {
  await page.getByRole('button', { name: 'Add contact' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add a contact' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByLabel('Part they play').selectOption({ label: part });
  await dialog.getByRole('textbox', { name: 'E-mail' }).fill(email);
  await dialog.getByRole('textbox', { name: 'Phone' }).fill(phone);
  await dialog.getByRole('textbox', { name: 'Notes' }).fill(notes);
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await page.getByRole('heading', { name, level: 3 }).waitFor();
}

/** Writes contacts-*.png (role tab, dialog, screen; each also at 900×650) into `outDir`. */
export async function contactsShots(browser, base, outDir, scheme) {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    colorScheme: scheme,
  });
  await page.goto(base);
  await page.getByRole('table', { name: 'Roles' }).waitFor();
  await page.getByRole('link', { name: 'Engineering Manager, HPC' }).click();
  await page.getByRole('tab', { name: 'Contacts' }).click();
  await addContact(page, {
    name: 'Sam Okafor',
    part: 'Recruiter',
    email: 'sam.okafor@example.com',
    phone: '+44 20 7946 0321',
    notes: 'First call on Monday. Prefers **e-mail** to calls.',
  });
  await addContact(page, {
    name: 'Priya Raman',
    part: 'Hiring manager',
    email: 'priya@example.com',
    notes: 'Runs the HPC team; asks about scheduling at scale.',
  });
  await addContact(page, { name: 'Jonas Berg', part: 'Interviewer' });
  await page.getByRole('tab', { name: 'Interviews' }).click();
  await page.getByRole('button', { name: '+ Add stage' }).click();
  const stageName = page.getByRole('textbox', { name: 'Name' });
  await stageName.fill('Technical interview');
  await stageName.blur();
  await page.getByRole('checkbox', { name: /Jonas Berg/ }).check();
  await page.getByRole('checkbox', { name: /Priya Raman/ }).check();
  await page
    .getByRole('group', { name: 'Interviewers from this role’s contacts' })
    .scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${outDir}/contacts-stage-${scheme}.png` });
  await page.getByRole('tab', { name: 'Contacts' }).click();
  await page.getByText('Technical interview').first().waitFor();
  await page.screenshot({ path: `${outDir}/contacts-role-${scheme}.png` });
  await page.setViewportSize({ width: 900, height: 650 });
  await page.screenshot({ path: `${outDir}/contacts-role-900-${scheme}.png` });
  await page.getByRole('button', { name: 'Add contact' }).first().click();
  await page.getByRole('dialog', { name: 'Add a contact' }).waitFor();
  await page.getByRole('textbox', { name: 'E-mail' }).fill('not an address');
  await page.getByRole('dialog').getByRole('button', { name: 'Add contact' }).click();
  await page.getByText('Enter an e-mail address like name@example.com.').waitFor();
  await page.screenshot({ path: `${outDir}/contacts-dialog-900-${scheme}.png` });
  await page.keyboard.press('Escape');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('link', { name: '← All roles' }).click();
  await page.getByRole('link', { name: 'Engineering Manager, LXD' }).click();
  await page.getByRole('tab', { name: 'Contacts' }).click();
  await addContact(page, {
    name: 'Ada Lovelace',
    part: 'Hiring manager',
    email: 'ada@example.com',
  });
  await page.goto(`${base}#/contacts`);
  await page.getByRole('table', { name: 'Contacts' }).waitFor();
  await page.screenshot({ path: `${outDir}/contacts-${scheme}.png` });
  await page.setViewportSize({ width: 900, height: 650 });
  await page.screenshot({ path: `${outDir}/contacts-900-${scheme}.png` });
  await page.close();
}

await runIfInvoked(import.meta.url, contactsShots);
