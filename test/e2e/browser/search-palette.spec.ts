import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { editor, field, openNotes, storedNotes } from './notes-steps';
import { openStories, writeStory } from './stories-steps';

const palette = (page: Page) => page.getByRole('dialog', { name: 'Search everything' });
const box = (page: Page) => palette(page).getByRole('combobox', { name: 'Search everything' });
const options = (page: Page) => palette(page).getByRole('option');

async function addNote(page: Page, title: string, body: string, count: number) {
  await page.getByRole('button', { name: 'New note' }).first().click();
  await field(page, 'Title').fill(title);
  await field(page, 'Note text (Markdown)').fill(body);
  await expect.poll(async () => (await storedNotes(page)).length).toBe(count);
  await expect.poll(async () => (await storedNotes(page)).map((n) => n.body)).toContain(body);
}

test('the palette, by keyboard only: type, arrow, Enter lands on the matching note', async ({
  page,
}) => {
  await openNotes(page);
  await addNote(page, 'Quokka questions', 'Ask about the quokka offsite', 1);
  await addNote(page, 'Travel', '<img src=x onerror="alert(1)"> quokka plush for the team', 2);
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('heading', { name: 'Roles', level: 1 })).toBeVisible();

  await page.keyboard.press('Control+k');
  await expect(box(page)).toBeFocused();
  await page.keyboard.type('quokka');
  const group = palette(page).getByRole('group', { name: 'Notes' });
  await expect(group.getByRole('option')).toHaveCount(2);
  // The snippet marks the word, and text that looks like HTML stays text.
  await expect(group.locator('mark').first()).toHaveText(/quokka/i);
  await expect(palette(page).locator('img')).toHaveCount(0);
  await expect(group).toContainText('<img src=x');

  const titles = await options(page).locator('.palette-title').allInnerTexts();
  const target = titles.indexOf('Quokka questions');
  // End, then Down wraps to the first, then Down to the note.
  await page.keyboard.press('End');
  await expect(options(page).last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
  for (let i = 0; i < target; i += 1) await page.keyboard.press('ArrowDown');
  const chosen = options(page).nth(target);
  await expect(chosen).toHaveAttribute('aria-selected', 'true');
  await expect(box(page)).toHaveAttribute(
    'aria-activedescendant',
    (await chosen.getAttribute('id')) ?? '',
  );
  await page.keyboard.press('Enter');

  await expect(palette(page)).toBeHidden();
  await expect(
    page.getByRole('heading', { name: 'Engineering Manager, LXD', level: 1 }),
  ).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Notes' })).toHaveAttribute('aria-selected', 'true');
  await expect(editor(page)).toBeVisible();
  await expect(field(page, 'Title')).toHaveValue('Quokka questions');

  // Escape closes it, and nothing found says so.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('no such wordzz');
  await expect(palette(page).getByRole('status')).toHaveText('Nothing matches “no such wordzz”.');
  await page.keyboard.press('Escape');
  await expect(palette(page)).toBeHidden();
});

test('a requirement result opens the role on its checklist, at that item', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('table', { name: 'Roles' }).locator('tbody tr')).toHaveCount(5);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('kubeflow');
  const item = palette(page).getByRole('group', { name: 'Requirements' }).getByRole('option');
  await expect(item.first()).toContainText('Engineering Manager - MLOps');
  // Down from the first result to the first requirement.
  const ids = await options(page).evaluateAll((nodes) => nodes.map((node) => node.id));
  const target = ids.indexOf((await item.first().getAttribute('id')) ?? '');
  for (let i = 0; i < target; i += 1) await page.keyboard.press('ArrowDown');
  await expect(item.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: 'Engineering Manager - MLOps & Analytics', level: 1 }),
  ).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Checklist' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const focused = page.locator('.cl-item').filter({ has: page.locator('input:focus') });
  await expect(focused).toHaveCount(1);
  await expect(focused).toContainText(/kubeflow/i);
});

test('a story result opens the story', async ({ page }) => {
  await page.goto('/');
  await openStories(page);
  await writeStory(page, 'The wombat rescue', 'Situation: a wombat stuck in the server room.');
  await page.keyboard.press('Control+1');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('wombat');
  const story = palette(page).getByRole('group', { name: 'Stories' }).getByRole('option');
  await expect(story).toHaveAttribute('aria-selected', 'true');
  await expect(story.locator('mark').first()).toHaveText('wombat');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Story title' })).toHaveValue('The wombat rescue');
});

test('search answers right after a reload, from the index kept on disk', async ({ page }) => {
  await openNotes(page);
  await addNote(page, 'Offsite', 'The Zanzibar offsite agenda', 1);
  // The note's words reached the persisted index as the note was saved.
  await expect.poll(() => indexedWords(page)).toContain('zanzibar');

  await page.reload();
  await expect(page.getByRole('tab', { name: 'Checklist' })).toBeVisible();
  await page.keyboard.press('Control+1');
  const search = page.getByRole('searchbox', { name: 'Search roles' });
  await search.fill('zanzibar');
  await expect(page.getByRole('table', { name: 'Roles' }).locator('tbody tr')).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Engineering Manager, LXD' })).toBeVisible();

  await page.reload();
  await expect(search).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('zanzibar');
  await expect(palette(page).getByRole('group', { name: 'Notes' })).toContainText('Offsite');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });
    test.setTimeout(120_000);

    test('the open palette with results has no serious accessibility violations', async ({
      page,
    }) => {
      await page.goto('/');
      await expect(page.getByRole('table', { name: 'Roles' }).locator('tbody tr')).toHaveCount(5);
      await page.keyboard.press('Control+k');
      await page.keyboard.type('manager');
      await expect(palette(page).getByRole('group', { name: 'Requirements' })).toBeVisible();
      await page.keyboard.press('ArrowDown');
      const results = await new AxeBuilder({ page }).include('dialog').analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.help}`);
      expect(serious).toEqual([]);
    });
  });
}

/** Every word the persisted index holds for any role. */
function indexedWords(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('shortlist-search');
        open.onerror = () => {
          reject(open.error ?? new Error('open failed'));
        };
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('roleWords')) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction('roleWords').objectStore('roleWords').getAll();
          request.onsuccess = () => {
            db.close();
            resolve((request.result as { words: string[] }[]).flatMap((row) => row.words));
          };
        };
      }),
  );
}
