import { expect, test } from './fixtures';
import { LANDSCAPE, group, openRole, order, seedRecords } from './checklist-steps';

test('filters: unticked required, and what the next stage probes', async ({ page }) => {
  await openRole(page, LANDSCAPE);
  await page.getByRole('checkbox', { name: 'You are an articulate communicator' }).check();
  await page
    .getByRole('checkbox', { name: 'You have experience leading successful projects and teams' })
    .check();
  await page
    .getByRole('checkbox', { name: 'You are comfortable preparing and giving presentations' })
    .check();

  await page.getByRole('radio', { name: 'Unticked required' }).check();
  await expect(group(page, 'Required').getByRole('checkbox')).toHaveCount(13);
  await expect(group(page, 'Required').getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(group(page, 'Preferred').getByRole('checkbox')).toHaveCount(0);
  // Progress per kind stays in view under any filter.
  await expect(group(page, 'Preferred').getByRole('progressbar')).toHaveAccessibleName(
    '1/7 preferred',
  );
  // Ticking under the filter takes the item out of it (so click, not check(): the box
  // leaves the list instead of staying to show its new state).
  await page
    .getByRole('checkbox', { name: 'You have strong collaboration and influencing skills' })
    .click();
  await expect(group(page, 'Required').getByRole('checkbox')).toHaveCount(12);
  await expect(page.getByRole('button', { name: /^Reorder/ })).toHaveCount(0);

  await page.getByRole('radio', { name: 'Probed by the next stage' }).check();
  await expect(page.getByText('No stage is planned yet')).toBeVisible();
  await expect(page.getByRole('main').getByRole('checkbox')).toHaveCount(0);
  await expect(group(page, 'Required').getByRole('progressbar')).toHaveAccessibleName(
    '3/15 required',
  );

  await seedRecords(page, LANDSCAPE, {
    stages: [
      {
        name: 'Written interview',
        order: 0,
        status: 'passed',
        probes: ['You are an articulate communicator'],
      },
      {
        name: 'Early chat',
        order: 1,
        status: 'planned',
        probes: ['You love technology and working with brilliant people'],
      },
      {
        name: 'Hiring manager interview',
        order: 2,
        status: 'scheduled',
        scheduledAt: Date.UTC(2031, 2, 6, 14, 0),
        probes: [
          'You make well-considered plans and keep on top of progress weekly',
          'A public record of community engagement, particularly with open source communities',
        ],
      },
      {
        name: 'Leadership interview',
        order: 3,
        status: 'scheduled',
        scheduledAt: Date.UTC(2031, 2, 20, 14, 0),
        probes: ['You are curious, flexible, articulate, and accountable'],
      },
    ],
  });
  await page.reload();
  await page.getByRole('radio', { name: 'Probed by the next stage' }).check();
  await expect(page.getByText('Next: Hiring manager interview')).toBeVisible();
  await expect(page.getByText('It will probe 2 requirements.')).toBeVisible();
  expect(await order(page, 'Required')).toEqual([
    'You make well-considered plans and keep on top of progress weekly',
  ]);
  expect(await order(page, 'Preferred')).toEqual([
    'A public record of community engagement, particularly with open source communities',
  ]);

  await page.getByRole('radio', { name: 'All items' }).check();
  await expect(group(page, 'Required').getByRole('checkbox')).toHaveCount(15);
});
