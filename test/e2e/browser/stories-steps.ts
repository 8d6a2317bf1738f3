/** Steps shared by the Stories specs. */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export const storyField = (page: Page, name: string) => page.getByRole('textbox', { name });

/** Goes to Stories from the sidebar. */
export async function openStories(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Stories' })
    .click();
  await expect(page.getByRole('heading', { name: 'Stories', level: 1 })).toBeVisible();
}

/** Starts a story and writes its title and body; waits until the story holds them. */
export async function writeStory(page: Page, title: string, body: string): Promise<void> {
  // One or the other shows: the first story is offered by the empty state.
  await page
    .getByRole('button', { name: 'Write your first story' })
    .or(page.getByRole('button', { name: 'New story' }))
    .click();
  await storyField(page, 'Story title').fill(title);
  await storyField(page, 'Story text (Markdown)').fill(body);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
}

/** The list's row of a story, by its title link. */
export const storyRow = (page: Page, title: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) });

/** The wording of a role's first required item (its checkbox's label). */
export async function firstRequired(page: Page): Promise<string> {
  const box = page.getByRole('region', { name: 'Required' }).getByRole('checkbox').first();
  return box.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '');
}

/** Opens a role from the Roles screen. */
export async function goToRole(page: Page, title: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Roles/ })
    .click();
  await page.getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
}

/** "Use a story…" on the open item's details: links the story called `title`. */
export async function useStory(page: Page, details: Locator, title: string): Promise<void> {
  await details.getByRole('button', { name: 'Use a story…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Use a story' });
  await dialog.getByRole('searchbox', { name: 'Search stories' }).fill(title.split(' ')[0] ?? '');
  await dialog.getByRole('button', { name: new RegExp(`^${title}`) }).click();
  await expect(dialog).toBeHidden();
  await expect(details.getByRole('link', { name: title })).toBeVisible();
}
