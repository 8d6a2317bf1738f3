import { expect, test } from './fixtures';
import {
  CLOUD_ITEM,
  DEGREE_ITEM,
  GO_ITEM,
  LXD,
  PEOPLE_ITEM,
  WRITING_ITEM,
  group,
  item,
  openDetails,
  openRole,
  seedRecords,
} from './checklist-steps';

test('evidence, ticks and confidence save at once and survive a reload', async ({ page }) => {
  await openRole(page, LXD);
  await page.getByRole('checkbox', { name: CLOUD_ITEM }).check();
  await page.getByRole('checkbox', { name: WRITING_ITEM }).check();
  await expect(group(page, 'Required').getByRole('progressbar')).toHaveAccessibleName(
    '2/11 required',
  );

  const details = await openDetails(page, CLOUD_ITEM);
  const evidence = details.getByRole('textbox', { name: 'Evidence' });
  await evidence.fill('Ran **LXD clusters** at scale.\n\n- 40 nodes\n- Ceph storage');
  const preview = details.getByRole('group', { name: 'Evidence preview' });
  await expect(preview.locator('strong')).toHaveText('LXD clusters');
  await expect(preview.getByRole('listitem')).toHaveText(['40 nodes', 'Ceph storage']);
  await expect(details.getByText('Saved', { exact: true })).toBeVisible();

  const confidence = details.getByRole('group', { name: 'Confidence' });
  await confidence.getByRole('radio', { name: 'High' }).check();
  const row = item(page, CLOUD_ITEM);
  await expect(row.getByText('High confidence')).toBeVisible();
  await confidence.getByRole('button', { name: 'Clear confidence' }).click();
  await expect(row.getByText('High confidence')).toHaveCount(0);
  await expect(confidence.getByRole('radio', { name: 'High' })).not.toBeChecked();
  await confidence.getByRole('radio', { name: 'Medium' }).check();
  await expect(row.getByText('Medium confidence')).toBeVisible();
  await expect(group(page, 'Required')).toContainText('1 with evidence');

  await page.reload();
  await expect(page.getByRole('checkbox', { name: CLOUD_ITEM })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: WRITING_ITEM })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: GO_ITEM })).not.toBeChecked();
  await expect(item(page, CLOUD_ITEM).getByText('Medium confidence')).toBeVisible();
  await expect(
    item(page, CLOUD_ITEM).getByRole('button', { name: `Evidence for “${CLOUD_ITEM}”` }),
  ).toBeVisible();
  await expect(
    item(page, GO_ITEM).getByRole('button', { name: `Add evidence for “${GO_ITEM}”` }),
  ).toBeVisible();
  const reopened = await openDetails(page, CLOUD_ITEM);
  await expect(reopened.getByRole('textbox', { name: 'Evidence' })).toHaveValue(
    'Ran **LXD clusters** at scale.\n\n- 40 nodes\n- Ceph storage',
  );
  await expect(reopened.getByRole('radio', { name: 'Medium' })).toBeChecked();

  await page.getByRole('link', { name: '← All roles' }).click();
  await expect(page.getByRole('row', { name: new RegExp(LXD) })).toContainText('2/11 required');
  await page.reload();
  await expect(page.getByRole('row', { name: new RegExp(LXD) })).toContainText('2/11 required');
});

test('evidence typed just before leaving the tab is saved', async ({ page }) => {
  await openRole(page, LXD);
  const details = await openDetails(page, DEGREE_ITEM);
  await details.getByRole('textbox', { name: 'Evidence' }).fill('MSc, Edinburgh');
  // No pause: switching tab unmounts the editor, which must save what it holds.
  await page.getByRole('tab', { name: 'Posting' }).click();
  await page.getByRole('tab', { name: 'Checklist' }).click();
  await expect(
    item(page, DEGREE_ITEM).getByRole('button', { name: `Evidence for “${DEGREE_ITEM}”` }),
  ).toBeVisible();
  await page.reload();
  const reopened = await openDetails(page, DEGREE_ITEM);
  await expect(reopened.getByRole('textbox', { name: 'Evidence' })).toHaveValue('MSc, Edinburgh');
});

test('evidence left as a draft by a crash is recovered', async ({ page }) => {
  await openRole(page, LXD);
  await seedRecords(page, LXD, {
    evidenceDraft: { text: PEOPLE_ITEM, evidence: 'Grew two leads into managers' },
  });
  await page.reload();
  await expect(page.locator('.notices')).toContainText(
    `Recovered unsaved evidence for “${PEOPLE_ITEM}”.`,
  );
  const details = await openDetails(page, PEOPLE_ITEM);
  await expect(details.getByRole('textbox', { name: 'Evidence' })).toHaveValue(
    'Grew two leads into managers',
  );
  await page.reload();
  await expect(
    item(page, PEOPLE_ITEM).getByRole('button', { name: `Evidence for “${PEOPLE_ITEM}”` }),
  ).toBeVisible();
  await expect(page.locator('.notices')).not.toContainText('Recovered');
});

test('hostile evidence and item text stay inert', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openRole(page, LXD);
  const url = page.url();
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });

  const hostile =
    'Before <img src=x onerror=alert(1)> middle <script>alert(1)</script> and [x](javascript:alert(1)) after';
  const details = await openDetails(page, CLOUD_ITEM);
  await details.getByRole('textbox', { name: 'Evidence' }).fill(hostile);
  const preview = details.getByRole('group', { name: 'Evidence preview' });
  await expect(preview).toContainText('Before');
  await expect(preview).toContainText('after');
  // Unsafe HTML shows as the text typed, not as its inner text.
  await expect(preview).toContainText('<script>alert(1)</script>');
  await expect(preview.locator('img, script, iframe')).toHaveCount(0);
  await expect(preview.locator('a[href^="javascript" i]')).toHaveCount(0);
  await expect(preview.locator('[onerror]')).toHaveCount(0);
  await preview.getByText('x', { exact: true }).click();
  await expect(details.getByText('Saved', { exact: true })).toBeVisible();

  // Item text is plain text wherever it shows.
  const add = page.getByRole('form', { name: 'Add an item' });
  await add
    .getByRole('textbox', { name: 'Add your own item' })
    .fill('<img src=x onerror=alert(1)>');
  await add.getByRole('button', { name: 'Add item' }).click();
  await expect(page.getByRole('checkbox', { name: '<img src=x onerror=alert(1)>' })).toBeVisible();

  await page.reload();
  const reopened = await openDetails(page, CLOUD_ITEM);
  await expect(reopened.getByRole('textbox', { name: 'Evidence' })).toHaveValue(hostile);
  await expect(reopened.locator('img, script, iframe')).toHaveCount(0);
  await expect(page.locator('main img, main script')).toHaveCount(0);

  expect(dialogs).toEqual([]);
  expect(navigations).toEqual([url]);
  expect(page.url()).toBe(url);
});
