import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEGREE_ITEM, LXD, PEOPLE_ITEM, item, openDetails } from './checklist-steps';
import {
  firstRequired,
  goToRole,
  openStories,
  storyRow,
  useStory,
  writeStory,
} from './stories-steps';

const STORY = 'Led a distributed team';
/** The "Supported by N stories" mark on an item's row. */
const chip = (page: Page, text: string) => item(page, text).locator('.cl-stories-chip');
const HPC = 'Engineering Manager, HPC';
const LINUX = 'Linux Server Software Engineering Manager';

async function seeOnItem(page: Page, role: string, text: string) {
  await goToRole(page, role);
  await expect(chip(page, text)).toHaveText('Supported by 1 story');
  await expect(item(page, text).getByRole('checkbox')).not.toBeChecked();
  const details = await openDetails(page, text);
  await expect(details.getByRole('link', { name: STORY })).toBeVisible();
  await expect(details).toContainText('Twelve engineers in six countries.');
}

async function seeOnStory(page: Page, texts: string[]) {
  await openStories(page);
  await expect(storyRow(page, STORY)).toContainText('Supports 3 items in 3 roles');
  await storyRow(page, STORY).getByRole('link').click();
  await expect(
    page.getByRole('heading', { name: 'Supports 3 checklist items in 3 roles' }),
  ).toBeVisible();
  for (const role of [LXD, HPC, LINUX]) {
    await expect(page.getByRole('list', { name: `Items of ${role}` })).toBeVisible();
  }
  for (const text of texts) {
    const row = page.getByRole('listitem').filter({ hasText: text });
    await expect(row.getByRole('img', { name: 'Not ticked' })).toBeVisible();
  }
}

test('one story backs items in three roles, survives delete with Undo, and a restore', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await openStories(page);
  await writeStory(
    page,
    STORY,
    '## Situation\n\nTwelve engineers in six countries.\n\nWe shipped.',
  );

  const texts = [PEOPLE_ITEM];
  await goToRole(page, LXD);
  await useStory(page, await openDetails(page, PEOPLE_ITEM), STORY);
  await expect(chip(page, PEOPLE_ITEM)).toHaveText('Supported by 1 story');
  for (const role of [HPC, LINUX]) {
    await goToRole(page, role);
    const text = await firstRequired(page);
    texts.push(text);
    await useStory(page, await openDetails(page, text), STORY);
  }
  await seeOnItem(page, LXD, PEOPLE_ITEM);
  await seeOnItem(page, HPC, texts[1] ?? '');
  await seeOnItem(page, LINUX, texts[2] ?? '');
  await seeOnStory(page, texts);

  // Delete, then Undo: the story and all three links are back.
  await page.getByRole('button', { name: 'Delete story' }).click();
  await expect(page.getByRole('heading', { name: 'No stories yet' })).toBeVisible();
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await seeOnStory(page, texts);

  // Back up, then restore into a fresh profile.
  await page.getByRole('button', { name: 'Backup & restore' }).click();
  const dialog = page.getByRole('dialog', { name: 'Backup & restore' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Back up now…' }).click();
  const download = await downloading;
  const backup = await readFile(await download.path());
  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto('/');
  await openStories(fresh);
  await expect(fresh.getByRole('heading', { name: 'No stories yet' })).toBeVisible();
  await fresh.getByRole('button', { name: 'Backup & restore' }).click();
  const freshDialog = fresh.getByRole('dialog', { name: 'Backup & restore' });
  const chooser = fresh.waitForEvent('filechooser');
  await freshDialog.getByRole('button', { name: 'Restore from backup…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
  const confirm = fresh.getByRole('dialog', { name: 'Replace all data with this backup?' });
  await expect(confirm.getByRole('row', { name: /^Stories/ }).getByRole('cell')).toHaveText([
    '0',
    '1',
    '1 added',
  ]);
  await confirm.getByRole('button', { name: 'Replace all data' }).click();
  await expect(freshDialog.getByRole('status')).toContainText('Restored the backup from');
  await freshDialog.getByRole('button', { name: 'Close' }).click();
  await seeOnStory(fresh, texts);
  await seeOnItem(fresh, LXD, PEOPLE_ITEM);
  await fresh.context().close();
});

test('save an item’s evidence as a story, open it, and unlink it', async ({ page }) => {
  await page.goto('/');
  await goToRole(page, LXD);
  const details = await openDetails(page, DEGREE_ITEM);
  await details.getByRole('textbox', { name: 'Evidence' }).fill('BSc in Physics, **2009**.');
  await expect(details.getByText('Saved', { exact: true })).toBeVisible();
  await details.getByRole('button', { name: 'Save as a story' }).click();
  await expect(details.getByRole('heading', { name: 'Supported by 1 story' })).toBeVisible();
  await expect(details).toContainText('BSc in Physics, 2009.');
  await expect(item(page, DEGREE_ITEM).getByRole('checkbox')).not.toBeChecked();
  // The evidence stays on the item as it was.
  await expect(details.getByRole('textbox', { name: 'Evidence' })).toHaveValue(
    'BSc in Physics, **2009**.',
  );

  await page.locator('.notice').getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('textbox', { name: 'Story title' })).toHaveValue(DEGREE_ITEM);
  await expect(page.getByRole('textbox', { name: 'Story text (Markdown)' })).toHaveValue(
    'BSc in Physics, **2009**.',
  );
  await expect(page.getByRole('list', { name: `Items of ${LXD}` })).toContainText(DEGREE_ITEM);

  // Back on the checklist (items open folded): unlink, then Undo.
  await page.goBack();
  await expect(page.getByRole('heading', { name: LXD, level: 1 })).toBeVisible();
  const reopened = await openDetails(page, DEGREE_ITEM);
  await reopened.getByRole('button', { name: `Unlink “${DEGREE_ITEM}”` }).click();
  await expect(reopened.getByRole('heading', { name: 'Stories', exact: true })).toBeVisible();
  await expect(chip(page, DEGREE_ITEM)).toHaveCount(0);
  await page
    .locator('.notice')
    .filter({ hasText: 'Unlinked' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(chip(page, DEGREE_ITEM)).toHaveText('Supported by 1 story');
});
