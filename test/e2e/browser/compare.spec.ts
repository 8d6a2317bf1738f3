import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { downloadOf } from './export-steps';

const LXD = 'Engineering Manager, LXD';
const SERVER = 'Linux Server Software Engineering Manager';
const MLOPS = 'Engineering Manager - MLOps & Analytics';

function pick(title: string) {
  return `Select ${title} to compare`;
}

test('compare three roles: the shared asks in one row, filters, and a Markdown export', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  const compare = page.getByRole('button', { name: /^Compare/ });
  await expect(compare).toBeDisabled();
  await page.getByRole('checkbox', { name: pick(LXD) }).check();
  await expect(compare).toBeDisabled();
  // Keyboard works too: Space ticks the focused checkbox, and the row does not open.
  await page.getByRole('checkbox', { name: pick(SERVER) }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('checkbox', { name: pick(MLOPS) }).check();
  await expect(page.getByRole('heading', { name: 'Roles', level: 1 })).toBeVisible();
  await expect(compare).toHaveText('Compare (3)');
  await page.screenshot({ path: testInfo.outputPath('roles-picked.png') });
  await compare.click();

  await expect(page.getByRole('heading', { name: 'Compare roles', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: 'Comparison' });
  await expect(table.getByRole('columnheader')).toHaveText(['Ask', LXD, SERVER, MLOPS]);
  // The recurring ask of issue 10: technical leadership and a software engineering
  // background, asked by all three, in one row.
  const leadership = table.getByRole('row').filter({ hasText: 'Technical leadership experience' });
  await expect(leadership).toHaveCount(1);
  await expect(leadership).toContainText('3 of 3');
  await expect(leadership).toContainText('Technical leadership and a solid background');
  await expect(leadership).toContainText('You must be technically strong');
  await expect(leadership).toContainText(/Shares: .*leadership/);
  // Looked at by a person (light and dark); kept with the test's output.
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: testInfo.outputPath(`compare-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  const bodyRows = table.locator('tbody tr');
  const all = await bodyRows.count();
  await page.getByRole('checkbox', { name: 'Asked by all' }).check();
  const shared = await bodyRows.count();
  expect(shared).toBeGreaterThan(0);
  expect(shared).toBeLessThan(all);
  for (const row of await bodyRows.all()) await expect(row).toContainText('3 of 3');

  const file = await downloadOf(page, async () => {
    await page.getByRole('button', { name: 'Save as Markdown…' }).click();
  });
  expect(file.name).toMatch(/^comparison-engineering-manager-lxd.*\.md$/);
  expect(file.text).toContain(`# Comparison: ${LXD}, ${SERVER}, ${MLOPS}`);
  expect(file.text).toMatch(/^\| Ask +\|/m);
  expect(file.text).toContain('## The asks in full');
  expect(file.text).toContain(
    'Technical leadership experience and a background in software engineering',
  );
  // Only the rows shown (asked by all) are exported.
  expect(file.text.match(/^### /gm)).toHaveLength(shared);

  await page.getByRole('checkbox', { name: 'Asked by all' }).uncheck();
  await expect(bodyRows).toHaveCount(all);
});

test('a comparison of one role says how many to pick', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('checkbox', { name: pick(LXD) }).check();
  const id = await page
    .getByRole('link', { name: LXD, exact: true })
    .getAttribute('href')
    .then((href) => href?.split('/').pop() ?? '');
  await page.goto(`/#/compare/${id}`);
  await expect(page.getByText('Pick 2 to 5 roles to compare (1 picked).')).toBeVisible();
  await page.getByRole('link', { name: 'Back to Roles' }).click();
  await expect(page.getByRole('heading', { name: 'Roles', level: 1 })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the comparison has no serious accessibility violations (${colorScheme})`, async ({
    page,
  }) => {
    // axe walks the whole DOM: several seconds on a slow machine.
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    for (const title of [LXD, SERVER, MLOPS]) {
      await page.getByRole('checkbox', { name: pick(title) }).check();
    }
    await page.getByRole('button', { name: 'Compare (3)' }).click();
    await expect(page.getByRole('table', { name: 'Comparison' })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ') ?? ''}`);
    expect(serious).toEqual([]);
  });
}
