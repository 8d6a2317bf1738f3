import { expect, test } from './fixtures';
import { openStories, storyField, storyRow, writeStory } from './stories-steps';

test('write stories, then search and sort them', async ({ page }) => {
  await page.goto('/');
  // Ctrl+4 goes to Stories (the shortcuts are live once the roles show).
  await expect(page.getByRole('table', { name: 'Roles' }).locator('tbody tr')).toHaveCount(5);
  await page.keyboard.press('Control+4');
  await expect(page.getByRole('heading', { name: 'Stories', level: 1 })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stories' }),
  ).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: 'No stories yet' })).toBeVisible();

  await writeStory(page, 'Grew a remote team', 'Hired six engineers across four time zones.');
  await page.getByRole('button', { name: /Situation \/ Task \/ Action \/ Result/ }).click();
  await expect(storyField(page, 'Story text (Markdown)')).toHaveValue(
    /four time zones\.\n\n## Situation\n[\s\S]*## Result/,
  );
  await page.getByLabel('Date').fill('2023-04-05');
  await storyField(page, 'Tags').fill('leadership, hiring');
  await expect(page.getByRole('list', { name: 'Tags of this story' })).toContainText('hiring');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Supports 0 checklist items' })).toBeVisible();

  await page.getByRole('link', { name: '← All stories' }).click();
  await page.getByRole('button', { name: 'New story' }).click();
  await storyField(page, 'Story title').fill('Cut release time in half');
  await storyField(page, 'Story text (Markdown)').fill('Automated the pipeline.');
  await page.getByLabel('Date').fill('2024-01-10');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: '← All stories' }).click();

  const list = page.getByRole('list', { name: 'Stories' });
  await expect(storyRow(page, 'Grew a remote team')).toContainText('leadership');
  await expect(storyRow(page, 'Grew a remote team')).toContainText('Not linked yet');
  await page.getByRole('combobox', { name: 'Sort' }).selectOption({ label: 'Title (A–Z)' });
  await expect(list.getByRole('link')).toHaveText([
    'Cut release time in half',
    'Grew a remote team',
  ]);
  await page.getByRole('combobox', { name: 'Sort' }).selectOption({ label: 'Date (newest first)' });
  await expect(list.getByRole('link')).toHaveText([
    'Cut release time in half',
    'Grew a remote team',
  ]);
  await page.getByRole('searchbox', { name: 'Search stories' }).fill('time zones');
  await expect(list.getByRole('link')).toHaveText(['Grew a remote team']);
  await page.getByRole('searchbox', { name: 'Search stories' }).fill('nothing like it');
  await expect(page.getByText('No story matches “nothing like it”.')).toBeVisible();
});

test('text typed just before a reload is kept; a story left empty is not', async ({ page }) => {
  await page.goto('/');
  await openStories(page);
  await writeStory(page, 'Mentored leads', 'Start.');
  await storyField(page, 'Story text (Markdown)').press('End');
  await storyField(page, 'Story text (Markdown)').pressSequentially(' Then more.');
  await page.reload();
  await expect(storyField(page, 'Story text (Markdown)')).toHaveValue('Start. Then more.');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: '← All stories' }).click();
  await expect(storyRow(page, 'Mentored leads')).toContainText('Start. Then more.');

  await page.getByRole('button', { name: 'New story' }).click();
  await expect(storyField(page, 'Story title')).toBeVisible();
  await page.getByRole('link', { name: '← All stories' }).click();
  await expect(page.getByRole('list', { name: 'Stories' }).getByRole('link')).toHaveText([
    'Mentored leads',
  ]);
});

test('delete a story, and Undo brings it back', async ({ page }) => {
  await page.goto('/');
  await openStories(page);
  await writeStory(page, 'Led an incident review', 'Blameless, with actions.');
  await page.getByRole('button', { name: 'Delete story' }).click();
  await expect(page.getByRole('heading', { name: 'No stories yet' })).toBeVisible();
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(storyRow(page, 'Led an incident review')).toBeVisible();
  await storyRow(page, 'Led an incident review').getByRole('link').click();
  await expect(storyField(page, 'Story text (Markdown)')).toHaveValue('Blameless, with actions.');
});

test('one window edits a story at a time; the other opens it once that one closes', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await openStories(page);
  await writeStory(page, 'Ran a hiring loop', 'First draft.');
  const url = page.url();

  const other = await context.newPage();
  await other.goto(url);
  await expect(
    other.getByRole('status').filter({ hasText: 'open in another window' }),
  ).toBeVisible();
  await expect(other.getByRole('textbox', { name: 'Story title' })).toHaveCount(0);
  await expect(other.getByText('First draft.')).toBeVisible();

  // Typed, then the first window closes at once: the other opens with that text.
  await storyField(page, 'Story text (Markdown)').press('End');
  await storyField(page, 'Story text (Markdown)').pressSequentially(' Then more.');
  await page.close({ runBeforeUnload: true });
  await expect(storyField(other, 'Story text (Markdown)')).toHaveValue('First draft. Then more.');
  await expect(other.getByText('Saved', { exact: true })).toBeVisible();
});
