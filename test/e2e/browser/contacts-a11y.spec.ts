/**
 * Accessibility of the contacts screens: axe-core finds no serious or critical violation
 * on a role's Contacts tab, the add dialog showing a problem, a stage's interviewer
 * picker and the Contacts screen, in light and in dark.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { addContact } from './contacts-steps';
import { openRole } from './export-steps';
import { expect, test } from './fixtures';

async function expectNoSeriousViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      where,
      rule: violation.id,
      help: violation.help,
      nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
    }));
  expect(serious, `axe violations on ${where}`).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`contacts have no serious accessibility violations (${colorScheme})`, async ({ page }) => {
    // axe walks the whole DOM five times: minutes on a busy machine.
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme });
    await openRole(page);
    await page.getByRole('tab', { name: 'Contacts' }).click();
    await expectNoSeriousViolations(page, `Contacts tab, empty (${colorScheme})`);
    await addContact(page, {
      name: 'Ada Lovelace',
      part: 'Hiring manager',
      email: 'ada@example.com',
      profile: 'https://example.com/in/ada',
      notes: 'Asks about **LXD** clusters.',
    });
    await expectNoSeriousViolations(page, `Contacts tab (${colorScheme})`);

    await page.getByRole('button', { name: 'Add contact' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add a contact' });
    await dialog.getByRole('button', { name: 'Add contact' }).click();
    await expect(dialog.getByText('A contact needs a name.')).toBeVisible();
    await expectNoSeriousViolations(page, `Add a contact, with a problem (${colorScheme})`);
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: 'Interviews' }).click();
    await page.getByRole('button', { name: '+ Add stage' }).click();
    await expect(page.getByRole('checkbox', { name: /Ada Lovelace/ })).toBeVisible();
    await expectNoSeriousViolations(page, `Stage interviewers (${colorScheme})`);

    await page.keyboard.press('Control+6');
    await expect(page.getByRole('table', { name: 'Contacts' }).locator('tbody tr')).toHaveCount(1);
    await expectNoSeriousViolations(page, `Contacts screen (${colorScheme})`);
  });
}
