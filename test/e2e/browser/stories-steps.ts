/** Steps shared by the Stories specs. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const storyField = (page: Page, name: string) => page.getByRole('textbox', { name });

/** Goes to Stories with the keyboard shortcut, once the app has started. */
export async function openStories(page: Page): Promise<void> {
  // The shortcuts are live once the roles have loaded.
  await expect(page.getByRole('table', { name: 'Roles' }).locator('tbody tr')).toHaveCount(5);
  await page.keyboard.press('Control+3');
  await expect(page.getByRole('heading', { name: 'Stories', level: 1 })).toBeVisible();
}

/** Starts a story and writes its title and body; waits until the story holds them. */
export async function writeStory(page: Page, title: string, body: string): Promise<void> {
  const first = page.getByRole('button', { name: 'Write your first story' });
  await (
    (await first.isVisible()) ? first : page.getByRole('button', { name: 'New story' })
  ).click();
  await storyField(page, 'Story title').fill(title);
  await storyField(page, 'Story text (Markdown)').fill(body);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
}

/** The list's row of a story, by its title link. */
export const storyRow = (page: Page, title: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) });
