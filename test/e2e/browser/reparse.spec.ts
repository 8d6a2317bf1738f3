import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  ADDED,
  checklist,
  CLOUD,
  CODE,
  CURIOUS,
  dialog,
  expectAccessibleDialog,
  reviewItems,
  reviewPasted,
  TITLE,
  TOOLS,
  TOOLS_AND_CURIOUS,
  TRACK,
} from './import-steps';

/** Saves the reviewed role, ticks CODE, and opens the re-parse dialog from the Posting tab. */
async function saveTickAndReparse(page: Page): Promise<{ reparse: Locator; summary: Locator }> {
  await dialog(page).getByRole('button', { name: 'Save role' }).click();
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  await page.getByRole('checkbox', { name: CODE }).check();
  await expect(page.getByRole('checkbox', { name: CODE })).toBeChecked();

  await page.getByRole('tab', { name: 'Posting' }).click();
  await page.getByRole('button', { name: 'Re-parse posting' }).click();
  const reparse = page.getByRole('dialog', { name: 'Re-parse the posting' });
  return { reparse, summary: reparse.getByRole('list', { name: 'Summary' }) };
}

test('re-parse previews the checklist against the posting and keeps ticks', async ({ page }) => {
  await reviewPasted(page);
  const { reparse, summary } = await saveTickAndReparse(page);
  await expect(summary).toContainText('5 unchanged');
  await expect(summary).toContainText('0 new');
  await expect(summary).toContainText('0 removed');
  await expect(
    reparse.getByRole('list', { name: 'Checklist changes' }).getByRole('listitem'),
  ).toHaveCount(5);
  await reparse.getByRole('button', { name: 'Cancel' }).click();
  await expect(reparse).toBeHidden();

  await page.getByRole('button', { name: 'Re-parse posting' }).click();
  await reparse.getByRole('button', { name: 'Apply' }).click();
  await expect(reparse).toBeHidden();
  await expect(page.getByText('Checklist updated from the posting: 5 unchanged.')).toBeVisible();
  await page.getByRole('tab', { name: 'Checklist' }).click();
  await expect(page.getByRole('checkbox', { name: CODE })).toBeChecked();
  await expect
    .poll(() => checklist(page, 'Required'))
    .toEqual([CLOUD, CODE, TOOLS, CURIOUS, TRACK]);
});

test('re-parse right after a reviewed import keeps the review’s edits', async ({ page }) => {
  const edited = 'Cloud infrastructure on Azure and AWS';
  await reviewPasted(page);
  const review = dialog(page);
  await review.getByRole('textbox', { name: 'Required item 1' }).fill(edited);
  await review.getByRole('button', { name: 'Remove required item 5' }).click();
  await review.getByRole('button', { name: 'Merge required item 3 with required item 4' }).click();
  const add = review.getByRole('form', { name: 'Add an item' });
  await add.getByRole('combobox', { name: 'Kind' }).selectOption('preferred');
  await add.getByRole('textbox', { name: 'New item' }).fill(ADDED);
  await add.getByRole('textbox', { name: 'New item' }).press('Enter');
  await expect(reviewItems(page, 'Required')).toHaveText([edited, CODE, TOOLS_AND_CURIOUS]);
  const { reparse, summary } = await saveTickAndReparse(page);
  await expect(summary).toContainText('0 removed');
  await expect(summary).toContainText('0 reworded');
  await expect(summary).toContainText('3 unchanged');
  await expect(summary).toContainText('1 custom');
  // Only the item removed in review comes back, and it can be left out.
  await expect(summary).toContainText('1 new');
  const track = reparse.getByRole('checkbox', { name: `Add “${TRACK}”` });
  await expect(track).toBeChecked();
  await expectAccessibleDialog(page, 're-parse with a new item');
  await track.uncheck();
  await expect(reparse.getByText('Left out: it will not be added')).toBeVisible();
  await reparse.getByRole('button', { name: 'Apply' }).click();
  await expect(reparse).toBeHidden();
  await expect(
    page.getByText('Checklist updated from the posting: 3 unchanged, 1 custom.'),
  ).toBeVisible();

  await page.getByRole('tab', { name: 'Checklist' }).click();
  await expect.poll(() => checklist(page, 'Required')).toEqual([edited, CODE, TOOLS_AND_CURIOUS]);
  await expect.poll(() => checklist(page, 'Preferred')).toEqual([ADDED]);
  await expect(page.getByRole('checkbox', { name: CODE })).toBeChecked();
});
